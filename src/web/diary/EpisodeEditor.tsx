import { useEffect, useId, useState } from 'react';
import { api } from '../api-client.ts';
import { navigate } from '../router.ts';
import { loadEpisodeDraft, saveEpisodeDraft } from '../storage/diary-drafts.ts';
import { Button } from '../ui/Button.tsx';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';
import { BodyAreaPicker } from './BodyAreaPicker.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { DiaryNotice } from './DiaryNotice.tsx';
import { EndTimeFields } from './EndTimeFields.tsx';
import { type EpisodeForm, episodeBody, type FieldError, formFromEpisode, NOTES_MAX } from './episode-form.ts';
import { formatWhen } from './local-time.ts';
import { ReliefPicker } from './ReliefPicker.tsx';
import { ScoreScale } from './ScoreScale.tsx';
import { TriggerPicker } from './TriggerPicker.tsx';
import type { Episode, SavedEpisode } from './types.ts';

type Loaded = { episode: Episode; form: EpisodeForm; restored: boolean };

/** /diary/episode/<id>: add details to a spasm, change it, or delete it. */
export function EpisodeEditor({ id }: { id: string }) {
  const [state, setState] = useState<Loaded | { error: string } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<SavedEpisode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldId = useId();

  useEffect(() => {
    let live = true;
    void api.get<Episode>(`/api/episodes/${encodeURIComponent(id)}`).then((r) => {
      if (!live) return;
      if (!r.ok)
        setState({
          error: r.status === 404 || r.status === 400 ? 'This spasm is not in your diary.' : r.problem.detail,
        });
      else {
        const draft = loadEpisodeDraft(r.data.id, r.data.updatedAt);
        setState({ episode: r.data, form: draft ?? formFromEpisode(r.data), restored: draft !== null });
      }
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (state === null) return <p role="status">Loading…</p>;
  if ('error' in state)
    return (
      <Page title="Spasm not found">
        <p>{state.error}</p>
        <p>
          <Link href="/diary">Back to the diary</Link>
        </p>
      </Page>
    );

  const { episode, form } = state;
  const update = (patch: Partial<EpisodeForm>) => {
    const next = { ...form, ...patch };
    setState({ ...state, form: next });
    saveEpisodeDraft({ episodeId: episode.id, updatedAt: episode.updatedAt, form: next });
  };
  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field)?.message;

  const save = async () => {
    const built = episodeBody(form);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors([]);
    setSaving(true);
    const r = await api.put<SavedEpisode>(`/api/episodes/${episode.id}`, built.body);
    setSaving(false);
    if (!r.ok) {
      setProblem(
        r.offline
          ? 'You seem to be offline. Your changes are kept here; try again when you are back online.'
          : `${r.problem.title}. ${r.problem.detail}`,
      );
      return;
    }
    setProblem(null);
    saveEpisodeDraft(null);
    setSaved(r.data);
    setState({ episode: r.data, form: formFromEpisode(r.data), restored: false });
  };

  const remove = async () => {
    const r = await api.delete<null>(`/api/episodes/${episode.id}`);
    if (!r.ok && r.status !== 404)
      return r.offline ? 'You seem to be offline. Try again when you are back online.' : r.problem.detail;
    saveEpisodeDraft(null);
    navigate('/diary');
    return null;
  };

  if (saved)
    return (
      <Page title="Details saved">
        {saved.notices.map((text) => (
          <DiaryNotice key={text} text={text}>
            <p>
              <Link href="/diary/checkin">Answer the warning-sign questions now</Link>
            </p>
          </DiaryNotice>
        ))}
        <Notice tone="info" title={`Spasm of ${formatWhen(saved.startedAt)} saved`} role="status" />
        <p className="row">
          <Link className="btn btn-primary" href="/diary">
            Back to the diary
          </Link>
          <Button variant="quiet" onClick={() => setSaved(null)}>
            Change more details
          </Button>
        </p>
      </Page>
    );

  return (
    <Page title="Spasm details" lead={`Started ${formatWhen(episode.startedAt)}. Every detail is optional.`}>
      {state.restored ? (
        <Notice tone="info" title="Your unsaved changes are back">
          <p className="row">
            <Button
              variant="quiet"
              onClick={() => {
                saveEpisodeDraft(null);
                setState({ episode, form: formFromEpisode(episode), restored: false });
              }}
            >
              Discard them
            </Button>
          </p>
        </Notice>
      ) : null}
      {errors.length > 0 ? (
        <div className="notice notice-urgent" role="alert">
          <p className="notice-title">Please check {errors.length === 1 ? 'one thing' : `${errors.length} things`}</p>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${fieldId}-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form
        className="diary-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <BodyAreaPicker value={form.locations} onChange={(locations) => update({ locations })} />
        <TriggerPicker value={form.triggers} onChange={(triggers) => update({ triggers })} />
        <ReliefPicker value={form.reliefTried} onChange={(reliefTried) => update({ reliefTried })} />
        <EndTimeFields idPrefix={fieldId} form={form} update={update} errorFor={errorFor} />
        <label className="field" htmlFor={`${fieldId}-notes`}>
          Notes
        </label>
        <textarea
          id={`${fieldId}-notes`}
          rows={4}
          maxLength={NOTES_MAX}
          value={form.notes}
          aria-describedby={`${fieldId}-notes-count`}
          aria-invalid={errorFor('notes') ? true : undefined}
          onChange={(e) => update({ notes: e.target.value })}
        />
        <p className="help" id={`${fieldId}-notes-count`}>
          {form.notes.length} of {NOTES_MAX} characters
        </p>
        {errorFor('notes') ? <p className="error-text">{errorFor('notes')}</p> : null}
        <h2>Time and strength</h2>
        <label className="field" htmlFor={`${fieldId}-startedAt`}>
          When did it start?
        </label>
        <input
          id={`${fieldId}-startedAt`}
          type="datetime-local"
          value={form.startedAt}
          aria-invalid={errorFor('startedAt') ? true : undefined}
          onChange={(e) => update({ startedAt: e.target.value })}
        />
        {errorFor('startedAt') ? <p className="error-text">{errorFor('startedAt')}</p> : null}
        <div id={`${fieldId}-intensity`}>
          <ScoreScale
            legend="How strong was it at its worst?"
            value={form.intensity}
            onChange={(intensity) => update({ intensity })}
            error={errorFor('intensity')}
          />
        </div>
        {problem ? (
          <p className="error-text" role="alert">
            {problem}
          </p>
        ) : null}
        <p>
          <Button big type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save details'}
          </Button>
        </p>
      </form>
      <h2>Delete</h2>
      <ConfirmDelete
        what={`this spasm from ${formatWhen(episode.startedAt)}`}
        label="Delete this spasm"
        onDelete={remove}
      />
      <p>
        <Link href="/diary">Back to the diary</Link>
      </p>
    </Page>
  );
}
