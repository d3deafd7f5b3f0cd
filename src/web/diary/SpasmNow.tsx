import { useState } from 'react';
import { CALL_NOW_SIGNS } from '#knowledge';
import { api } from '../api-client.ts';
import { enqueueEpisode, newId } from '../storage/diary-outbox.ts';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { DiaryNotice } from './DiaryNotice.tsx';
import { quickEpisodeBody } from './episode-form.ts';
import { intensityWords } from './labels.ts';
import { browserTimeZone, formatWhen } from './local-time.ts';
import { ScoreScale } from './ScoreScale.tsx';
import type { SavedEpisode } from './types.ts';

type Outcome =
  | { kind: 'saved'; episode: SavedEpisode }
  | { kind: 'queued'; intensity: number; startedAt: string }
  | { kind: 'failed'; message: string };

/** "Spasm now": tap 1 opened this screen, tap 2 chooses the intensity, tap 3 saves. */
export function SpasmNow({ userId }: { userId: string }) {
  const [intensity, setIntensity] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const save = async () => {
    if (intensity === null) {
      setMissing(true);
      return;
    }
    setSaving(true);
    const now = new Date();
    const body = quickEpisodeBody(intensity, now, browserTimeZone());
    const key = newId();
    const r = await api.create<SavedEpisode>('/api/episodes', body, key);
    setSaving(false);
    if (r.ok) setOutcome({ kind: 'saved', episode: r.data });
    else if (r.offline) {
      enqueueEpisode(userId, body, now, key);
      setOutcome({ kind: 'queued', intensity, startedAt: body.startedAt });
    } else setOutcome({ kind: 'failed', message: `${r.problem.title}. ${r.problem.detail}` });
  };

  if (outcome && outcome.kind !== 'failed') {
    const saved = outcome.kind === 'saved' ? outcome.episode : null;
    const level = saved ? saved.intensity : outcome.kind === 'queued' ? outcome.intensity : 0;
    const at = saved ? saved.startedAt : outcome.kind === 'queued' ? outcome.startedAt : '';
    return (
      <Page title="Spasm logged">
        {saved?.notices.map((text) => (
          <DiaryNotice key={text} text={text}>
            <p>
              <Link href="/diary/checkin">Answer the warning-sign questions now</Link>
            </p>
          </DiaryNotice>
        ))}
        <Notice tone="info" title={`Saved: intensity ${level} of 10 (${intensityWords(level)})`} role="status">
          <p>
            {formatWhen(at)}.{' '}
            {saved
              ? 'It is in your diary.'
              : 'You are offline, so it is kept on this phone and will be sent when you are back online.'}
          </p>
        </Notice>
        <div className="stack">
          {saved ? (
            <p>
              <Link className="btn btn-primary btn-big btn-block" href={`/diary/episode/${saved.id}`}>
                Add details (optional)
              </Link>
            </p>
          ) : null}
          <p className="help">
            Where it hurts, what set it off, what you tried and when it eased. You can do it later.
          </p>
          <p className="row">
            <Link className="btn btn-secondary" href="/relief/heat">
              Start a heat timer
            </Link>
            <Link className="btn btn-quiet" href="/diary">
              Back to the diary
            </Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title="Spasm now" lead="How strong is it right now? Tap a number, then Save.">
      <ScoreScale
        legend="How strong is the spasm?"
        value={intensity}
        onChange={(n) => {
          setIntensity(n);
          setMissing(false);
        }}
        error={missing ? 'Tap a number from 0 to 10 first.' : undefined}
      />
      {outcome?.kind === 'failed' ? (
        <p className="error-text" role="alert">
          Not saved: {outcome.message}
        </p>
      ) : null}
      <Button big onClick={() => void save()} disabled={saving} aria-describedby="spasm-when">
        {saving ? 'Saving…' : 'Save'}
      </Button>
      <p className="help" id="spasm-when">
        Saved with the time now. You can add details or change the time afterwards.
      </p>
      <p className="muted">{CALL_NOW_SIGNS.sentence}</p>
    </Page>
  );
}
