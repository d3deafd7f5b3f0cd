import { useEffect, useRef, useState } from 'react';
import { Button } from '../ui/Button.tsx';

/** Delete in two steps: ask, then confirm. Reports a failure next to the buttons. */
export function ConfirmDelete({
  what,
  label,
  onDelete,
}: {
  /** e.g. "this spasm from Sat 21 Nov, 14:05" */
  what: string;
  /** Visible button text, e.g. "Delete". */
  label: string;
  /** Resolves to an error message, or null when deleted. */
  onDelete: () => Promise<string | null>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  // Focus follows the step: to the question when asked, back to the button when kept.
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (opened.current) opener.current?.focus();
    opened.current = asking;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className="btn btn-quiet" ref={opener} onClick={() => setAsking(true)}>
        {label}
        <span className="visually-hidden"> {what}</span>
      </button>
    );
  const confirm = async () => {
    setBusy(true);
    const problem = await onDelete();
    setBusy(false);
    setError(problem);
    if (!problem) setAsking(false);
  };
  return (
    <div className="confirm">
      <p ref={question} tabIndex={-1}>
        <strong>Delete {what}?</strong> This cannot be undone.
      </p>
      <p className="row">
        <Button variant="danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? 'Deleting…' : 'Yes, delete it'}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)} disabled={busy}>
          No, keep it
        </Button>
      </p>
      {error ? (
        <p className="error-text" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
