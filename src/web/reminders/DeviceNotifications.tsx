import { useCallback, useEffect, useRef, useState } from 'react';
import type { PushSubscriptionInput } from '#contract';
import { BusyLabel } from '../account/BusyLabel.tsx';
import { api } from '../api-client.ts';
import { Button } from '../ui/Button.tsx';
import {
  browserTraits,
  currentSubscription,
  pushSupport,
  type TurnOnOutcome,
  turnOffPush,
  turnOnPush,
} from './push.ts';
import { reminderProblemText } from './reminder-form.ts';

type DeviceState =
  | { kind: 'checking' }
  | { kind: 'unsupported' | 'ios-home-screen' | 'denied' | 'off' }
  | { kind: 'on'; subscription: PushSubscription };

function readDevice(): Promise<DeviceState> {
  const support = pushSupport(browserTraits());
  if (support !== 'supported') return Promise.resolve({ kind: support });
  if (Notification.permission === 'denied') return Promise.resolve({ kind: 'denied' });
  return currentSubscription()
    .then(
      (subscription): DeviceState =>
        subscription && Notification.permission === 'granted' ? { kind: 'on', subscription } : { kind: 'off' },
    )
    .catch((): DeviceState => ({ kind: 'off' }));
}

const FAILED: Record<Exclude<TurnOnOutcome, { ok: true }>['reason'], string> = {
  denied: '',
  dismissed: 'Notifications were not allowed. Press the button again whenever you are ready.',
  'no-worker': 'Unknot is still getting ready on this device. Wait a few seconds, then try again.',
  'push-service':
    'This browser could not reach its notification service, so reminders cannot be turned on here just now. Check your connection and try again later.',
  server: '',
};

/** Whether this phone or computer shows reminders, and the button that turns that on or off. */
export function DeviceNotifications({ onChange }: { onChange: (on: boolean | null) => void }) {
  const [device, setDevice] = useState<DeviceState>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const show = useCallback((next: DeviceState) => {
    setDevice(next);
    onChangeRef.current(next.kind === 'checking' ? null : next.kind === 'on');
  }, []);

  useEffect(() => {
    let live = true;
    void readDevice().then((state) => {
      if (!live) return;
      show(state);
      // Tell the server again on each visit, so it has this device even if it forgot it.
      if (state.kind === 'on')
        void api.post('/api/push/subscription', state.subscription.toJSON() as PushSubscriptionInput);
    });
    return () => {
      live = false;
    };
  }, [show]);

  const act = async (work: () => Promise<string | null>) => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    try {
      const text = await work();
      setMessage(text);
      if (text) requestAnimationFrame(() => messageRef.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  const turnOn = () =>
    act(async () => {
      const outcome = await turnOnPush().catch((): TurnOnOutcome => ({ ok: false, reason: 'push-service' }));
      show(await readDevice());
      if (outcome.ok) return 'Done: notifications are on for this device.';
      if (outcome.reason === 'server') return reminderProblemText(outcome, 'turning on notifications');
      return FAILED[outcome.reason] || null;
    });

  const turnOff = (subscription: PushSubscription) =>
    act(async () => {
      const outcome = await turnOffPush(subscription);
      show(await readDevice());
      return outcome.ok ? 'Reminders will no longer appear on this device.' : reminderProblemText(outcome, 'that');
    });

  return (
    <section className="card reminder-device" aria-labelledby="device-title">
      <h2 id="device-title">Notifications on this device</h2>
      {device.kind === 'checking' ? (
        <p className="muted" role="status">
          Checking this device…
        </p>
      ) : null}
      {device.kind === 'on' ? (
        <>
          <p className="reminder-device-on">
            <span aria-hidden="true">✓ </span>Reminders appear on this device.
          </p>
          <Button variant="secondary" className="account-action" onClick={() => void turnOff(device.subscription)}>
            <BusyLabel busy={busy} idle="Stop notifications on this device" working="Stopping…" />
          </Button>
        </>
      ) : null}
      {device.kind === 'off' ? (
        <>
          <p>Reminders arrive as notifications. Allow them on each phone or computer where you want to see them.</p>
          <Button className="account-action" aria-disabled={busy || undefined} onClick={() => void turnOn()}>
            <BusyLabel busy={busy} idle="Allow notifications on this device" working="Asking…" />
          </Button>
        </>
      ) : null}
      {device.kind === 'denied' ? (
        <p>
          Notifications from Unknot are blocked in this browser. To get reminders here, allow notifications for this
          site in the browser’s settings, then reload this page. Reminders still reach your other devices where they are
          on.
        </p>
      ) : null}
      {device.kind === 'ios-home-screen' ? (
        <p>
          On an iPhone or iPad, reminders work once Unknot is on your Home Screen: tap the Share button, choose “Add to
          Home Screen”, then open Unknot from there and come back to this page.
        </p>
      ) : null}
      {device.kind === 'unsupported' ? (
        <p>
          This browser cannot show notifications from a web app, so reminders will not appear here. They still arrive on
          your other devices where notifications are on.
        </p>
      ) : null}
      {message ? (
        <p className="reminder-device-message" role="status" tabIndex={-1} ref={messageRef}>
          {message}
        </p>
      ) : null}
    </section>
  );
}
