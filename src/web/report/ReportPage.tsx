// "Report for my doctor": the PDF summary, the FHIR Bundle, the CSV files, and the full backup
// with its import. Downloads are plain links to the export routes (the browser keeps the
// session cookie); the import reads the chosen file and sends it through the API client.
import { type FormEvent, useId, useState } from 'react';
import type { ImportResult } from '#contract';
import { TextField } from '../account/TextField.tsx';
import { api, type Problem } from '../api-client.ts';
import { SignInPrompt } from '../diary/SignInPrompt.tsx';
import { useSession } from '../diary/use-session.ts';
import { Link } from '../ui/Link.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Page } from '../ui/Page.tsx';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; counts: ImportResult['imported'] }
  | { kind: 'failed'; problem: Pick<Problem, 'title' | 'detail' | 'errors'> };

const TITLE = 'Report for my doctor';

/** The report's address, with the name to print when the person adds one. */
export const reportHref = (name: string): string =>
  name.trim() ? `/api/export/report.pdf?name=${encodeURIComponent(name.trim())}` : '/api/export/report.pdf';

export function ReportPage() {
  const session = useSession();
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const fileId = useId();

  if (session.status === 'signed-out') return <SignInPrompt title={TITLE} offline={session.offline} />;

  const onImport = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setState({
        kind: 'failed',
        problem: { title: 'Choose a file first', detail: 'Pick the backup file you saved.' },
      });
      return;
    }
    setState({ kind: 'sending' });
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setState({
        kind: 'failed',
        problem: { title: 'This is not a backup', detail: 'The file is not JSON, so it is not an Unknot backup.' },
      });
      return;
    }
    const result = await api.post<ImportResult>('/api/import/backup', body);
    setState(result.ok ? { kind: 'done', counts: result.data.imported } : { kind: 'failed', problem: result.problem });
  };

  return (
    <Page
      title={TITLE}
      lead="Take your diary to an appointment, or keep a copy. Everything here is only your own data."
    >
      <div className="stack">
        <section className="card" aria-labelledby="pdf-title">
          <h2 id="pdf-title">A one-to-two page summary</h2>
          <p>
            Your age, your latest check with any warning signs, how this episode has gone, a pain chart for the last
            year, what helped, and the knowledge version behind the advice.
          </p>
          <TextField
            id="report-name"
            type="text"
            label="Name to print on it (optional)"
            hint="Left empty, the report has no name on it."
            autoComplete="name"
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <p className="row">
            <a className="btn btn-primary" href={reportHref(name)} download>
              Download the PDF report
            </a>
          </p>
        </section>

        <section className="card" aria-labelledby="data-title">
          <h2 id="data-title">For a clinic’s computer or a spreadsheet</h2>
          <ul>
            <li>
              <a href="/api/export/fhir" download>
                FHIR R4 bundle (JSON)
              </a>
              : for health record systems
            </li>
            <li>
              <a href="/api/export/episodes.csv" download>
                Spasm episodes (CSV)
              </a>
            </li>
            <li>
              <a href="/api/export/checkins.csv" download>
                Daily check-ins (CSV)
              </a>
            </li>
            <li>
              <a href="/api/export/peg.csv" download>
                Weekly PEG answers (CSV)
              </a>
            </li>
          </ul>
        </section>

        <section className="card" aria-labelledby="backup-title">
          <h2 id="backup-title">Backup</h2>
          <p>A full copy of your account’s diary and checks, which you can import into a new, empty account.</p>
          <p className="row">
            <a className="btn btn-secondary" href="/api/export/backup" download>
              Download a backup
            </a>
          </p>
          <form onSubmit={onImport} noValidate>
            <label className="field" htmlFor={fileId}>
              Import a backup into this account
            </label>
            <p className="help" id={`${fileId}-hint`}>
              Only into an account with no entries yet. A file that has been changed is refused, and nothing is
              imported.
            </p>
            <input
              id={fileId}
              type="file"
              accept="application/json,.json"
              aria-describedby={`${fileId}-hint`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <p className="row">
              <button type="submit" className="btn btn-secondary" aria-disabled={state.kind === 'sending' || undefined}>
                {state.kind === 'sending' ? 'Importing…' : 'Import the backup'}
              </button>
            </p>
          </form>
          {state.kind === 'done' ? (
            <Notice tone="info" title="Backup imported" role="status">
              {state.counts.episodes} spasm episodes, {state.counts.checkins} check-ins, {state.counts.pegs} weekly PEG
              answers and {state.counts.checks} saved checks. <Link href="/diary">Open your diary</Link>.
            </Notice>
          ) : null}
          {state.kind === 'failed' ? (
            <Notice tone="info" title={state.problem.title} role="alert">
              <p>{state.problem.detail}</p>
              {state.problem.errors?.length ? (
                <ul>
                  {state.problem.errors.map((e) => (
                    <li key={`${e.path}:${e.message}`}>
                      {e.path}: {e.message}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Notice>
          ) : null}
        </section>
      </div>
    </Page>
  );
}
