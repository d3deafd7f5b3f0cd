// Builds the web app, then starts the real server (embedded PostgreSQL in a temporary data
// directory, a free port on 127.0.0.1) once for all end-to-end specs.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../scripts/build-web.mjs';
import { startServer } from '../../src/server/main.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  await ensureWebBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'unknot-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = 4600 + Math.floor(Math.random() * 300);
  const baseUrl = `http://127.0.0.1:${port}`;
  const writes: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  // startServer announces itself on stdout; keep the test output clean.
  process.stdout.write = ((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  let stop: () => Promise<void>;
  try {
    stop = await startServer({
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: baseUrl,
      // Reminders are sent to a push receiver the specs run on 127.0.0.1 (e2e/reminders.spec.ts).
      PUSH_ALLOW_LOOPBACK: '1',
    });
  } finally {
    process.stdout.write = write;
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
