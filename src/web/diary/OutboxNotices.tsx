import { DISPOSITION_TEXT } from '#knowledge';
import type { OutboxItem } from '../storage/diary-outbox.ts';
import { EmergencyActions } from '../ui/EmergencyActions.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { interrupts } from './checkin-form.ts';
import { DiaryNotice } from './DiaryNotice.tsx';
import { formatDay, formatWhen } from './local-time.ts';
import type { FlushResult } from './outbox-sync.ts';

/** What is waiting on this phone, and what the server said about entries just sent. */
export function OutboxNotices({ items, last }: { items: OutboxItem[]; last: FlushResult | null }) {
  const urgent = last?.escalations.find(interrupts);
  const doctor = last?.escalations.find((e) => e.disposition === 'see_doctor');
  return (
    <>
      {urgent ? (
        <Notice
          tone={urgent.disposition === 'emergency' ? 'emergency' : 'urgent'}
          title={DISPOSITION_TEXT[urgent.disposition === 'emergency' ? 'emergency' : 'urgent'].title}
          role="alert"
        >
          <ul>
            {urgent.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
          {urgent.disposition === 'emergency' ? <EmergencyActions /> : null}
        </Notice>
      ) : doctor ? (
        <Notice tone="see_doctor" title={DISPOSITION_TEXT.see_doctor.diaryTitle} role="status">
          <ul>
            {doctor.reasons.map((r) => (
              <li key={r.text}>{r.text}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {last?.notices.map((text) => (
        <DiaryNotice key={text} text={text}>
          <p>
            <Link href="/diary/checkin">Answer the warning-sign questions now</Link>
          </p>
        </DiaryNotice>
      ))}
      {last && last.sent > 0 ? (
        <Notice
          tone="info"
          title={`${last.sent} ${last.sent === 1 ? 'entry' : 'entries'} from this phone now saved`}
          role="status"
        />
      ) : null}
      {last && last.dropped > 0 ? (
        <Notice
          tone="info"
          title={`${last.dropped} saved ${last.dropped === 1 ? 'entry was' : 'entries were'} not accepted and removed`}
        />
      ) : null}
      {items.length > 0 ? (
        <Notice tone="info" title="Waiting to be sent">
          <ul>
            {items.map((item) => (
              <li key={item.localId}>
                {item.kind === 'episode'
                  ? `Spasm of ${formatWhen(item.body.startedAt)}, intensity ${item.body.intensity} of 10`
                  : `Check-in for ${formatDay(item.body.date)}`}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  );
}
