/**
 * A button label that changes while sending ("Sign in" → "Signing in…") without the button
 * changing size: both labels share one grid cell and the unused one is hidden (and so not read).
 */
export function BusyLabel({ busy, idle, working }: { busy: boolean; idle: string; working: string }) {
  return (
    <span className="account-busy-label">
      <span className={busy ? 'account-label-off' : undefined}>{idle}</span>
      <span className={busy ? undefined : 'account-label-off'}>{working}</span>
    </span>
  );
}
