import { useEffect, useRef } from 'react';
import type { Answer } from '#engine';
import { CAUDA_EQUINA_SELF_CHECKS, type CaudaEquinaFinding, type FindingCode } from '#knowledge';

const isCaudaEquina = (code: FindingCode): code is CaudaEquinaFinding => code in CAUDA_EQUINA_SELF_CHECKS.checks;

/** "Not sure" to a cauda-equina sign: a calm self-check, then the question again. */
export function SelfCheck({ code, onAnswer }: { code: FindingCode; onAnswer: (answer: Answer) => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (!isCaudaEquina(code)) return null;
  const check = CAUDA_EQUINA_SELF_CHECKS.checks[code];
  return (
    <section className="self-check" ref={ref} tabIndex={-1} aria-labelledby={`self-check-${code}`}>
      <h3 id={`self-check-${code}`}>{check.title}</h3>
      <p>{CAUDA_EQUINA_SELF_CHECKS.intro}</p>
      <ol>
        {check.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="btn btn-secondary"
          id={`q-${code}-checked-yes`}
          onClick={() => onAnswer('yes')}
        >
          Yes, I have this
        </button>
        <button type="button" className="btn btn-secondary" id={`q-${code}-checked-no`} onClick={() => onAnswer('no')}>
          No, it is normal
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          id={`q-${code}-checked-unsure`}
          onClick={() => onAnswer('unsure')}
        >
          Still not sure
        </button>
      </div>
    </section>
  );
}
