import { CALL_NOW_SIGNS, DISPOSITION_TEXT, PLAN_ITEMS } from '#knowledge';
import { CareRoute } from '../region/CareRoute.tsx';
import { Button } from '../ui/Button.tsx';
import { EmergencyActions } from '../ui/EmergencyActions.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { RedFlagList } from './RedFlagList.tsx';
import type { Escalation } from './types.ts';

export type SaveState = 'saving' | 'saved' | 'queued' | 'incomplete' | 'failed';

const SAVE_TEXT: Record<SaveState, string> = {
  saving: 'Saving your check-in…',
  saved: 'Your check-in is saved.',
  queued: 'You are offline: your check-in is kept on this phone and will be sent when you are back online.',
  incomplete: 'Your check-in is not finished yet; your answers are kept on this phone.',
  failed: 'Your check-in could not be saved; your answers are kept on this phone.',
};

/**
 * A check-in answer that needs help now: the emergency screen (call now, nothing competing) or
 * the same-day screen, each with the answers that led there.
 */
export function EscalationScreen({
  escalation,
  save,
  onBack,
  backLabel,
}: {
  escalation: Escalation;
  save: SaveState;
  onBack: () => void;
  backLabel: string;
}) {
  const emergency = escalation.disposition === 'emergency';
  const item = PLAN_ITEMS.find((p) => p.code === (emergency ? 'call_emergency' : 'urgent_same_day'));
  return (
    <Page title={DISPOSITION_TEXT[emergency ? 'emergency' : 'urgent'].title}>
      {emergency ? (
        <>
          <Notice tone="emergency" title="Get help now: do not wait to see if it settles" role="alert" />
          <EmergencyActions />
          <p>{item?.detail}</p>
        </>
      ) : (
        <Notice tone="urgent" title={DISPOSITION_TEXT.urgent.diaryTitle} role="alert">
          <p>{item?.detail}</p>
          <CareRoute disposition="urgent" />
          {item ? (
            <ol>
              {item.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : null}
        </Notice>
      )}
      <h2>Why</h2>
      <RedFlagList escalation={escalation} />
      <ul className="stack">
        {escalation.reasons.map((r) => (
          <li key={r.text}>{r.text}</li>
        ))}
      </ul>
      {!emergency ? <p>{CALL_NOW_SIGNS.sentence}</p> : null}
      <p className="muted" role="status">
        {SAVE_TEXT[save]}
      </p>
      <p>
        <Button variant="quiet" onClick={onBack}>
          {backLabel}
        </Button>
      </p>
    </Page>
  );
}
