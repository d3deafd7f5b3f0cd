import { useState } from 'react';
import { DISPOSITION_TEXT } from '#knowledge';
import { readLastResult } from '../check/last-result.ts';
import { Link } from '../ui/Link.tsx';

const TONE_WORD = { emergency: 'Emergency', urgent: 'Today', see_doctor: 'See a doctor', self_care: 'Self-care' };

/** The last check's result on this device, with a way back to it. Nothing when there is none. */
export function LastResult() {
  const [last] = useState(readLastResult);
  if (!last) return null;
  const { disposition } = last.assessment;
  const when = new Date(last.result.completedAt).toLocaleDateString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return (
    <section className={`card home-card home-last tone-${disposition}`} aria-labelledby="home-last-title">
      <h2 id="home-last-title">Your last check ({when})</h2>
      <p className="home-last-result">
        <strong>{TONE_WORD[disposition]}:</strong> {DISPOSITION_TEXT[disposition].title}
      </p>
      <p>
        <Link href="/check">See your result and plan</Link>
      </p>
    </section>
  );
}
