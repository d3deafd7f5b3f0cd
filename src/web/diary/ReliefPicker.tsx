import { useId } from 'react';
import type { PlanCode } from '#knowledge';
import { CheckboxChoice } from './CheckboxChoice.tsx';
import { HELPED_LABELS, type Helped, PLAN_LABELS, RELIEF_METHODS } from './labels.ts';

type Tried = { method: PlanCode; helped: Helped };
const HELPED: readonly Helped[] = [0, 1, 2, 3];
/** The most common things to try are shown at once; the rest behind "More". */
const FIRST = 7;

/** What I tried, and for each, how much it helped (not at all … a lot). */
export function ReliefPicker({ value, onChange }: { value: Tried[]; onChange: (v: Tried[]) => void }) {
  const id = useId();
  // Methods saved earlier that are not in the usual list still show, so nothing is lost on edit.
  const methods = [...RELIEF_METHODS, ...value.map((t) => t.method).filter((m) => !RELIEF_METHODS.includes(m))];
  const first = methods.slice(0, FIRST);
  const rest = methods.slice(FIRST);
  const set = (method: PlanCode, tried: Tried | null) => {
    const others = value.filter((t) => t.method !== method);
    onChange(tried ? [...others, tried] : others);
  };
  const item = (method: PlanCode) => {
    const tried = value.find((t) => t.method === method);
    return (
      <li key={method}>
        <CheckboxChoice
          id={`${id}-${method}`}
          label={PLAN_LABELS[method]}
          checked={tried !== undefined}
          onChange={(on) => set(method, on ? { method, helped: 0 } : null)}
        />
        {tried ? (
          <fieldset className="subgroup">
            <legend>How much did {PLAN_LABELS[method]} help?</legend>
            <div className="choice-row">
              {HELPED.map((h) => (
                <div className="choice" key={h}>
                  <input
                    type="radio"
                    id={`${id}-${method}-${h}`}
                    name={`${id}-${method}-helped`}
                    checked={tried.helped === h}
                    onChange={() => set(method, { method, helped: h })}
                  />
                  <label htmlFor={`${id}-${method}-${h}`}>{HELPED_LABELS[h]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
      </li>
    );
  };
  return (
    <fieldset>
      <legend>What did you try?</legend>
      <p className="help">Choose what you tried, then say how much each one helped.</p>
      <ul className="plain stack">{first.map(item)}</ul>
      <details open={rest.some((m) => value.some((t) => t.method === m)) || undefined}>
        <summary>More things you may have tried</summary>
        <ul className="plain stack">{rest.map(item)}</ul>
      </details>
    </fieldset>
  );
}
