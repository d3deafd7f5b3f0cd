// Why each plan item is in a plan, in plain words, by the kind of plan it appears in (contract
// §5). The engine picks the items; the sentences live here so that wording changes are data
// changes. Each record is exhaustive for the items that plan can hold.
import type { PlanReasons } from '../schema.ts';

export const PLAN_REASONS: PlanReasons = {
  emergency: {
    call_emergency: 'Your answers include an emergency warning sign.',
    do_not_drive: 'You may get worse on the way; let someone else take you.',
  },
  urgent: {
    urgent_same_day: 'Your answers need a clinician to see you today.',
    contact_prescriber: 'A new medicine may be linked to the cramps.',
    short_rest_position: 'To ease the pain while you arrange to be seen.',
    heat: 'Gentle warmth can ease pain while you wait to be seen.',
  },
  routine: {
    book_doctor: 'Some of your answers need a doctor or physio to look at them within days.',
    contact_prescriber: 'A new medicine of this kind can cause cramps.',
    stay_active: 'Keeping active helps recovery more than resting in bed.',
    walking: 'Short, frequent walks are the simplest way to stay active.',
    short_rest_position: 'Brief rests in a comfortable position help when the pain peaks.',
    heat: 'Heat gives a small, short-term easing of pain and stiffness.',
    cold: 'Some people prefer cold; either can be used for comfort.',
    nsaid_oral: 'None of your answers rule out an anti-inflammatory.',
    pelvic_tilt: 'A gentle way to move the lower back.',
    knee_to_chest: 'Eases a tight lower back.',
    gentle_stretch: 'Gentle stretching within comfort is safe, with or without leg pain.',
    single_leg_raise: 'Builds gentle strength once the worst has passed.',
    massage: 'Massage can ease pain when combined with exercise.',
    exercise_programme: 'A regular exercise programme lowers the chance of another episode.',
    posture_breaks: 'Long spells in one position were part of how this started.',
    lifting_technique: 'A lift or twist set this off.',
  },
  nerveRootMovement: 'Because of your leg symptoms, stop if they spread.',
  medicineRuledOut:
    'Anti-inflammatory tablets are not a safe choice for you without a doctor’s or pharmacist’s advice, because {reasons}.',
  unsureCountsForSafety: '{reason} — you were not sure, so Unknot plays safe',
};
