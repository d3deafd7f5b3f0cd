import { Fragment } from 'react';

/**
 * An email address that wraps only where a reader expects: before the "@" and before each dot,
 * never in the middle of a name (unless one part alone is wider than the screen).
 */
export function EmailText({ email }: { email: string }) {
  const parts = email.split(/(?=[@.])/);
  return (
    <span className="email-text">
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one address never reorder
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
