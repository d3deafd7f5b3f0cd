import type { ReactNode, Ref } from 'react';

/** A success message: says "Done" in words and with a tick, as well as by colour. */
export function DoneMessage({
  title,
  children,
  messageRef,
}: {
  title: string;
  children?: ReactNode;
  messageRef?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="notice notice-self_care" role="status" ref={messageRef} tabIndex={-1}>
      <p className="notice-kind">
        <span aria-hidden="true">✓ </span>Done
      </p>
      <p className="notice-title">{title}</p>
      {children}
    </div>
  );
}
