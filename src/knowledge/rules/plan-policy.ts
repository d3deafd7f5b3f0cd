// Contract §5 safety limits as data: which findings withhold which plan items. For these limits
// an unsure answer counts as yes (contract §4), which the engine applies.
import type { PlanPolicy } from '../schema.ts';
import { NERVE_ROOT_SIGNS } from './expressions.ts';
import { ORAL_NSAID_CAUTIONS_WHEN, ORAL_NSAID_CONTRAINDICATIONS } from './nsaid-contraindications.ts';

export const PLAN_POLICY: PlanPolicy = {
  /** Heat is never offered with numb skin (burn risk; reference §3). */
  heatBlockedBy: ['reduced_skin_sensation'],
  /** Cold is never offered with numb skin or poor circulation. */
  coldBlockedBy: ['reduced_skin_sensation', 'poor_circulation'],
  /** Nerve-root signs: no straight-leg raising and no massage, and every movement carries a caution. */
  nerveRootSigns: NERVE_ROOT_SIGNS,
  nerveRootCaution: 'Stop if leg symptoms spread further down the leg.',
  /** Single leg raises are done lying on the back, which is not advised later in pregnancy. */
  singleLegRaiseBlockedBy: ['pregnant'],
  /** The oral anti-inflammatory the plan offers; its note lists every contraindication. */
  nsaidMedicine: 'medicine/ibuprofen',
  nsaidContraindications: ORAL_NSAID_CONTRAINDICATIONS,
  /** Cautions the oral NSAID item carries when a finding applies (breastfeeding, contract §5 v2). */
  nsaidCautionsWhen: ORAL_NSAID_CAUTIONS_WHEN,
  /** A structured programme helps prevent new episodes: offered for recurrent or lasting pain. */
  exerciseProgrammeFromPreviousEpisodes: 2,
  exerciseProgrammeFromDay: 28,
};
