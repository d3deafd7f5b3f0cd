// The streams a command talks to, passed in so commands can be run in-process by tests.
import type { Readable, Writable } from 'node:stream';

export type Io = {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
};

export const processIo = (): Io => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes and waits until the data is handed to the OS, so nothing is lost on exit. */
export function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
