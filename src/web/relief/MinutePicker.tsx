import { minuteChoices, type ReliefKind, type ReliefLimits } from './timer-state.ts';

/** How long a session lasts: thumb-sized choices, never more than the plan item's maximum. */
export function MinutePicker({
  kind,
  limits,
  value,
  onChange,
}: {
  kind: ReliefKind;
  limits: ReliefLimits;
  value: number;
  onChange: (minutes: number) => void;
}) {
  const name = `relief-minutes-${kind}`;
  return (
    <fieldset>
      <legend>How long?</legend>
      <div className="choice-row">
        {minuteChoices(limits).map((m) => (
          <div className="choice" key={m}>
            <input
              type="radio"
              id={`${name}-${m}`}
              name={name}
              value={m}
              checked={value === m}
              onChange={() => onChange(m)}
            />
            <label htmlFor={`${name}-${m}`}>
              {m}
              <span aria-hidden="true">&nbsp;min</span>
              <span className="visually-hidden"> minutes</span>
            </label>
          </div>
        ))}
      </div>
      <p className="help">At most {limits.maxMinutes} minutes at a time.</p>
    </fieldset>
  );
}
