import { useEffect, useRef, useState } from 'react';
import { rankOf } from '#engine';
import type { FindingCode } from '#knowledge';
import { api } from '../api-client.ts';
import { navigate } from '../router.ts';
import { loadCheckinDraft, saveCheckinDraft } from '../storage/diary-drafts.ts';
import { enqueueCheckin } from '../storage/diary-outbox.ts';
import { Button } from '../ui/Button.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { CheckinDone } from './CheckinDone.tsx';
import {
  type CheckinField,
  checkinBody,
  emptyCheckinForm,
  escalateForm,
  type CheckinForm as Form,
  formFromCheckin,
  interrupts,
  moreUrgent,
  noneOfThese,
  type RedFlagAnswer,
} from './checkin-form.ts';
import { EscalationScreen, type SaveState } from './EscalationScreen.tsx';
import { browserTimeZone, formatDay, localDate } from './local-time.ts';
import { RedFlagQuestions } from './RedFlagQuestions.tsx';
import { ScoreScale } from './ScoreScale.tsx';
import type { CheckinBody, CheckinList, Escalation, SavedCheckin } from './types.ts';

type View =
  | { kind: 'form' }
  | { kind: 'interrupt'; escalation: Escalation; save: SaveState }
  | { kind: 'done'; escalation: Escalation; save: SaveState };

const interference = (n: number) =>
  n === 0 ? 'not at all' : n <= 3 ? 'a little' : n <= 6 ? 'moderately' : n <= 9 ? 'a lot' : 'completely';

/** /diary/checkin (today) and /diary/checkin/<date>: the daily check-in. */
export function CheckinForm({ date, userId, offline }: { date: string; userId: string; offline: boolean }) {
  const [form, setForm] = useState<Form | null>(null);
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<{ field: CheckinField; message: string }[]>([]);
  const [view, setView] = useState<View>({ kind: 'form' });
  // The most urgent interruption already shown, so answering more questions does not repeat it.
  const shown = useRef<{ rank: number; flags: string[] }>({ rank: -1, flags: [] });
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    const draft = loadCheckinDraft(date);
    if (draft || offline) {
      setForm(draft ?? emptyCheckinForm(date));
      setRestored(draft !== null);
      return;
    }
    // A list query, not GET /api/checkins/<date>: no check-in yet is an empty list, not a 404.
    void api.get<CheckinList>(`/api/checkins?from=${date}&to=${date}&limit=1`).then((r) => {
      const found = r.ok ? r.data.items.find((c) => c.date === date) : undefined;
      if (live) setForm(found ? formFromCheckin(found) : emptyCheckinForm(date));
    });
    return () => {
      live = false;
    };
  }, [date, offline]);

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);

  if (form === null) return <p role="status">Loading…</p>;

  const change = (next: Form) => {
    setForm(next);
    saveCheckinDraft(next);
  };

  const send = async (body: CheckinBody): Promise<{ save: SaveState; server: Escalation | null }> => {
    const r = await api.post<SavedCheckin>('/api/checkins', body);
    if (r.ok) return { save: 'saved', server: r.data.escalation };
    if (r.offline) {
      enqueueCheckin(userId, body, new Date());
      return { save: 'queued', server: null };
    }
    return { save: 'failed', server: null };
  };

  const answer = (code: FindingCode, a: RedFlagAnswer) => {
    const next = { ...form, redFlags: { ...form.redFlags, [code]: a } };
    change(next);
    const escalation = escalateForm(next);
    const flags = escalation.redFlags.map((f) => f.code);
    const seen = shown.current;
    const isNew = rankOf(escalation.disposition) > seen.rank || flags.some((f) => !seen.flags.includes(f));
    if (!interrupts(escalation) || !isNew) return;
    shown.current = { rank: Math.max(seen.rank, rankOf(escalation.disposition)), flags: [...seen.flags, ...flags] };
    // Straight to the screen, worked out here so it needs no connection; then save what we know.
    const partial = checkinBody(next, browserTimeZone(), { partial: true });
    setView({ kind: 'interrupt', escalation, save: partial.ok ? 'saving' : 'incomplete' });
    if (!partial.ok) return;
    void send(partial.body).then(({ save, server }) =>
      setView((v) =>
        v.kind === 'interrupt'
          ? { ...v, save, escalation: server ? moreUrgent(server, v.escalation) : v.escalation }
          : v,
      ),
    );
  };

  const submit = async () => {
    const built = checkinBody(form, browserTimeZone());
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors([]);
    const local = escalateForm(form);
    setView({ kind: 'done', escalation: local, save: 'saving' });
    const { save, server } = await send(built.body);
    if (save !== 'failed') saveCheckinDraft(null);
    // The server reads the diary as the trends page does (the engine's diaryEscalation), so the
    // two never disagree (e.g. 4 weeks of check-ins without improvement and no saved check).
    const escalation = server ? moreUrgent(server, local) : local;
    setView({ kind: 'done', escalation, save });
  };

  if (view.kind === 'interrupt')
    return (
      <EscalationScreen
        escalation={view.escalation}
        save={view.save}
        backLabel="I chose an answer by mistake: back to my check-in"
        onBack={() => setView({ kind: 'form' })}
      />
    );
  if (view.kind === 'done') {
    if (interrupts(view.escalation))
      return (
        <EscalationScreen
          escalation={view.escalation}
          save={view.save}
          backLabel="Back to the diary"
          onBack={() => navigate('/diary')}
        />
      );
    return (
      <CheckinDone
        escalation={view.escalation}
        save={view.save}
        onRetry={() => void submit()}
        onEdit={() => setView({ kind: 'form' })}
      />
    );
  }

  const errorFor = (field: CheckinField) => errors.find((e) => e.field === field)?.message;
  return (
    <Page
      title="Daily check-in"
      lead={`${date === localDate(new Date()) ? `Today, ${formatDay(date)}` : `For ${formatDay(date)}`}. About two minutes.`}
    >
      {restored ? <Notice tone="info" title="Your unfinished answers are back" /> : null}
      {errors.length > 0 ? (
        <div className="notice notice-urgent" role="alert" tabIndex={-1} ref={summary}>
          <p className="notice-title">
            Please answer {errors.length === 1 ? 'one more thing' : `${errors.length} more things`}
          </p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#checkin-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        className="diary-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div id="checkin-painAverage">
          <ScoreScale
            legend="Your pain today, on average"
            value={form.painAverage}
            onChange={(painAverage) => change({ ...form, painAverage })}
            error={errorFor('painAverage')}
          />
        </div>
        <div id="checkin-interferenceActivity">
          <ScoreScale
            legend="How much did pain get in the way of your usual activities?"
            low="not at all"
            high="completely"
            words={interference}
            value={form.interferenceActivity}
            onChange={(interferenceActivity) => change({ ...form, interferenceActivity })}
            error={errorFor('interferenceActivity')}
          />
        </div>
        <div id="checkin-interferenceSleep">
          <ScoreScale
            legend="How much did pain get in the way of your sleep?"
            low="not at all"
            high="completely"
            words={interference}
            value={form.interferenceSleep}
            onChange={(interferenceSleep) => change({ ...form, interferenceSleep })}
            error={errorFor('interferenceSleep')}
          />
        </div>
        <fieldset id="checkin-gettingBetter">
          <legend>Is it getting better?</legend>
          {errorFor('gettingBetter') ? <p className="error-text">{errorFor('gettingBetter')}</p> : null}
          <div className="choice-row">
            {(
              [
                [true, 'Yes'],
                [false, 'No'],
              ] as const
            ).map(([value, label]) => (
              <div className="choice" key={label}>
                <input
                  type="radio"
                  id={`checkin-better-${label}`}
                  name="checkin-better"
                  checked={form.gettingBetter === value}
                  onChange={() => change({ ...form, gettingBetter: value })}
                />
                <label htmlFor={`checkin-better-${label}`}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <RedFlagQuestions
          answers={form.redFlags}
          onAnswer={answer}
          onNoneOfThese={() => change(noneOfThese(form))}
          error={errorFor('redFlagsAll')}
        />
        <p>
          <Button big type="submit">
            Save check-in
          </Button>
        </p>
      </form>
    </Page>
  );
}
