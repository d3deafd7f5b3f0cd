// Plain words for the diary's codes (body areas, triggers, what was tried, how much it helped).
// Records keyed by the knowledge codes, so a new code is a compile error until it has words.
import type { BodyArea, PlanCode, TriggerCode } from '#knowledge';

export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  lower_back_centre: 'the middle of the lower back',
  lower_back_left: 'the left side of the lower back',
  lower_back_right: 'the right side of the lower back',
  upper_back: 'the upper back',
  buttock_left: 'the left buttock',
  buttock_right: 'the right buttock',
  hip_left: 'the left hip',
  hip_right: 'the right hip',
  groin: 'the groin',
  saddle_area: 'the saddle area (where you sit)',
  thigh_left: 'the left thigh',
  thigh_right: 'the right thigh',
  leg_below_knee_left: 'the left leg below the knee',
  leg_below_knee_right: 'the right leg below the knee',
  foot_left: 'the left foot',
  foot_right: 'the right foot',
  abdomen: 'the tummy',
};

/** Body areas grouped by region, in the order a person scans their body. */
export const BODY_REGIONS: readonly { title: string; areas: readonly BodyArea[] }[] = [
  { title: 'Back', areas: ['lower_back_centre', 'lower_back_left', 'lower_back_right', 'upper_back'] },
  {
    title: 'Hips, buttocks and between the legs',
    areas: ['buttock_left', 'buttock_right', 'hip_left', 'hip_right', 'groin', 'saddle_area'],
  },
  {
    title: 'Legs and feet',
    areas: ['thigh_left', 'thigh_right', 'leg_below_knee_left', 'leg_below_knee_right', 'foot_left', 'foot_right'],
  },
  { title: 'Front', areas: ['abdomen'] },
];

export const TRIGGER_LABELS: Record<TriggerCode, string> = {
  prolonged_sitting: 'sitting for a long time',
  awkward_posture_recent: 'an awkward position',
  heavy_lifting: 'lifting something heavy',
  onset_during_lift_or_twist: 'it started while lifting or twisting',
  distracted_or_tired_during_task: 'tired or distracted while doing something',
  vigorous_activity_recent: 'hard physical activity',
  new_or_increased_training: 'new or more training',
  low_activity: 'not moving much lately',
  heavy_sweating_recent: 'sweating a lot',
  vomiting_or_diarrhoea_recent: 'being sick or diarrhoea',
  cramps_elsewhere: 'cramps somewhere else too',
  pain_cyclical_with_periods: 'around my period',
  new_medicine_recent: 'a new medicine',
};

export const PLAN_LABELS: Record<PlanCode, string> = {
  call_emergency: 'called the emergency number',
  do_not_drive: 'got someone else to drive',
  urgent_same_day: 'spoke to a doctor the same day',
  book_doctor: 'booked a doctor or physio',
  contact_prescriber: 'asked my prescriber or pharmacist',
  short_rest_position: 'rested briefly in a comfortable position',
  heat: 'heat (heat pad, warm bath)',
  cold: 'a wrapped cold pack',
  massage: 'massage',
  stay_active: 'kept doing normal activities',
  walking: 'a short walk',
  gentle_stretch: 'a gentle stretch',
  knee_to_chest: 'the knee-to-chest stretch',
  pelvic_tilt: 'pelvic tilts',
  single_leg_raise: 'single leg raises',
  exercise_programme: 'my exercise programme',
  nsaid_oral: 'ibuprofen or another anti-inflammatory tablet',
  topical_rub: 'a warming or cooling rub',
  posture_breaks: 'a break from sitting',
  lifting_technique: 'lifting more carefully',
};

/** The things a person is likely to try for a spasm, offered first in "what I tried". */
export const RELIEF_METHODS: readonly PlanCode[] = [
  'heat',
  'cold',
  'short_rest_position',
  'walking',
  'stay_active',
  'gentle_stretch',
  'knee_to_chest',
  'pelvic_tilt',
  'single_leg_raise',
  'massage',
  'topical_rub',
  'nsaid_oral',
  'posture_breaks',
  'exercise_programme',
];

export const HELPED_LABELS = ['not at all', 'a little', 'quite a lot', 'a lot'] as const;
export type Helped = 0 | 1 | 2 | 3;

/** A pain score in words, so the number is never the only signal. */
export function intensityWords(n: number): string {
  if (n <= 0) return 'no pain';
  if (n <= 3) return 'mild';
  if (n <= 6) return 'moderate';
  if (n <= 9) return 'severe';
  return 'the worst imaginable';
}
