import { api } from '../api-client.ts';
import { Link } from '../ui/Link.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { minutesToRelief } from './episode-form.ts';
import { BODY_AREA_LABELS, HELPED_LABELS, intensityWords, PLAN_LABELS, TRIGGER_LABELS } from './labels.ts';
import { formatMinutes, formatWhen } from './local-time.ts';
import type { Episode } from './types.ts';

/** One spasm in the list: when, how strong, and whatever details were added. */
export function EpisodeItem({ episode, onDeleted }: { episode: Episode; onDeleted: () => void }) {
  const when = formatWhen(episode.startedAt);
  const relief = minutesToRelief(episode);
  const remove = async () => {
    const r = await api.delete<null>(`/api/episodes/${episode.id}`);
    if (r.ok || r.status === 404) {
      onDeleted();
      return null;
    }
    return r.offline ? 'You seem to be offline. Try again when you are back online.' : r.problem.detail;
  };
  return (
    <li className="card diary-item">
      <h3>{when}</h3>
      <p>
        <strong>
          Intensity {episode.intensity} of 10 ({intensityWords(episode.intensity)})
        </strong>
        {relief !== null ? `, eased after ${formatMinutes(relief)}` : ''}
      </p>
      {episode.locations.length > 0 ? (
        <p>Where: {episode.locations.map((a) => BODY_AREA_LABELS[a]).join(', ')}</p>
      ) : null}
      {episode.triggers.length > 0 ? (
        <p>Set off by: {episode.triggers.map((t) => TRIGGER_LABELS[t]).join(', ')}</p>
      ) : null}
      {episode.reliefTried.length > 0 ? (
        <p>
          Tried:{' '}
          {episode.reliefTried
            .map((t) => `${PLAN_LABELS[t.method]} (helped ${HELPED_LABELS[t.helped] ?? 'not at all'})`)
            .join(', ')}
        </p>
      ) : null}
      {episode.notes ? <p className="muted diary-notes">{episode.notes}</p> : null}
      <div className="row">
        <Link className="btn btn-secondary" href={`/diary/episode/${episode.id}`}>
          Edit or add details<span className="visually-hidden"> for the spasm of {when}</span>
        </Link>
        <ConfirmDelete what={`the spasm of ${when}`} label="Delete" onDelete={remove} />
      </div>
    </li>
  );
}
