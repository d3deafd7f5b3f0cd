// Every question the check can ask, in asking order: the groups in QUESTION_GROUPS order,
// emergency first, each group's lists in their order. Each finding code in codes.ts has exactly one question.
import type { Question } from '../schema.ts';
import { ABOUT_QUESTIONS } from './about-questions.ts';
import { BONES_QUESTIONS } from './bones-questions.ts';
import { CHARACTER_QUESTIONS } from './character-questions.ts';
import { EMERGENCY_QUESTIONS } from './emergency-questions.ts';
import { HEALTH_QUESTIONS } from './health-questions.ts';
import { INFLAMMATORY_QUESTIONS } from './inflammatory-questions.ts';
import { MEDICINES_QUESTIONS } from './medicines-questions.ts';
import { NERVES_QUESTIONS } from './nerves-questions.ts';
import { ONSET_QUESTIONS } from './onset-questions.ts';
import { PREGNANCY_QUESTIONS } from './pregnancy-questions.ts';
import { QUESTION_GROUPS } from './question-groups.ts';
import { SERIOUS_QUESTIONS } from './serious-questions.ts';

const ALL: readonly Question[] = [
  ...EMERGENCY_QUESTIONS,
  ...ABOUT_QUESTIONS,
  ...NERVES_QUESTIONS,
  ...SERIOUS_QUESTIONS,
  ...BONES_QUESTIONS,
  ...PREGNANCY_QUESTIONS,
  ...ONSET_QUESTIONS,
  ...CHARACTER_QUESTIONS,
  ...MEDICINES_QUESTIONS,
  ...HEALTH_QUESTIONS,
  ...INFLAMMATORY_QUESTIONS,
];

const groupIndex = (q: Question): number => QUESTION_GROUPS.findIndex((g) => g.id === q.group);
const listIndex = (q: Question): number => {
  const lists = QUESTION_GROUPS[groupIndex(q)]?.lists ?? [];
  return q.kind === 'finding' ? lists.findIndex((l) => l.id === q.list) : -1;
};

/** In asking order: by screen, then by list, then as written (a stable sort). */
export const QUESTIONS: readonly Question[] = ALL.toSorted(
  (a, b) => groupIndex(a) - groupIndex(b) || listIndex(a) - listIndex(b),
);
