import { type ReactNode, useState } from 'react';

/**
 * A folded part of the result: its heading is the summary, the content shows when opened. A
 * `lazy` fold renders its content only once first opened (for content that loads on demand).
 */
export function Fold({
  id,
  title,
  children,
  open = false,
  lazy = false,
}: {
  id: string;
  title: string;
  children: ReactNode;
  open?: boolean;
  lazy?: boolean;
}) {
  const [opened, setOpened] = useState(open);
  return (
    <details className="fold" id={id} open={open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        <h2>{title}</h2>
      </summary>
      <div className="fold-body">{lazy && !opened ? null : children}</div>
    </details>
  );
}
