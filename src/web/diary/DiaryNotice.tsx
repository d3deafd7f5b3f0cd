import type { ReactNode } from 'react';

/**
 * A reminder the server sends with a diary entry (e.g. the saddle-area warning). Drawn like an
 * urgent notice, but labelled "Important" rather than a time window, since what to do depends on
 * the other signs it names.
 */
export function DiaryNotice({ text, children }: { text: string; children?: ReactNode }) {
  return (
    <div className="notice notice-urgent" role="alert">
      <p className="notice-kind">
        <span aria-hidden="true">! </span>Important
      </p>
      <p className="notice-title">{text}</p>
      {children}
    </div>
  );
}
