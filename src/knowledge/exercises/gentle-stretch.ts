// Gentle stretch: lying knee rolls (a small lumbar rotation within comfort). Answers seed-001's
// claim that stretching is "not for nerve-pressure spasms": NICE NG59 includes stretching in the
// exercise it recommends with or without sciatica (reference §3 and §4 row 4 [V]); the clause
// "stop if leg symptoms spread" is prudence [U]. The instructions and dose are our own ([U]).
import type { Exercise } from '../schema.ts';
import { COMMON_STOP_IF, PREGNANCY_CAUTION } from './stop-signs.ts';

export const GENTLE_STRETCH_EXERCISE = {
  id: 'exercise/gentle-stretch',
  planCode: 'gentle_stretch',
  title: 'Gentle knee rolls',
  purpose:
    'A gentle twisting stretch that helps a stiff, tight back loosen a little, moving only as far as is comfortable.',
  startPosition:
    'Lie on your back on a firm bed or on a mat on the floor, knees bent and together, feet flat, and arms resting out to the sides.',
  steps: [
    'Keep your shoulders relaxed and resting on the surface.',
    'Slowly let both knees roll a little way to one side, only as far as feels comfortable.',
    'Hold there, breathing slowly.',
    'Bring your knees back to the middle.',
    'Roll them gently to the other side and hold.',
    'Come back to the middle and rest for a breath before the next one.',
  ],
  reps: 5,
  holdSeconds: 10,
  sets: 2,
  restSeconds: 30,
  stopIf: [...COMMON_STOP_IF],
  cautions: [
    'A mild pulling feeling is fine; sharp pain means you have gone too far.',
    'Small rolls are enough. The knees do not need to reach the floor.',
    'It is fine to stretch gently if you have leg pain (sciatica), as long as the leg symptoms do not spread.',
    'If getting down to the floor is hard, do it on a firm bed instead.',
    'If you have thin bones (osteoporosis), ask a doctor or physiotherapist before twisting stretches.',
    PREGNANCY_CAUTION,
  ],
  sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'unknot-clinical-reference', 'seed-001'],
  evidence: 'unverified',
} as const satisfies Exercise;
