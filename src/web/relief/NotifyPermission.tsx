import { useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { askNotificationPermission, notificationPermission, type NotifyPermission as Permission } from './alert.ts';

/** Asks for notifications only when the person presses the button, and says what will happen either way. */
export function NotifyPermission() {
  const [permission, setPermission] = useState<Permission>(notificationPermission);
  const ask = async () => setPermission(await askNotificationPermission());
  switch (permission) {
    case 'default':
      return (
        <div>
          <Button variant="secondary" onClick={() => void ask()}>
            Tell me when it ends
          </Button>
          <p className="help">Your browser will ask whether Unknot may show a notification.</p>
        </div>
      );
    case 'granted':
      return (
        <p className="help">
          <span aria-hidden="true">✓ </span>You will get a notification when it ends, as well as a beep.
        </p>
      );
    case 'denied':
      return (
        <p className="help">
          Notifications are turned off for Unknot in your browser settings. The timer will still beep and vibrate when
          it ends.
        </p>
      );
    case 'unsupported':
      return <p className="help">This browser cannot show notifications: the timer beeps and vibrates when it ends.</p>;
  }
}
