// A stored assessment in plain words: the result, warning signs, reasons, the plan, what to
// avoid and when to check again. Only what was stored is shown.
import type { Assessment } from '#engine';
import { DISPOSITION_TEXT } from '#knowledge';
import { Notice } from '../ui/Notice.tsx';

export function StoredCheckView({ assessment: a }: { assessment: Assessment }) {
  const text = DISPOSITION_TEXT[a.disposition];
  return (
    <>
      <Notice tone={a.disposition} title={text?.title ?? a.disposition}>
        {text ? <p>{text.body}</p> : null}
      </Notice>
      {a.redFlags?.length ? (
        <section aria-labelledby="stored-flags">
          <h2 id="stored-flags">Warning signs</h2>
          <ul>
            {a.redFlags.map((f) => (
              <li key={f.code}>
                <strong>{f.title}.</strong> {f.summary}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.reasons?.length ? (
        <section aria-labelledby="stored-reasons">
          <h2 id="stored-reasons">Why</h2>
          <ul>
            {a.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.plan?.length ? (
        <section aria-labelledby="stored-plan">
          <h2 id="stored-plan">Your plan</h2>
          <ul>
            {a.plan.map((p) => (
              <li key={p.code}>
                <strong>{p.title}.</strong> {p.detail}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.avoid?.length ? (
        <section aria-labelledby="stored-avoid">
          <h2 id="stored-avoid">Best avoided</h2>
          <ul>
            {a.avoid.map((x) => (
              <li key={x.code}>
                <strong>{x.title}.</strong> {x.why}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.followUp?.notes?.length ? (
        <section aria-labelledby="stored-follow-up">
          <h2 id="stored-follow-up">When to check again</h2>
          <ul>
            {a.followUp.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
