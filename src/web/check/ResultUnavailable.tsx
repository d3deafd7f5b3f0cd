import { CALL_NOW_SIGNS } from '#knowledge';
import { Button } from '../ui/Button.tsx';
import { Page } from '../ui/Page.tsx';

/** Shown when the result could not be loaded; the answers are kept, so a reload finishes the job. */
export function ResultUnavailable() {
  return (
    <Page title="Your result could not be loaded">
      <p>Your answers are kept on this phone. Check your connection, then try again.</p>
      <p>
        <Button onClick={() => location.reload()}>Try again</Button>
      </p>
      <p>{CALL_NOW_SIGNS.sentence}</p>
    </Page>
  );
}
