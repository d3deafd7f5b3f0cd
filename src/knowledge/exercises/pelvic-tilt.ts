// Pelvic tilt: a small, gentle movement of the lower back and tummy muscles. Supported only in
// general by NICE NG59's advice on exercise (reference §3 [V]); the instructions and dose are our
// own prudence ([U]).
import type { Exercise } from '../schema.ts';
import { COMMON_STOP_IF, PREGNANCY_CAUTION } from './stop-signs.ts';

export const PELVIC_TILT_EXERCISE = {
  id: 'exercise/pelvic-tilt',
  planCode: 'pelvic_tilt',
  title: 'Pelvic tilt',
  purpose:
    'Gently moves the lower back and wakes up the tummy muscles, which can help a stiff back loosen without strain.',
  startPosition:
    'Lie on your back with your knees bent, feet flat and hip-width apart, and your arms resting by your sides.',
  steps: [
    'Breathe in and let your lower back rest in its natural curve.',
    'As you breathe out, gently tighten your tummy muscles and press the small of your back towards the floor, so your pelvis tilts up a little.',
    'Hold the position and keep breathing.',
    'Relax and let your back return to its natural curve.',
  ],
  reps: 10,
  holdSeconds: 5,
  sets: 2,
  restSeconds: 30,
  stopIf: [...COMMON_STOP_IF],
  cautions: [
    'Keep the movement small: your bottom stays on the floor the whole time.',
    'Do not hold your breath.',
    'If lying down is difficult, you can do the same tilt standing with your back against a wall.',
    'If you have pain, numbness or tingling going down a leg, keep the movement gentle and stop if it spreads.',
    PREGNANCY_CAUTION,
  ],
  sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'karlsson-2020-exercise', 'unknot-clinical-reference'],
  evidence: 'unverified',
} as const satisfies Exercise;
