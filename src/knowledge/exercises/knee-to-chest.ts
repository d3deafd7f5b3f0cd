// Single knee-to-chest stretch: a gentle lumbar flexion stretch done one leg at a time.
// NICE NG59 supports exercise, including stretching, with or without sciatica (reference §3,
// "Stretching" [V]); no source prescribes this particular movement or dose, so the instructions
// are our own prudence ([U]).
import type { Exercise } from '../schema.ts';
import { COMMON_STOP_IF, PREGNANCY_CAUTION } from './stop-signs.ts';

export const KNEE_TO_CHEST_EXERCISE = {
  id: 'exercise/knee-to-chest',
  planCode: 'knee_to_chest',
  title: 'Knee-to-chest stretch',
  purpose:
    'Gently eases tightness in the lower back and buttock by curling the lower back a little, one leg at a time.',
  startPosition:
    'Lie on your back on a firm bed or on a mat on the floor, with your knees bent, feet flat and a small pillow under your head.',
  steps: [
    'Breathe out slowly and let your back relax into the surface.',
    'Hold behind one thigh, just below the knee, with both hands.',
    'Slowly draw that knee towards your chest until you feel a gentle stretch in your lower back or buttock.',
    'Hold the stretch while breathing slowly and normally.',
    'Slowly lower the foot back to the floor.',
    'Repeat with the other leg.',
  ],
  reps: 5,
  holdSeconds: 15,
  sets: 2,
  restSeconds: 30,
  stopIf: [...COMMON_STOP_IF],
  cautions: [
    'Aim for a mild stretch, never pain. Bring the knee only as far as is comfortable.',
    'Keep the other foot resting on the floor, and do one leg at a time rather than both together.',
    'Hold behind the thigh rather than over the kneecap if your knees are sore.',
    'If you have pain, numbness or tingling going down a leg, keep the movement small and slow.',
    'To get up afterwards, roll onto your side, then push yourself up with your arms.',
    'If you have thin bones (osteoporosis), ask a doctor or physiotherapist before starting.',
    PREGNANCY_CAUTION,
  ],
  sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'karlsson-2020-exercise', 'unknot-clinical-reference'],
  evidence: 'unverified',
} as const satisfies Exercise;
