// The relief page (/relief): the heat and cold timers and the exercises, each with its cautions.
// After a check, only what its plan allows; before one, all of them.
import { useState } from 'react';
import { readLastResult } from '../check/last-result.ts';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { chooseRelief } from './relief-choice.ts';
import { ALL_EXERCISES, RELIEF_ITEMS } from './relief-knowledge.ts';

function Cautions({ items }: { items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <details className="relief-cautions">
      <summary>Cautions ({items.length})</summary>
      <ul>
        {items.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </details>
  );
}

export function Relief() {
  const [choice] = useState(() => {
    const last = readLastResult();
    return chooseRelief(last ? last.assessment.plan.map((p) => p.code) : null, ALL_EXERCISES);
  });
  const nothing = choice.timers.length === 0 && choice.exercises.length === 0;
  return (
    <Page
      title="Relief"
      lead={
        choice.fromPlan
          ? 'What your last check’s plan suggests: timers for heat or cold, and gentle exercises.'
          : 'Heat and cold timers and gentle exercises. Do the check first for a plan that fits you.'
      }
    >
      {choice.fromPlan ? (
        <p className="help">
          Only what your last check allows is shown. <Link href="/check">See your plan</Link>
        </p>
      ) : (
        <p>
          <Link className="btn btn-primary" href="/check">
            Check my back first
          </Link>
        </p>
      )}
      {nothing ? (
        <Notice tone="info" title="Your last check’s plan has no timers or exercises.">
          <p>Follow the plan in your result.</p>
        </Notice>
      ) : null}
      {choice.timers.length > 0 ? (
        <section aria-labelledby="relief-timers">
          <h2 id="relief-timers">Heat and cold</h2>
          <ul className="plain relief-grid">
            {choice.timers.map((kind) => {
              const item = RELIEF_ITEMS[kind];
              if (!item) return null;
              return (
                <li key={kind} className="card relief-card">
                  <h3>{item.title}</h3>
                  <p>{item.timer.safetyNote}</p>
                  <Cautions items={item.cautions} />
                  <Link className="btn btn-primary" href={`/relief/${kind}`}>
                    {kind === 'heat' ? 'Start heat timer' : 'Start cold timer'}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {choice.exercises.length > 0 ? (
        <section aria-labelledby="relief-exercises">
          <h2 id="relief-exercises">Gentle exercises</h2>
          <ul className="plain relief-grid">
            {choice.exercises.map((e) => (
              <li key={e.id} className="card relief-card">
                <h3>{e.title}</h3>
                <p>{e.purpose}</p>
                <Cautions items={[...e.stopIf, ...e.cautions]} />
                <Link className="btn btn-primary" href={`/exercise/${e.id.replace(/^exercise\//, '')}`}>
                  Start<span className="visually-hidden">: {e.title}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
