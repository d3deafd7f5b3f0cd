import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';
import { ALL_EXERCISES } from './relief-knowledge.ts';

/** A friendly dead end: the check, and the exercises Unknot does have. */
export function ExerciseNotFound() {
  return (
    <Page title="Exercise not found">
      <p>We could not find that exercise. The link may be old or mistyped.</p>
      <p>
        <Link className="btn btn-primary" href="/check">
          Go to the check
        </Link>
      </p>
      <h2>Exercises in Unknot</h2>
      <ul className="stack">
        {ALL_EXERCISES.map((e) => (
          <li key={e.id}>
            <Link href={`/${e.id}`}>{e.title}</Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}
