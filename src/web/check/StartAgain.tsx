import { useState } from 'react';
import { Button } from '../ui/Button.tsx';

/** "Start again", with one confirming step so a stray tap never wipes the answers. */
export function StartAgain({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <p>
        <Button variant="quiet" onClick={() => setAsking(true)}>
          Start again
        </Button>
      </p>
    );
  return (
    <div className="card check-confirm">
      <p>Clear all your answers and start the check again?</p>
      <div className="row">
        <Button variant="primary" onClick={onConfirm}>
          Yes, start again
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          No, keep my answers
        </Button>
      </div>
    </div>
  );
}
