// Sentences the engine puts into an assessment's reasons around the rules' own reasons
// (contract §4 "Unsure answers"; reference §8.2 on how people answer red-flag questions).
import type { Provenance } from '../schema.ts';

export const REASON_TEXT = {
  /** After the cauda-equina codes the person was not sure about (they count as yes). */
  unsureCaudaEquina:
    'Because you cannot be sure, you need to be checked now: a missed problem here can cause permanent harm.',
  /** An unsure answer whose yes would change nothing. */
  unsureNoChange:
    'On its own that does not change the advice, but answer it when you can, and check again if anything changes.',
  /** Several unsure answers that are serious only together: `{labels}`, `{need}`, `{plan}`. */
  unsureTogether:
    'You were not sure about: {labels}. Each alone would not change the advice, but if they are all yes together you would need {need}, so until you know, plan on {plan}.',
  /** One unsure answer that would raise the advice: `{label}`, `{need}`, `{plan}`. */
  unsureAlone:
    'You were not sure about: {label}. If the answer is yes, you would need {need}, so until you know, plan on {plan}.',
  /** `{action}`: what to do if the answer turns out to be yes. `{callNow}`: the call-now sentence. */
  unsureNext: 'If you find the answer is yes, {action}. {callNow}',
  selfCare: {
    text: 'None of your answers point to a serious cause, so you can look after this at home. Most back spasms ease a lot within weeks; the plan below helps, and the check-in questions tell you when to get help.',
    sources: ['nice-ng59', 'lancet-2018-what-is-lbp', 'henschke-2009-red-flags'],
    evidence: 'verified',
  } satisfies Provenance & { text: string },
  sources: ['unknot-clinical-reference'],
} as const;
