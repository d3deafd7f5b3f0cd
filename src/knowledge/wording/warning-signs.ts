// The warning signs that mean "call now", named, for every screen that is not itself the
// emergency screen (reference §1.1: cauda equina can appear later in an episode; §11: heart).
import type { Provenance } from '../schema.ts';

export const CALL_NOW_SIGNS: Provenance & {
  /** The signs as a list, for a screen that names them one by one. */
  readonly signs: readonly string[];
  /** One sentence for the foot of a screen. */
  readonly sentence: string;
  /** What to do after an unsure answer turns out to be yes, by how urgent the yes would be. */
  readonly ifYes: { readonly emergency: string; readonly urgent: string };
} = {
  signs: [
    'numbness between your legs or around your bottom',
    'new trouble passing urine or controlling your bladder or bowels',
    'chest pain, breathlessness, or pain spreading to your arm, jaw or neck',
    'sudden tearing pain, or collapse',
  ],
  sentence:
    'If you notice numbness between your legs, new trouble with your bladder or bowels, chest pain, breathlessness or collapse, call your emergency number at once.',
  ifYes: {
    emergency: 'call the emergency number or go to the emergency department now',
    urgent: 'get same-day advice',
  },
  sources: ['ces-warning-card', 'hsib-ces-2021', 'nhs-heart-attack', 'nhs-aortic-dissection'],
  evidence: 'secondary',
};
