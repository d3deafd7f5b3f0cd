import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';

/** The diary and trends are kept in an account; the check itself never needs one. */
export function SignInPrompt({ title, offline }: { title: string; offline: boolean }) {
  return (
    <Page title={title}>
      {offline ? (
        <p>
          You seem to be offline. Your diary is kept in your account, so sign in once you are back online. The check
          still works without a connection.
        </p>
      ) : (
        <p>
          Your diary and trends are kept in a free account, so you can see them on any device and share them with your
          doctor. Sign in, or create an account in a minute.
        </p>
      )}
      <p className="row">
        <Link className="btn btn-primary" href="/account">
          Sign in
        </Link>
        <Link className="btn btn-secondary" href="/account">
          Create an account
        </Link>
      </p>
      <p className="muted">
        You do not need an account to check your back: <Link href="/check">check my back now</Link>.
      </p>
    </Page>
  );
}
