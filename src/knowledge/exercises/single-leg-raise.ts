// Single leg raise, done safely. Answers seed-001's "leg lifts" (straight leg up about six
// inches, hold, ten repetitions): no guideline prescribes this exercise, and lifting a straight
// leg tensions the sciatic nerve, the same manoeuvre used to provoke sciatica (reference §3 "Leg
// lifts" [U], via the straight-leg-raise test [S]). So: the other knee bent, a small range,
// slowly, and never with nerve-root signs (the plan policy withholds it then, and in pregnancy).
import type { Exercise } from '../schema.ts';
import { COMMON_STOP_IF } from './stop-signs.ts';

export const SINGLE_LEG_RAISE_EXERCISE = {
  id: 'exercise/single-leg-raise',
  planCode: 'single_leg_raise',
  title: 'Single leg raise, done safely',
  purpose:
    'Gently works the tummy and hip muscles that support the back. It is an option once the worst pain has eased, not for the first painful days.',
  startPosition:
    'Lie on your back. Bend one knee with that foot flat on the floor, and keep the other leg straight and resting on the floor.',
  steps: [
    'Gently tighten your tummy muscles so your lower back stays still.',
    'Slowly lift the straight leg a short way, no higher than a hand’s width off the floor.',
    'Hold it there, breathing normally.',
    'Lower the leg slowly back to the floor.',
    'Do all the repetitions on one side, then swap legs.',
  ],
  reps: 5,
  holdSeconds: 5,
  sets: 2,
  restSeconds: 30,
  stopIf: [
    'Stop at once if you feel pain, tingling or numbness going down the leg you are lifting.',
    ...COMMON_STOP_IF,
  ],
  cautions: [
    'This exercise is never suggested if you have signs of an irritated nerve: pain below the knee, numbness or pins-and-needles, or weakness in a leg. Lifting a straight leg pulls on the sciatic nerve and can make these worse.',
    'Keep the other knee bent and the foot on the floor, and never lift both legs together.',
    'Keep the lift small and slow. Higher is not better.',
    'Leave it out on days when the pain is severe; gentle pelvic tilts are an easier start.',
    'Not suggested in pregnancy, because it is done lying on your back.',
  ],
  sources: ['unknot-clinical-reference', 'sciatica-slr-pathway', 'karlsson-2020-exercise', 'seed-001'],
  evidence: 'unverified',
} as const satisfies Exercise;
