// The last finished check on this device, read (never written) from the check's saved state and
// assessed again with the engine, for the start page and the relief page.
import { type Assessment, assess } from '#engine';
import { type CheckResult, loadCheckState } from '../storage/check-answers.ts';

export type LastResult = { readonly result: CheckResult; readonly assessment: Assessment };

export function readLastResult(): LastResult | null {
  const { result } = loadCheckState();
  if (!result) return null;
  try {
    return { result, assessment: assess(result.intake) };
  } catch {
    return null; // a stored intake the engine cannot read: as if there were none
  }
}
