// Every exercise card, in the order a plan shows them (gentlest first).
import type { Exercise } from '../schema.ts';
import { GENTLE_STRETCH_EXERCISE } from './gentle-stretch.ts';
import { KNEE_TO_CHEST_EXERCISE } from './knee-to-chest.ts';
import { PELVIC_TILT_EXERCISE } from './pelvic-tilt.ts';
import { SINGLE_LEG_RAISE_EXERCISE } from './single-leg-raise.ts';
import { WALKING_EXERCISE } from './walking.ts';

export const EXERCISES: readonly Exercise[] = [
  WALKING_EXERCISE,
  PELVIC_TILT_EXERCISE,
  KNEE_TO_CHEST_EXERCISE,
  GENTLE_STRETCH_EXERCISE,
  SINGLE_LEG_RAISE_EXERCISE,
];
