// The behaviour the account forms share: check the fields, send once (a second press while
// sending does nothing), show problems next to the form, and move focus to the first problem so
// keyboard and screen-reader users land on it.
import { useEffect, useRef, useState } from 'react';
import type { FormProblemInfo } from './problem-text.ts';

export type FieldErrors<F extends string> = { [K in F]?: string | undefined };
export type SendOutcome = { ok: true } | { ok: false; problem: FormProblemInfo };

export function useAccountForm<F extends string>(order: readonly F[]) {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [problem, setProblem] = useState<FormProblemInfo | null>(null);
  const [sending, setSending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const busy = useRef(false);
  const focusTarget = useRef<F | 'problem' | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const problemRef = useRef<HTMLDivElement>(null);

  // Focus after React has rendered the messages, so they are read out with the field.
  useEffect(() => {
    if (focusRequest === 0) return;
    const target = focusTarget.current;
    if (target === 'problem') problemRef.current?.focus();
    else if (target !== null) inputs.current.get(target)?.focus();
  }, [focusRequest]);

  /** A ref for the input of one field (so a problem with it can take focus). */
  const inputRef = (name: F) => (element: HTMLInputElement | null) => {
    if (element) inputs.current.set(name, element);
    else inputs.current.delete(name);
  };

  const focus = (target: F | 'problem') => {
    focusTarget.current = target;
    setFocusRequest((n) => n + 1);
  };

  /** Runs validate(); when it finds nothing, send(). Resolves true when send() succeeded. */
  const submit = async (validate: () => FieldErrors<F>, send: () => Promise<SendOutcome>): Promise<boolean> => {
    if (busy.current) return false;
    const found = validate();
    setProblem(null);
    const firstInvalid = order.find((name) => found[name] !== undefined);
    if (firstInvalid !== undefined) {
      setErrors(found);
      focus(firstInvalid);
      return false;
    }
    setErrors({});
    busy.current = true;
    setSending(true);
    try {
      const outcome = await send();
      if (outcome.ok) return true;
      const field = order.find((name) => name === outcome.problem.field);
      if (field !== undefined) {
        const fieldErrors: FieldErrors<F> = {};
        fieldErrors[field] = outcome.problem.message;
        setErrors(fieldErrors);
        focus(field);
      } else {
        setProblem(outcome.problem);
        focus('problem');
      }
      return false;
    } finally {
      busy.current = false;
      setSending(false);
    }
  };

  /** Forgets shown problems (e.g. after a success, or when the form is closed). */
  const reset = () => {
    setErrors({});
    setProblem(null);
  };

  return { errors, problem, sending, submit, inputRef, problemRef, reset };
}
