import type { LatestEscalation } from '../diary/latest-escalation.ts';
import { formatDay } from '../diary/local-time.ts';
import { EmergencyActions } from '../ui/EmergencyActions.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { bannerTitle } from './banner-title.ts';

/** What the latest check-in means, when it asks for more than self-care, with the reasons. */
export function TrendsBanner({ latest }: { latest: LatestEscalation }) {
  const { escalation, checkin } = latest;
  if (escalation.disposition === 'self_care') return null;
  const newFlags = escalation.redFlags.filter((f) => escalation.newRedFlags.includes(f.code));
  return (
    <>
      <Notice
        tone={escalation.disposition}
        title={bannerTitle(escalation)}
        role={escalation.disposition === 'see_doctor' ? 'status' : 'alert'}
      >
        <p>From your check-in of {formatDay(checkin.date)}:</p>
        <ul>
          {newFlags.map((f) => (
            <li key={f.code}>
              <strong>New warning sign: {f.title}.</strong>
            </li>
          ))}
          {escalation.reasons.map((r) => (
            <li key={r.text}>{r.text}</li>
          ))}
        </ul>
        {escalation.disposition === 'see_doctor' && latest.startFrom === 'first-checkin' && latest.episodeStart ? (
          <p className="help">
            Counting from your first check-in in this run, on {formatDay(latest.episodeStart)}. Do the check again to
            date the start of this episode exactly.
          </p>
        ) : null}
        <p>
          <Link href="/diary/checkin">Update today's check-in</Link>
        </p>
      </Notice>
      {escalation.disposition === 'emergency' ? <EmergencyActions /> : null}
    </>
  );
}
