// The daily check-in: its questions, its state, the API body, and the same escalation the server
// runs (escalateCheckin is pure), so a warning sign is acted on at once, even offline. Pure.
import { type CheckinAnswers, type Escalation, type EscalationContext, escalateCheckin, rankOf } from '#engine';
import { CHECKIN_RECHECK, type FindingCode, type FindingQuestion, QUESTIONS } from '#knowledge';
import type { Checkin, CheckinBody } from './types.ts';

const isFinding = (q: (typeof QUESTIONS)[number]): q is FindingQuestion => q.kind === 'finding';

/** The warning-sign questions asked again at each check-in: the check's emergency group first. */
export const RED_FLAG_QUESTIONS: readonly FindingQuestion[] = [
  ...QUESTIONS.filter(isFinding).filter((q) => q.group === 'emergency'),
  ...CHECKIN_RECHECK.findings.flatMap((code) =>
    QUESTIONS.filter(isFinding).filter((q) => q.code === code && q.group !== 'emergency'),
  ),
];

export type RedFlagAnswer = 'yes' | 'no' | 'unsure';

export type CheckinForm = {
  date: string;
  painAverage: number | null;
  interferenceActivity: number | null;
  interferenceSleep: number | null;
  gettingBetter: boolean | null;
  redFlags: Partial<Record<FindingCode, RedFlagAnswer>>;
};

export type CheckinField = Exclude<keyof CheckinForm, 'date'> | 'redFlagsAll';

export function emptyCheckinForm(date: string): CheckinForm {
  return {
    date,
    painAverage: null,
    interferenceActivity: null,
    interferenceSleep: null,
    gettingBetter: null,
    redFlags: {},
  };
}

export function formFromCheckin(c: Checkin): CheckinForm {
  const redFlags: Partial<Record<FindingCode, RedFlagAnswer>> = {};
  for (const q of RED_FLAG_QUESTIONS)
    redFlags[q.code] = c.findings.includes(q.code) ? 'yes' : c.unsure.includes(q.code) ? 'unsure' : 'no';
  return {
    date: c.date,
    painAverage: c.painAverage,
    interferenceActivity: c.interferenceActivity,
    interferenceSleep: c.interferenceSleep,
    gettingBetter: c.gettingBetter,
    redFlags,
  };
}

const answered = (form: CheckinForm, answer: RedFlagAnswer): FindingCode[] =>
  RED_FLAG_QUESTIONS.map((q) => q.code).filter((code) => form.redFlags[code] === answer);

/**
 * The body for POST /api/checkins, or what is still missing. Unanswered warning signs are missing,
 * unless `partial` (a warning sign interrupted the check-in: save what is known at once).
 */
export function checkinBody(
  form: CheckinForm,
  timeZone: string,
  { partial = false }: { partial?: boolean } = {},
): { ok: true; body: CheckinBody } | { ok: false; errors: { field: CheckinField; message: string }[] } {
  const errors: { field: CheckinField; message: string }[] = [];
  const { painAverage, interferenceActivity, interferenceSleep, gettingBetter } = form;
  if (painAverage === null) errors.push({ field: 'painAverage', message: 'Choose your average pain today.' });
  if (interferenceActivity === null)
    errors.push({ field: 'interferenceActivity', message: 'Choose how much pain got in the way of what you did.' });
  if (interferenceSleep === null)
    errors.push({ field: 'interferenceSleep', message: 'Choose how much pain got in the way of sleep.' });
  if (gettingBetter === null) errors.push({ field: 'gettingBetter', message: 'Say whether it is getting better.' });
  const missing = RED_FLAG_QUESTIONS.filter((q) => form.redFlags[q.code] === undefined).length;
  if (missing > 0 && !partial)
    errors.push({
      field: 'redFlagsAll',
      message: `Answer every warning-sign question (${missing} still open), or choose "I have none of these".`,
    });
  if (
    errors.length > 0 ||
    painAverage === null ||
    interferenceActivity === null ||
    interferenceSleep === null ||
    gettingBetter === null
  )
    return { ok: false, errors };
  return {
    ok: true,
    body: {
      date: form.date,
      timeZone,
      painAverage,
      interferenceActivity,
      interferenceSleep,
      gettingBetter,
      findings: answered(form, 'yes'),
      unsure: answered(form, 'unsure'),
    },
  };
}

/** The check-in so far, as the engine reads it: unknown scores read as the least alarming. */
export function engineAnswers(form: CheckinForm): CheckinAnswers {
  return {
    date: form.date,
    painAverage: form.painAverage ?? 0,
    gettingBetter: form.gettingBetter ?? true,
    findings: answered(form, 'yes'),
    unsure: answered(form, 'unsure'),
  };
}

/** The escalation for the answers so far; the same function the server runs. */
export function escalateForm(form: CheckinForm, context: EscalationContext = {}): Escalation {
  return escalateCheckin(engineAnswers(form), context);
}

/** A warning-sign answer that must interrupt the check-in: emergency or same-day help. */
export function interrupts(escalation: Escalation): boolean {
  return rankOf(escalation.disposition) >= rankOf('urgent');
}

/** Of two answers to the same check-in (browser and server), the more urgent one. */
export function moreUrgent(a: Escalation, b: Escalation): Escalation {
  return rankOf(b.disposition) > rankOf(a.disposition) ? b : a;
}

/** Every unanswered warning-sign question set to "no" (the "I have none of these" shortcut). */
export function noneOfThese(form: CheckinForm): CheckinForm {
  const redFlags = { ...form.redFlags };
  for (const q of RED_FLAG_QUESTIONS) redFlags[q.code] ??= 'no';
  return { ...form, redFlags };
}
