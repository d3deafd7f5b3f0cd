// The writer of the durability test (src/server/durability.int.test.ts), run as a child process:
// `node --import tsx durable-writer.ts`. It starts the real server in-process (startServer, with
// the environment it was given: DATA_DIR or DATABASE_URL, PORT=0, PUBLIC_URL, AUTH_SECRET), signs
// in as WRITER_EMAIL (signing up on the first run), prints `READY <base URL>`, then writes episodes
// through the API for ever, printing `ACK <id>` the moment each 201 arrives. The test kills it
// with SIGKILL, so every line is written synchronously: an id on stdout was acknowledged.
import fs from 'node:fs';
import { startServer } from '../main.ts';
import { signUpOrIn, writeEpisodes } from './episode-writer.ts';

const WRITERS = 4;

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

const site = { base, origin };
let cookie: string;
try {
  cookie = await signUpOrIn(site, email);
} catch (error) {
  fail(`could not sign in: ${(error as Error).message}`);
}

emit(`READY ${base}`);

await writeEpisodes(site, { cookie, writers: WRITERS, onAck: (id) => emit(`ACK ${id}`) }).catch((error: unknown) =>
  fail((error as Error).message),
);
