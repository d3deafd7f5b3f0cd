// /diary/peg: the weekly questions (PEG: pain, enjoyment of life, general activity), three 0–10
// scales in the knowledge base's words, saved to POST /api/peg. Needs a connection.
import { useRef, useState } from 'react';
import type { Peg, PegInput } from '#contract';
import { PEG, type PegItemKey } from '#knowledge';
import { api } from '../api-client.ts';
import { newId } from '../storage/diary-outbox.ts';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { browserTimeZone, localDate } from './local-time.ts';
import { ScoreScale } from './ScoreScale.tsx';

type Answers = Record<PegItemKey, number | null>;
const EMPTY: Answers = { pain: null, enjoyment: null, activity: null };

export function PegForm({ offline }: { offline: boolean }) {
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [missing, setMissing] = useState<PegItemKey[]>([]);
  // One idempotency key per distinct answer: pressing Save again after a lost answer stores it once.
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const [state, setState] = useState<
    { kind: 'form' } | { kind: 'saving' } | { kind: 'saved'; peg: Peg } | { kind: 'error'; message: string }
  >({ kind: 'form' });
  const summary = useRef<HTMLDivElement>(null);

  if (state.kind === 'saved')
    return (
      <Page title="Weekly questions saved">
        <Notice tone="self_care" title={`Your score this week: ${state.peg.score.toFixed(1)} out of 10`} role="status">
          <p>It is the average of your three answers; lower is better. Your trends show how it changes.</p>
        </Notice>
        <p>
          <Link className="btn btn-primary" href="/trends">
            See your trends
          </Link>
        </p>
        <p>
          <Link href="/diary">Back to the diary</Link>
        </p>
      </Page>
    );

  const submit = async () => {
    const gaps = PEG.items.filter((i) => answers[i.key] === null).map((i) => i.key);
    setMissing(gaps);
    if (gaps.length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const body: PegInput = {
      date: localDate(new Date()),
      timeZone: browserTimeZone(),
      pain: answers.pain ?? 0,
      enjoyment: answers.enjoyment ?? 0,
      activity: answers.activity ?? 0,
    };
    setState({ kind: 'saving' });
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newId() };
    const r = await api.create<Peg>('/api/peg', body, attempt.current.key);
    setState(r.ok ? { kind: 'saved', peg: r.data } : { kind: 'error', message: r.problem.detail });
  };

  return (
    <Page title={PEG.title} lead="Three questions about the past week. About a minute.">
      {offline ? (
        <Notice tone="info" title="You are offline">
          <p>The weekly questions can be saved once you are back online.</p>
        </Notice>
      ) : null}
      {missing.length > 0 ? (
        <div className="notice notice-urgent" role="alert" tabIndex={-1} ref={summary}>
          <p className="notice-title">
            Please answer {missing.length === 1 ? 'one more question' : `${missing.length} more questions`}
          </p>
          <ul>
            {missing.map((key) => (
              <li key={key}>
                <a href={`#peg-${key}`}>{PEG.items.find((i) => i.key === key)?.label}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.kind === 'error' ? (
        <p className="error-text" role="alert">
          Your answers could not be saved. {state.message}
        </p>
      ) : null}
      <form
        className="diary-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {PEG.items.map((item) => (
          <div id={`peg-${item.key}`} key={item.key}>
            <ScoreScale
              legend={item.text}
              low={item.low}
              high={item.high}
              words={(n) => `${n} out of 10`}
              value={answers[item.key]}
              onChange={(n) => setAnswers((a) => ({ ...a, [item.key]: n }))}
              error={missing.includes(item.key) ? 'Choose a number from 0 to 10.' : undefined}
            />
          </div>
        ))}
        <Button type="submit" big disabled={state.kind === 'saving' || offline}>
          {state.kind === 'saving' ? 'Saving…' : 'Save my answers'}
        </Button>
      </form>
      <p>
        <Link href="/diary">Back to the diary</Link>
      </p>
    </Page>
  );
}
