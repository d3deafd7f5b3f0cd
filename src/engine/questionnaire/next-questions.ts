// The adaptive questionnaire: emergency questions first, stop at the first emergency answer,
// and skip questions that cannot change the result for these answers.
import {
  type Disposition,
  type DurationChoice,
  type FindingCode,
  type NumberField,
  QUESTIONNAIRE_KNOWLEDGE,
  type Question,
  type QuestionGroup,
  type QuestionnaireKnowledge,
  type Sex,
} from '#knowledge';
import { findingsIn, isTrue } from '../evaluate-expr.ts';
import { factsFrom } from '../facts.ts';
import { decideDisposition } from '../triage/decide-disposition.ts';
import type { Intake } from '../types.ts';
import { exactQuestion, needsExactDays, onsetDays } from './duration.ts';

export type Answer = 'yes' | 'no' | 'unsure';

/** What someone has answered so far. Unanswered findings are treated as no until asked. */
export type Answers = {
  readonly age?: number | undefined;
  readonly sex?: Sex | undefined;
  readonly onsetDaysAgo?: number | undefined;
  readonly painNow?: number | undefined;
  readonly previousEpisodes?: number | undefined;
  /** A DURATION_CHOICES id ("yesterday", "1–4 weeks"…), used when onsetDaysAgo is not given. */
  readonly onsetChoice?: string | undefined;
  /** The exact length in the choice's unit, when a rule needs it. */
  readonly onsetExact?: number | undefined;
  readonly responses?: Readonly<Partial<Record<FindingCode, Answer>>> | undefined;
  /** Optional questions the person chose to skip, so they are not asked again. */
  readonly skipped?: readonly (NumberField | 'sex')[] | undefined;
};

export type QuestionStep =
  | {
      readonly status: 'ask';
      readonly group: QuestionGroup;
      readonly questions: readonly Question[];
      readonly progress: { readonly step: number; readonly of: number };
    }
  | { readonly status: 'emergency'; readonly intake: Intake }
  | { readonly status: 'complete'; readonly intake: Intake };

/**
 * The intake the answers describe. Missing required numbers take their least alarming value
 * (age 30, onset today) so that a provisional result is never raised by a guess; they are
 * asked for in the second group, before anything depends on them.
 */
export function intakeFromAnswers(
  answers: Answers,
  knowledge: QuestionnaireKnowledge = QUESTIONNAIRE_KNOWLEDGE,
): Intake & { readonly unsure: readonly FindingCode[] } {
  const responses = Object.entries(answers.responses ?? {}) as [FindingCode, Answer][];
  const age = answers.age ?? 30;
  const choice = durationChoiceOf(answers, knowledge);
  return {
    age,
    sex: answers.sex,
    onsetDaysAgo: answers.onsetDaysAgo ?? (choice ? onsetDays(choice, answers.onsetExact, age, knowledge) : 0),
    painNow: answers.painNow,
    previousEpisodes: answers.previousEpisodes,
    findings: responses.filter(([, a]) => a === 'yes').map(([c]) => c),
    unsure: responses.filter(([, a]) => a === 'unsure').map(([c]) => c),
  };
}

function durationChoiceOf(answers: Answers, knowledge: QuestionnaireKnowledge): DurationChoice | undefined {
  for (const q of knowledge.questions)
    if (q.kind === 'choice') return q.options.find((o) => o.id === answers.onsetChoice);
  return undefined;
}

function isAnswered(question: Question, answers: Answers): boolean {
  if (question.kind === 'finding') return answers.responses?.[question.code] !== undefined;
  // A length given in days (the CLI, an older client) answers the choice and the exact figure.
  if (question.kind === 'choice' || question.field === 'onsetExact')
    return answers[question.field] !== undefined || answers.onsetDaysAgo !== undefined;
  return answers[question.field] !== undefined || (answers.skipped ?? []).includes(question.field);
}

/** The group's questions as asked: the exact-length question follows the choice when needed. */
function withExactLength(questions: readonly Question[], answers: Answers, knowledge: QuestionnaireKnowledge) {
  const choice = answers.onsetDaysAgo === undefined ? durationChoiceOf(answers, knowledge) : undefined;
  const exact = choice && needsExactDays(choice, answers.age ?? 30, knowledge) ? exactQuestion(choice) : null;
  return questions.flatMap((q) => (q.kind === 'choice' && exact ? [q, exact] : [q]));
}

const medicineOnlyCache = new WeakMap<QuestionnaireKnowledge, ReadonlySet<FindingCode>>();

/** Codes that matter only for medicine safety, which no longer applies once care is urgent. */
function medicineOnlyCodes(knowledge: QuestionnaireKnowledge): ReadonlySet<FindingCode> {
  const cached = medicineOnlyCache.get(knowledge);
  if (cached) return cached;
  const used = new Set<FindingCode>([
    ...knowledge.dispositionRules.flatMap((r) => findingsIn(r.when)),
    ...knowledge.causes.flatMap((c) => [
      ...(c.defining ? findingsIn(c.defining) : []),
      ...(c.supporting ? findingsIn(c.supporting) : []),
    ]),
  ]);
  const policy = knowledge.planPolicy;
  const medicine = [...policy.nsaidContraindications, ...policy.nsaidCautionsWhen.map((c) => c.finding)];
  const codes = new Set(medicine.filter((c) => !used.has(c)));
  medicineOnlyCache.set(knowledge, codes);
  return codes;
}

/** Which questions apply to these answers (follow-ups, pregnancy, medicine-only codes). */
function relevanceFor(answers: Answers, knowledge: QuestionnaireKnowledge) {
  const intake = intakeFromAnswers(answers, knowledge);
  const disposition: Disposition = decideDisposition(intake, knowledge).disposition;
  // Follow-up questions are asked when the answer they depend on was yes or not sure.
  const facts = factsFrom(intake, intake.unsure);
  const skipMedicineOnly: ReadonlySet<FindingCode> =
    disposition === 'urgent' ? medicineOnlyCodes(knowledge) : new Set<FindingCode>();
  const relevant = (q: Question): boolean =>
    q.kind !== 'finding' || ((!q.askWhen || isTrue(q.askWhen, facts)) && !skipMedicineOnly.has(q.code));
  return { intake, disposition, facts, relevant };
}

/** Whether a question applies to these answers (a screen drops one that no longer does). */
export function questionApplies(
  question: Question,
  answers: Answers,
  knowledge: QuestionnaireKnowledge = QUESTIONNAIRE_KNOWLEDGE,
): boolean {
  return relevanceFor(answers, knowledge).relevant(question);
}

/**
 * The same test as `questionApplies`, worked out once for these answers: for asking it of many
 * questions (the web check's route), where deciding the disposition per question would be the
 * check's slowest step on a phone.
 */
export function questionsApplying(
  answers: Answers,
  knowledge: QuestionnaireKnowledge = QUESTIONNAIRE_KNOWLEDGE,
): (question: Question) => boolean {
  return relevanceFor(answers, knowledge).relevant;
}

export function nextQuestions(
  answers: Answers,
  knowledge: QuestionnaireKnowledge = QUESTIONNAIRE_KNOWLEDGE,
): QuestionStep {
  const { intake, disposition, facts, relevant } = relevanceFor(answers, knowledge);
  if (disposition === 'emergency') return { status: 'emergency', intake };
  const groups = knowledge.questionGroups.filter((g) => !g.askWhen || isTrue(g.askWhen, facts));
  for (const [index, group] of groups.entries()) {
    const inGroup = knowledge.questions.filter((q) => q.group === group.id && relevant(q));
    const pending = withExactLength(inGroup, answers, knowledge).filter((q) => !isAnswered(q, answers));
    if (pending.length > 0) {
      return { status: 'ask', group, questions: pending, progress: { step: index + 1, of: groups.length } };
    }
  }
  return { status: 'complete', intake };
}
