// The check's route through the questions, worked out from the engine's `nextQuestions` alone:
// which groups the current answers lead through, which questions each group shows, and which
// stored answers no longer apply (a follow-up whose lead question changed to "no").
import { type Answer, nextQuestions, type QuestionStep, questionsApplying } from '#engine';
import {
  type FindingCode,
  QUESTION_GROUPS,
  QUESTIONS,
  type Question,
  type QuestionGroup,
  type QuestionGroupId,
} from '#knowledge';
import type { CheckAnswers, SkippableField } from '../storage/check-answers.ts';

export type GroupOnRoute = { readonly group: QuestionGroup; readonly questions: readonly Question[] };

export type Route = {
  /** The groups the answers lead through, in asking order, each with the questions it shows. */
  readonly groups: readonly GroupOnRoute[];
  /** 'emergency' when the answers already call for one; 'complete' when nothing is left to ask. */
  readonly status: QuestionStep['status'];
  /** The answers with those that no longer apply taken out. */
  readonly answers: CheckAnswers;
};

const groupOrder = (id: QuestionGroupId): number => QUESTION_GROUPS.findIndex((g) => g.id === id);

export function isAnswered(q: Question, a: CheckAnswers): boolean {
  if (q.kind === 'finding') return a.responses[q.code] !== undefined;
  if (q.kind === 'choice') return a.onsetChoice !== undefined || a.onsetDaysAgo !== undefined;
  return a[q.field] !== undefined || a.skipped.includes(q.field);
}

/** `to` with the answer `from` gives to `q` copied over (or the question left unanswered). */
function copyAnswer(from: CheckAnswers, to: CheckAnswers, q: Question): CheckAnswers {
  if (q.kind === 'finding') {
    const answer = from.responses[q.code];
    return answer === undefined ? to : { ...to, responses: { ...to.responses, [q.code]: answer } };
  }
  if (q.kind === 'choice') return from.onsetChoice === undefined ? to : { ...to, onsetChoice: from.onsetChoice };
  const skipped = from.skipped.includes(q.field) ? [...to.skipped, q.field] : to.skipped;
  if (q.kind === 'sex') return from.sex === undefined ? { ...to, skipped } : { ...to, sex: from.sex, skipped };
  const value = from[q.field];
  return value === undefined ? { ...to, skipped } : { ...to, [q.field]: value, skipped };
}

/** A stand-in answer that lets the route be followed past a question nobody has answered yet:
 * "no" for a finding (the engine treats unanswered as no), skipped for a number. */
function placeholder(to: CheckAnswers, q: Question): CheckAnswers {
  if (q.kind === 'finding') return { ...to, responses: { ...to.responses, [q.code]: 'no' } };
  if (q.kind === 'choice') return { ...to, onsetChoice: 'today' };
  return { ...to, skipped: [...to.skipped, q.field] };
}

function withoutAnswer(a: CheckAnswers, q: Question): CheckAnswers {
  if (q.kind === 'finding') {
    const { [q.code]: _gone, ...responses } = a.responses;
    return { ...a, responses };
  }
  if (q.kind === 'choice') {
    const { onsetChoice: _gone, onsetExact: _exact, ...rest } = a;
    return rest;
  }
  const { [q.field]: _gone, ...rest } = a;
  return { ...rest, skipped: a.skipped.filter((f) => f !== q.field) };
}

/**
 * Follows the questionnaire as the engine would ask it, answering each question with the
 * person's answer or, when they have not answered it yet, a placeholder. The groups met on
 * the way are the route; an answer to a question in a group the route went past without
 * asking it no longer applies and is dropped (answers beyond an emergency stop are kept).
 */
export function followRoute(answers: CheckAnswers): Route {
  let walk: CheckAnswers = { responses: {}, skipped: [] };
  // By key: the exact-length question is made afresh by each call of nextQuestions.
  const shown = new Map<QuestionGroupId, Map<string, Question>>();
  let status: QuestionStep['status'] = 'complete';
  let reached = -1;
  // Each step answers at least one question, so this ends within QUESTIONS.length + 1 steps.
  for (let i = 0; i <= QUESTIONS.length + 1; i++) {
    const step = nextQuestions(walk);
    if (step.status !== 'ask') {
      status = step.status;
      break;
    }
    reached = Math.max(reached, groupOrder(step.group.id));
    const map = shown.get(step.group.id) ?? new Map<string, Question>();
    shown.set(step.group.id, map);
    for (const q of step.questions) {
      map.set(questionKey(q), q);
      walk = isAnswered(q, answers) ? copyAnswer(answers, walk, q) : placeholder(walk, q);
    }
  }
  // Past a group: every group before the last one reached, or all of them once complete.
  const passed = (id: QuestionGroupId): boolean => status === 'complete' || groupOrder(id) < reached;
  const applies = questionsApplying(walk);
  let kept = answers;
  for (const q of QUESTIONS) {
    const asked = shown.get(q.group)?.has(questionKey(q)) && applies(q);
    if (passed(q.group) && !asked && isAnswered(q, kept)) kept = withoutAnswer(kept, q);
  }
  const groups = QUESTION_GROUPS.flatMap((group) => {
    const map = shown.get(group.id);
    // A question asked before a later answer on its screen ruled it out (pregnancy once the
    // person says male) leaves the screen.
    const questions = [...(map?.values() ?? [])].filter(applies).sort((x, y) => askingOrder(x) - askingOrder(y));
    return map ? [{ group, questions }] : [];
  });
  return { groups, status, answers: kept };
}

/** A question's identity: its finding code or its field. */
export const questionKey = (q: Question): string => (q.kind === 'finding' ? q.code : q.field);

const ORDER = new Map(QUESTIONS.map((q, i) => [questionKey(q), i]));
/** Knowledge order; the exact length right after the duration choice. */
function askingOrder(q: Question): number {
  return q.kind === 'number' && q.field === 'onsetExact'
    ? (ORDER.get('onsetChoice') ?? 0) + 0.5
    : (ORDER.get(questionKey(q)) ?? 0);
}

/** Every question on the route has an answer (or was skipped). */
export function routeAnswered(route: Route): boolean {
  return route.groups.every((g) => g.questions.every((q) => isAnswered(q, route.answers)));
}

// ---- changing answers ----------------------------------------------------------------------

export function withResponse(a: CheckAnswers, code: FindingCode, answer: Answer): CheckAnswers {
  return { ...a, responses: { ...a.responses, [code]: answer } };
}

type NumberFieldName = Exclude<SkippableField, 'sex'>;

export function withNumber(a: CheckAnswers, field: NumberFieldName, value: number | undefined): CheckAnswers {
  const { [field]: _old, ...rest } = a;
  const skipped = a.skipped.filter((f) => f !== field);
  return value === undefined ? { ...rest, skipped } : { ...rest, [field]: value, skipped };
}

/** A duration choice; the exact length belongs to the old choice, so it goes. */
export function withChoice(a: CheckAnswers, onsetChoice: string): CheckAnswers {
  const { onsetExact: _old, ...rest } = a;
  return { ...rest, onsetChoice, skipped: a.skipped.filter((f) => f !== 'onsetExact') };
}

export function withSex(a: CheckAnswers, sex: NonNullable<CheckAnswers['sex']>): CheckAnswers {
  return { ...a, sex, skipped: a.skipped.filter((f) => f !== 'sex') };
}

/** Skips an optional question (clearing any value), or un-skips it. */
export function withSkipped(a: CheckAnswers, field: SkippableField, skip: boolean): CheckAnswers {
  const { [field]: _old, ...rest } = a;
  const skipped = a.skipped.filter((f) => f !== field);
  return { ...rest, skipped: skip ? [...skipped, field] : skipped };
}

/** A stable key for a set of answers (to tell whether anything changed). */
export function answersKey(a: CheckAnswers): string {
  const responses = Object.entries(a.responses).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify([
    a.age,
    a.sex,
    a.onsetDaysAgo,
    a.onsetChoice,
    a.onsetExact,
    a.painNow,
    a.previousEpisodes,
    responses,
    [...a.skipped].sort(),
  ]);
}

// ---- the emergency screen ------------------------------------------------------------------

export type Trigger = { readonly code: FindingCode; readonly answer: 'yes' | 'unsure' };

/**
 * The answers that lead to the emergency: the smallest set of "yes" and "not sure" answers
 * (taken away one at a time, in asking order) that still makes the engine call it an emergency.
 */
export function emergencyTriggers(answers: CheckAnswers): readonly Trigger[] {
  const isEmergency = (a: CheckAnswers) => nextQuestions(a).status === 'emergency';
  if (!isEmergency(answers)) return [];
  let kept = answers;
  for (const q of QUESTIONS) {
    if (q.kind !== 'finding') continue;
    const answer = kept.responses[q.code];
    if (answer !== 'yes' && answer !== 'unsure') continue;
    const { [q.code]: _drop, ...responses } = kept.responses;
    const without = { ...kept, responses };
    if (isEmergency(without)) kept = without;
  }
  return QUESTIONS.flatMap((q) => {
    const answer = q.kind === 'finding' ? kept.responses[q.code] : undefined;
    return q.kind === 'finding' && (answer === 'yes' || answer === 'unsure') ? [{ code: q.code, answer }] : [];
  });
}

const LABELS = new Map<FindingCode, string>(
  QUESTIONS.flatMap((q) => (q.kind === 'finding' ? [[q.code, q.label] as const] : [])),
);
const GROUP_OF = new Map<FindingCode, QuestionGroupId>(
  QUESTIONS.flatMap((q) => (q.kind === 'finding' ? [[q.code, q.group] as const] : [])),
);

/** The short phrase for a finding used in reasons ("numbness or tingling between your legs or around your bottom"). */
export function findingLabel(code: FindingCode): string {
  return LABELS.get(code) ?? code.replaceAll('_', ' ');
}

export function groupOfFinding(code: FindingCode): QuestionGroupId {
  return GROUP_OF.get(code) ?? 'emergency';
}

// ---- one screen ----------------------------------------------------------------------------

const chosen = (a: CheckAnswers, code: FindingCode) => a.responses[code] === 'yes' || a.responses[code] === 'unsure';

/** What still needs an answer before Next, in words (empty: Next can go). */
export function screenLeft(step: GroupOnRoute, a: CheckAnswers): string[] {
  const left: string[] = [];
  for (const list of step.group.lists ?? []) {
    if (list.style === 'tick') continue;
    const items = step.questions.flatMap((q) => (q.kind === 'finding' && q.list === list.id ? [q.code] : []));
    if (items.length === 0) continue;
    if (!items.every((c) => a.responses[c] !== undefined) && !items.some((c) => chosen(a, c)))
      left.push(`the list "${list.title}"`);
  }
  for (const q of step.questions) {
    if (q.kind === 'finding' && q.list) continue;
    const optional = q.kind === 'sex' || (q.kind === 'number' && !q.required);
    if (!optional && !isAnswered(q, a)) left.push(q.text);
  }
  return left;
}

/** The screen's answers completed for Next: unticked or unchosen list items no, optional ones skipped. */
export function finishScreen(step: GroupOnRoute, a: CheckAnswers): CheckAnswers {
  let done = a;
  for (const list of step.group.lists ?? []) {
    const items = step.questions.flatMap((q) => (q.kind === 'finding' && q.list === list.id ? [q.code] : []));
    const settle = list.style === 'tick' || items.some((c) => chosen(done, c));
    if (!settle) continue;
    for (const c of items) if (done.responses[c] === undefined) done = withResponse(done, c, 'no');
  }
  for (const q of step.questions) {
    const optional = q.kind === 'sex' || (q.kind === 'number' && !q.required);
    if (optional && !isAnswered(q, done)) done = withSkipped(done, q.field, true);
  }
  return done;
}

/**
 * How many screens the check has, as far as the answers tell: the route, plus a conditional
 * screen not on it while what decides it is still unanswered (so the count only ever shrinks
 * and progress never jumps backwards).
 */
export function screenCount(route: Route): number {
  const about = route.groups.find((g) => g.group.id === 'about');
  const aboutDone = about?.questions.every((q) => isAnswered(q, route.answers)) ?? false;
  const onRoute = new Set(route.groups.map((g) => g.group.id));
  const maybe = aboutDone ? 0 : QUESTION_GROUPS.filter((g) => g.askWhen && !onRoute.has(g.id)).length;
  return route.groups.length + maybe;
}
