import type { PlanEntry } from '#engine';
import { Link } from '../ui/Link.tsx';
import { startLink } from './next-hour.ts';

/** "In the next hour": at most three plan items, each with its timer or exercise one tap away. */
export function NextHour({ items }: { items: readonly PlanEntry[] }) {
  if (items.length === 0) return null;
  return (
    <section className="next-hour" aria-labelledby="next-hour-title">
      <h2 id="next-hour-title">In the next hour</h2>
      <ol className="next-hour-list">
        {items.map((entry) => {
          const start = startLink(entry);
          return (
            <li key={entry.code} className="next-hour-item">
              <span className="next-hour-title">{entry.title}</span>
              {start ? (
                <Link className="btn btn-primary btn-small" href={start.href}>
                  {start.label}
                  <span className="visually-hidden">: {entry.title}</span>
                </Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
