// Short, frequent walks: a simple way to stay active, which NICE NG59 and every major guideline
// advise (reference §3 "Staying active" [V]); aerobic exercise is among the kinds NICE lists. The
// pacing (short walks, built up gradually) is our own prudence ([U]).
//
// The Exercise shape is built for held movements. Here `reps` is the number of walks spread over
// the day; walking has no hold, so `holdSeconds` is 0 and the length of a walk is in the steps.
import type { Exercise } from '../schema.ts';
import { COMMON_STOP_IF } from './stop-signs.ts';

export const WALKING_EXERCISE = {
  id: 'exercise/walking',
  planCode: 'walking',
  title: 'Short, frequent walks',
  purpose:
    'Keeps your back moving and your muscles working without strain. Several short walks a day are easier on a sore back than one long one.',
  startPosition:
    'Stand up tall in comfortable, flat shoes, on level ground, starting from home or somewhere you can easily stop and rest.',
  steps: [
    'Walk at an easy, comfortable pace for a few minutes.',
    'Let your arms swing naturally and keep breathing normally.',
    'Turn back before you feel tired, so the way home is easy.',
    'Take a few walks like this spread through the day.',
    'Every day or two, add a minute or two if it feels fine.',
  ],
  reps: 3,
  holdSeconds: 0,
  sets: 1,
  restSeconds: 0,
  stopIf: [
    ...COMMON_STOP_IF,
    'Stop and call the emergency number if you get chest pain, or feel faint or very short of breath.',
  ],
  cautions: [
    'Some discomfort while walking is normal and does not mean you are doing harm. Slow down or rest if the pain builds, and try a shorter walk next time.',
    'While the pain is bad, avoid slippery, steep or uneven ground.',
    'If walking makes pain, numbness or tingling go down a leg, take shorter walks and stop if it spreads.',
  ],
  sources: ['nice-ng59', 'bmj-2017-ng59-summary', 'cochrane-bed-rest-2010', 'unknot-clinical-reference'],
  evidence: 'unverified',
} as const satisfies Exercise;
