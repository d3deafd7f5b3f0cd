// The writer of the durability test (src/server/durability.int.test.ts), run as a child process:
// `node --import tsx durable-writer.ts`. It starts the real server in-process (startServer, with
// the environment it was given: DATA_DIR or DATABASE_URL, PORT=0, PUBLIC_URL, AUTH_SECRET), signs
// in as WRITER_EMAIL (signing up on the first run), prints `READY <base URL>`, then writes episodes
// through the API for ever, printing `ACK <id>` the moment each 201 arrives. The test kills it
// with SIGKILL, so every line is written synchronously: an id on stdout was acknowledged.
import fs from 'node:fs';
import { startServer } from '../main.ts';
import { episodeBody } from './test-app.ts';

const WRITERS = 4;
const PASSWORD = 'correct horse battery staple';

/** A synchronous write of a whole line to fd 1 (a pipe): survives a SIGKILL right after. */
function emit(line: string): void {
  const bytes = Buffer.from(`${line}\n`, 'utf8');
  let done = 0;
  while (done < bytes.length) {
    try {
      done += fs.writeSync(1, bytes, done);
    } catch (error) {
      // A non-blocking pipe that is momentarily full: try again.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

function fail(message: string): never {
  process.stderr.write(`durable-writer: ${message}\n`);
  process.exit(1);
}

const email = process.env.WRITER_EMAIL ?? fail('WRITER_EMAIL is not set');
const origin = process.env.PUBLIC_URL ?? fail('PUBLIC_URL is not set');

// startServer prints "Unknot is ready at http://HOST:PORT (...)"; catch that line for the port
// (PORT=0 lets the system choose) and keep it off stdout, which carries only READY and ACK lines.
let captured = '';
const write = process.stdout.write;
process.stdout.write = ((chunk: string | Uint8Array): boolean => {
  captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return true;
}) as typeof process.stdout.write;
try {
  await startServer(process.env);
} catch (error) {
  fail(`could not start: ${(error as Error).message}`);
} finally {
  process.stdout.write = write;
}
const base = /ready at (http:\/\/\S+)/.exec(captured)?.[1] ?? fail(`no ready line in ${JSON.stringify(captured)}`);

async function post(path: string, body: unknown, cookie = ''): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function sessionCookie(response: Response): string | undefined {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    if (pair?.startsWith('better-auth.session_token=') && !pair.endsWith('=')) return pair;
  }
  return undefined;
}

// The account exists after the first run: sign-up is then refused (409) and we sign in instead.
let response = await post('/api/auth/sign-up/email', { email, password: PASSWORD, name: 'Durable Writer' });
if (!response.ok) {
  await response.arrayBuffer();
  response = await post('/api/auth/sign-in/email', { email, password: PASSWORD });
}
const cookie = sessionCookie(response);
if (!response.ok || !cookie) fail(`could not sign in: ${response.status} ${await response.text()}`);
await response.arrayBuffer().catch(() => undefined);

emit(`READY ${base}`);

let written = 0;
async function writer(): Promise<never> {
  for (;;) {
    const n = written++;
    const r = await post('/api/episodes', episodeBody({ notes: `durability ${n}`, intensity: (n % 10) + 1 }), cookie);
    const text = await r.text();
    if (r.status !== 201) fail(`POST /api/episodes answered ${r.status}: ${text}`);
    const { id } = JSON.parse(text) as { id: unknown };
    if (typeof id !== 'string') fail(`POST /api/episodes returned no id: ${text}`);
    emit(`ACK ${id}`);
  }
}

await Promise.all(Array.from({ length: WRITERS }, () => writer()));
