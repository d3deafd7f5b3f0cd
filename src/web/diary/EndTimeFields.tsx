import type { EndMode, EpisodeForm, FieldError } from './episode-form.ts';

const MODES: readonly { mode: EndMode; label: string }[] = [
  { mode: 'unknown', label: 'Not yet, or not sure' },
  { mode: 'ended', label: 'At a time' },
  { mode: 'duration', label: 'After a number of minutes' },
];

/** When it eased: not yet, an end time, or a duration in minutes (never both). */
export function EndTimeFields({
  idPrefix,
  form,
  update,
  errorFor,
}: {
  idPrefix: string;
  form: EpisodeForm;
  update: (patch: Partial<EpisodeForm>) => void;
  errorFor: (field: FieldError['field']) => string | undefined;
}) {
  const endedError = errorFor('endedAt');
  const durationError = errorFor('durationMinutes');
  return (
    <fieldset>
      <legend>When did it ease?</legend>
      <div className="choice-row">
        {MODES.map(({ mode, label }) => (
          <div className="choice" key={mode}>
            <input
              type="radio"
              id={`${idPrefix}-end-${mode}`}
              name={`${idPrefix}-end`}
              checked={form.endMode === mode}
              onChange={() => update({ endMode: mode })}
            />
            <label htmlFor={`${idPrefix}-end-${mode}`}>{label}</label>
          </div>
        ))}
      </div>
      {form.endMode === 'ended' ? (
        <>
          <label className="field" htmlFor={`${idPrefix}-endedAt`}>
            It eased at
          </label>
          <input
            id={`${idPrefix}-endedAt`}
            type="datetime-local"
            value={form.endedAt}
            min={form.startedAt}
            aria-invalid={endedError ? true : undefined}
            onChange={(e) => update({ endedAt: e.target.value })}
          />
          {endedError ? <p className="error-text">{endedError}</p> : null}
        </>
      ) : null}
      {form.endMode === 'duration' ? (
        <>
          <label className="field" htmlFor={`${idPrefix}-durationMinutes`}>
            How many minutes did it last?
          </label>
          <input
            id={`${idPrefix}-durationMinutes`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={form.durationMinutes}
            aria-describedby={`${idPrefix}-duration-help`}
            aria-invalid={durationError ? true : undefined}
            onChange={(e) => update({ durationMinutes: e.target.value })}
          />
          <p className="help" id={`${idPrefix}-duration-help`}>
            For example 20, or 90 for an hour and a half.
          </p>
          {durationError ? <p className="error-text">{durationError}</p> : null}
        </>
      ) : null}
    </fieldset>
  );
}
