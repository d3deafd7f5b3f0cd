import { api } from '../api-client.ts';
import { Link } from '../ui/Link.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { intensityWords } from './labels.ts';
import { formatDay } from './local-time.ts';
import type { Checkin } from './types.ts';

/** One day's check-in in the list. */
export function CheckinItem({ checkin, onDeleted }: { checkin: Checkin; onDeleted: () => void }) {
  const day = formatDay(checkin.date);
  const signs = checkin.findings.length + checkin.unsure.length;
  const remove = async () => {
    const r = await api.delete<null>(`/api/checkins/${checkin.date}`);
    if (r.ok || r.status === 404) {
      onDeleted();
      return null;
    }
    return r.offline ? 'You seem to be offline. Try again when you are back online.' : r.problem.detail;
  };
  return (
    <li className="card diary-item">
      <h3>{day}</h3>
      <p>
        <strong>
          Pain {checkin.painAverage} of 10 ({intensityWords(checkin.painAverage)})
        </strong>
        , {checkin.gettingBetter ? 'getting better' : 'not getting better'}
      </p>
      <p>
        Got in the way of activities {checkin.interferenceActivity} of 10, of sleep {checkin.interferenceSleep} of 10
      </p>
      {signs > 0 ? (
        <p>
          <strong>
            Warning signs: {checkin.findings.length} yes, {checkin.unsure.length} not sure
          </strong>
        </p>
      ) : null}
      <div className="row">
        <Link className="btn btn-secondary" href={`/diary/checkin/${checkin.date}`}>
          Change<span className="visually-hidden"> the check-in of {day}</span>
        </Link>
        <ConfirmDelete what={`the check-in of ${day}`} label="Delete" onDelete={remove} />
      </div>
    </li>
  );
}
