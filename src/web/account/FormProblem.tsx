import type { ReactNode, Ref } from 'react';

/**
 * A problem from the server, shown next to the form it belongs to. It takes focus when it
 * appears (use-account-form), so it is read out at once and the next step is one Tab away.
 */
export function FormProblem({
  message,
  problemRef,
  children,
}: {
  message: string;
  problemRef: Ref<HTMLDivElement>;
  children?: ReactNode;
}) {
  return (
    <div className="notice account-problem" ref={problemRef} tabIndex={-1}>
      <p className="notice-kind">
        <span aria-hidden="true">⚠ </span>Problem
      </p>
      <p className="account-problem-text">{message}</p>
      {children}
    </div>
  );
}
