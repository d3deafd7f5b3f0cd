// The adaptive questionnaire: emergency questions first, stop at the first emergency answer,
// and skip questions that cannot change the result for these answers.
import {
  type Disposition,
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

export type Answer = 'yes' | 'no' | 'unsure';

/** What someone has answered so far. Unanswered findings are treated as no until asked. */
export type Answers = {
  readonly age?: number | undefined;
  readonly sex?: Sex | undefined;
  readonly onsetDaysAgo?: number | undefined;
  readonly painNow?: number | undefined;
  readonly previousEpisodes?: number | undefined;
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
export function intakeFromAnswers(answers: Answers): Intake & { readonly unsure: readonly FindingCode[] } {
  const responses = Object.entries(answers.responses ?? {}) as [FindingCode, Answer][];
  return {
    age: answers.age ?? 30,
    sex: answers.sex,
    onsetDaysAgo: answers.onsetDaysAgo ?? 0,
    painNow: answers.painNow,
    previousEpisodes: answers.previousEpisodes,
    findings: responses.filter(([, a]) => a === 'yes').map(([c]) => c),
    unsure: responses.filter(([, a]) => a === 'unsure').map(([c]) => c),
  };
}

function isAnswered(question: Question, answers: Answers): boolean {
  if (question.kind === 'finding') return answers.responses?.[question.code] !== undefined;
  return answers[question.field] !== undefined || (answers.skipped ?? []).includes(question.field);
}

/** Codes that matter only for medicine safety, which no longer applies once care is urgent. */
function medicineOnlyCodes(knowledge: QuestionnaireKnowledge): Set<FindingCode> {
  const used = new Set<FindingCode>([
    ...knowledge.dispositionRules.flatMap((r) => findingsIn(r.when)),
    ...knowledge.causes.flatMap((c) => [
      ...(c.defining ? findingsIn(c.defining) : []),
      ...(c.supporting ? findingsIn(c.supporting) : []),
    ]),
  ]);
  const policy = knowledge.planPolicy;
  const medicine = [...policy.nsaidContraindications, ...policy.nsaidCautionsWhen.map((c) => c.finding)];
  return new Set(medicine.filter((c) => !used.has(c)));
}

export function nextQuestions(
  answers: Answers,
  knowledge: QuestionnaireKnowledge = QUESTIONNAIRE_KNOWLEDGE,
): QuestionStep {
  const intake = intakeFromAnswers(answers);
  const disposition: Disposition = decideDisposition(intake, knowledge).disposition;
  if (disposition === 'emergency') return { status: 'emergency', intake };

  // Follow-up questions are asked when the answer they depend on was yes or not sure.
  const facts = factsFrom(intake, intake.unsure);
  const skipMedicineOnly = disposition === 'urgent' ? medicineOnlyCodes(knowledge) : new Set<FindingCode>();
  const relevant = (q: Question): boolean =>
    q.kind !== 'finding' || ((!q.askWhen || isTrue(q.askWhen, facts)) && !skipMedicineOnly.has(q.code));
  const groups = knowledge.questionGroups.filter((g) => !g.askWhen || isTrue(g.askWhen, facts));
  for (const [index, group] of groups.entries()) {
    const pending = knowledge.questions.filter((q) => q.group === group.id && relevant(q) && !isAnswered(q, answers));
    if (pending.length > 0) {
      return { status: 'ask', group, questions: pending, progress: { step: index + 1, of: groups.length } };
    }
  }
  return { status: 'complete', intake };
}
