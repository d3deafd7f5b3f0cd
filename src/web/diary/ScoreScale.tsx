import { useId } from 'react';
import { intensityWords } from './labels.ts';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * A 0–10 scale as big number buttons (one tap each). The choice is announced and written out in
 * words, so neither colour nor the pressed look is the only signal.
 */
export function ScoreScale({
  legend,
  value,
  onChange,
  low = 'no pain',
  high = 'worst imaginable',
  words = intensityWords,
  error,
}: {
  legend: string;
  value: number | null;
  onChange: (n: number) => void;
  low?: string;
  high?: string;
  words?: (n: number) => string;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <fieldset className="score-scale" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{legend}</legend>
      <p className="help" id={`${id}-hint`}>
        0 = {low}, 10 = {high}
      </p>
      {error ? (
        <p className="error-text" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="scale">
        {SCORES.map((n) => (
          <button
            key={n}
            type="button"
            className="btn btn-quiet score-button"
            aria-pressed={value === n}
            onClick={() => onChange(n)}
          >
            {n}
          </button>
        ))}
      </div>
      <p className="score-choice" aria-live="polite">
        {value === null ? 'Nothing chosen yet.' : `You chose ${value}: ${words(value)}.`}
      </p>
    </fieldset>
  );
}
