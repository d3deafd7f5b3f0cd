// The spasm diary: /diary (spasm now, check-in, latest entries), /diary/spasm (the ≤ 3-tap log),
// /diary/episode/<id> (details, edit, delete), /diary/checkin[/<date>] (the daily check-in),
// /diary/peg (the weekly questions).
import { Link } from '../ui/Link.tsx';
import { Page } from '../ui/Page.tsx';
import { CheckinForm } from './CheckinForm.tsx';
import { DiaryHome } from './DiaryHome.tsx';
import { EpisodeEditor } from './EpisodeEditor.tsx';
import { localDate } from './local-time.ts';
import { PegForm } from './PegForm.tsx';
import { SignInPrompt } from './SignInPrompt.tsx';
import { SpasmNow } from './SpasmNow.tsx';
import { useSession } from './use-session.ts';

export function Diary({ path }: { path: string }) {
  const session = useSession();
  if (session.status === 'loading') return <p role="status">Loading…</p>;
  if (session.status === 'signed-out') return <SignInPrompt title="Spasm diary" offline={session.offline} />;

  const sub = path.replace(/^\/diary\/?/, '').replace(/\/$/, '');
  if (sub === '') return <DiaryHome session={session} />;
  if (sub === 'spasm') return <SpasmNow userId={session.userId} />;
  if (sub === 'peg') return <PegForm offline={session.offline} />;
  if (sub === 'checkin') {
    const today = localDate(new Date());
    return <CheckinForm key={today} date={today} userId={session.userId} offline={session.offline} />;
  }
  const checkin = /^checkin\/(\d{4}-\d{2}-\d{2})$/.exec(sub);
  if (checkin?.[1])
    return <CheckinForm key={checkin[1]} date={checkin[1]} userId={session.userId} offline={session.offline} />;
  const episode = /^episode\/([0-9a-fA-F-]{36})$/.exec(sub);
  if (episode?.[1] && !session.offline) return <EpisodeEditor key={episode[1]} id={episode[1]} />;
  return (
    <Page title={episode ? 'Not available offline' : 'Page not found'}>
      <p>{episode ? 'Details can be changed once you are back online.' : 'There is no diary page at this address.'}</p>
      <p>
        <Link href="/diary">Go to the diary</Link>
      </p>
    </Page>
  );
}
