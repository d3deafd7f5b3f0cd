// "What helps me": the person's own ratings of what they tried (engine whatHelps), from three
// uses on, best first, with the note that this is their experience and not proof. Nothing the
// latest check advises against or withheld is listed as helping.
import { useId, useMemo } from 'react';
import { whatHelps } from '#engine';
import { HELPED_LABELS, PLAN_LABELS } from '../diary/labels.ts';
import type { Episode } from '../diary/types.ts';
import type { SavedCheckItem } from './use-trends-data.ts';

const rating = (n: number) => n.toFixed(1);
/** The nearest word of the 0–3 scale. */
const inWords = (n: number) => HELPED_LABELS[Math.min(3, Math.max(0, Math.round(n)))];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const times = (n: number) => `${n} ${n === 1 ? 'time' : 'times'}`;

export function WhatHelpsCard({ episodes, checks }: { episodes: Episode[]; checks: SavedCheckItem[] }) {
  const id = useId();
  const r = useMemo(() => whatHelps(episodes, checks), [episodes, checks]);
  const none = r.ranked.length === 0 && r.tooFew.length === 0 && r.notSuggested.length === 0;
  return (
    <section className="card what-helps" aria-labelledby={id}>
      <h2 id={id}>What helps me</h2>
      {none ? (
        <p>When you log a spasm, note what you tried and how much it helped. Your own summary shows here.</p>
      ) : null}
      {r.ranked.length > 0 ? (
        <ol className="what-helps-list">
          {r.ranked.map((m) => (
            <li key={m.method}>
              <strong>{capital(PLAN_LABELS[m.method])}</strong>: helped {inWords(m.mean)} on average ({rating(m.mean)}{' '}
              out of 3, 95 % range {rating(m.interval[0])} to {rating(m.interval[1])}), used {times(m.uses)}.
            </li>
          ))}
        </ol>
      ) : null}
      {r.tooFew.length > 0 ? (
        <p>
          Tried fewer than {r.minUses} times, so not summarised yet:{' '}
          {r.tooFew.map((m) => `${PLAN_LABELS[m.method]} (${times(m.uses)})`).join(', ')}.
        </p>
      ) : null}
      {r.notSuggested.length > 0 ? (
        <>
          <h3>Not suggested for you now</h3>
          <ul>
            {r.notSuggested.map((m) => (
              <li key={m.method}>
                <strong>{capital(PLAN_LABELS[m.method])}</strong> (used {times(m.uses)}): {m.why}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {none ? null : <p className="help">{r.note}</p>}
    </section>
  );
}
