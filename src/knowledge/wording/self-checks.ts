// Contract §4: "not sure" to a cauda-equina question counts as yes. Before that, a short, calm
// self-check helps a person be sure (reference §1.2 A and §8.2: the warning-sign cards ask people
// to check sensation and bladder function themselves).
import type { CaudaEquinaFinding } from '../codes.ts';
import type { Provenance } from '../schema.ts';

export type SelfCheck = { readonly title: string; readonly steps: readonly string[] };

const FEEL: SelfCheck = {
  title: 'Check the feeling between your legs',
  steps: [
    'Take a piece of toilet paper or tissue.',
    'Touch it lightly on the skin on each side, between your legs, around your bottom and where you sit.',
    'Ask yourself: does it feel the same on both sides, and the same as it usually does?',
  ],
};
const BLADDER: SelfCheck = {
  title: 'Think about the last time you passed urine',
  steps: [
    'When did you last pass urine? Could you start as usual?',
    'Could you feel it passing, and did your bladder feel empty afterwards?',
    'If you have not been for many hours and cannot go, that counts as a problem.',
  ],
};
const BOWEL: SelfCheck = {
  title: 'Think about your bowels since the pain began',
  steps: [
    'Can you feel when you need to open your bowels, and hold it in until the toilet?',
    'Can you feel a poo or wind passing?',
  ],
};
const LEGS: SelfCheck = {
  title: 'Check your legs',
  steps: [
    'Stand up, holding on to something steady.',
    'Walk a few steps, then try a few steps on your heels and on tiptoe.',
    'Ask yourself: do both legs feel weaker, number, or more painful than yesterday?',
  ],
};

export const CAUDA_EQUINA_SELF_CHECKS: Provenance & {
  readonly intro: string;
  readonly checks: { readonly [C in CaudaEquinaFinding]: SelfCheck };
} = {
  intro:
    'Take a minute to check, calmly. Then answer again. If you are still not sure, that is enough to get checked now: it is far better to be told all is well.',
  checks: {
    saddle_numbness: FEEL,
    altered_wiping_sensation: FEEL,
    sexual_function_change_new: FEEL,
    urinary_difficulty_new: BLADDER,
    urinary_sensation_change: BLADDER,
    urinary_incontinence_new: BLADDER,
    bowel_control_or_sensation_change: BOWEL,
    bilateral_leg_pain: LEGS,
    bilateral_leg_weakness_progressive: LEGS,
  },
  sources: ['ces-warning-card', 'girft-ces-2023', 'unknot-clinical-reference'],
  evidence: 'secondary',
};
