import { Button } from '../ui/Button.tsx';

/**
 * The steps one at a time (Previous / Next), or all together. At either end the button stays
 * focusable but does nothing (aria-disabled), so keyboard focus is never lost.
 */
export function StepByStep({
  steps,
  step,
  showAll,
  onStep,
  onShowAll,
}: {
  steps: readonly string[];
  step: number;
  showAll: boolean;
  onStep: (step: number) => void;
  onShowAll: (showAll: boolean) => void;
}) {
  const first = step <= 0;
  const last = step >= steps.length - 1;
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">Step by step</h2>
      {showAll ? (
        <ol className="stack relief-steps">
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      ) : (
        <>
          <div aria-live="polite">
            <p className="progress">
              Step {step + 1} of {steps.length}
            </p>
            <p className="relief-step">{steps[step]}</p>
          </div>
          <div className="row">
            <Button variant="secondary" aria-disabled={first} onClick={() => !first && onStep(step - 1)}>
              <span aria-hidden="true">← </span>Previous
            </Button>
            <Button aria-disabled={last} onClick={() => !last && onStep(step + 1)}>
              Next<span aria-hidden="true"> →</span>
            </Button>
          </div>
        </>
      )}
      <Button variant="quiet" onClick={() => onShowAll(!showAll)}>
        {showAll ? 'Show one step at a time' : 'Show all steps'}
      </Button>
    </section>
  );
}
