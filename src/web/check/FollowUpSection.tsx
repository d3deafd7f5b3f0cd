import type { FollowUp } from '#engine';
import { REGIONS } from '#knowledge';
import { useRegion } from '../region/use-region.ts';
import { SourceList } from './SourceList.tsx';

function dayAfter(iso: string, days: number): string {
  const d = new Date(iso);
  d.setDate(d.getDate() + days);
  return d.toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
}

function reviewText(followUp: FollowUp, completedAt: string): string {
  const days = followUp.reviewInDays;
  if (days === 0) return 'Today, once you have got the help described above.';
  if (days === 1) return `Tomorrow (${dayAfter(completedAt, 1)}): do the check again or a check-in in your diary.`;
  return `In ${days} days (around ${dayAfter(completedAt, days)}): do the check again or a check-in in your diary.`;
}

/** When to check again, when to see a doctor, and what should bring the person back sooner. */
export function FollowUpSection({
  followUp,
  onsetDaysAgo,
  completedAt,
}: {
  followUp: FollowUp;
  onsetDaysAgo: number;
  completedAt: string;
}) {
  const region = useRegion();
  const who = (region ?? REGIONS.find((r) => r.id === 'other'))?.doctor;
  const byDay = followUp.seeDoctorIfNotBetterByDay;
  const daysLeft = byDay === null ? 0 : byDay - onsetDaysAgo;
  return (
    <>
      <p>{reviewText(followUp, completedAt)}</p>
      {byDay === null ? null : daysLeft > 0 ? (
        <p>
          If it has not started to get better by day {byDay} of this episode (in about {daysLeft}{' '}
          {daysLeft === 1 ? 'day' : 'days'}), see {who}.
        </p>
      ) : (
        <p>
          This episode has lasted {onsetDaysAgo} days: if it is not getting better, see {who}.
        </p>
      )}
      {followUp.notes.length > 0 ? (
        <>
          <h3>What should bring you back sooner</h3>
          <ul>
            {followUp.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      ) : null}
      <SourceList ids={followUp.sources} about="when to check again" />
    </>
  );
}
