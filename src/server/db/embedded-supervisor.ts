// Keeps the embedded PostgreSQL running: when it exits without being asked to (killed, crashed),
// it is started again through the ordinary start path (startEmbeddedPostgres, which clears what the
// dead server left behind: leftover-postmaster.ts), with back-off between failed attempts. The
// pool's connection settings do not change (same socket, same password), so the pool reconnects
// by itself; meanwhile the availability breaker answers 503.
import { type EmbeddedDatabase, type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded-postgres.ts';

export const FIRST_RESTART_DELAY_MS = 100;
export const MAX_RESTART_DELAY_MS = 5_000;

export type SupervisedEmbedded = {
  readonly connection: EmbeddedDatabase['connection'];
  /** Stops supervising, then stops the server that runs now (if any). */
  stop(): Promise<void>;
};

export type SupervisorOptions = {
  readonly dataDir: string;
  readonly log: (message: string) => void;
  /** Told when the server exited (so requests get 503 at once) and when it runs again. */
  readonly onDown: (reason: string) => void;
  /** The start path; tests may wrap it. */
  readonly start?: (options: EmbeddedPostgresOptions) => Promise<EmbeddedDatabase>;
};

export async function superviseEmbedded(options: SupervisorOptions): Promise<SupervisedEmbedded> {
  const start = options.start ?? startEmbeddedPostgres;
  const { log } = options;
  let stopping = false;
  let restarting: Promise<void> | undefined;

  const launch = (): Promise<EmbeddedDatabase> =>
    start({
      dataDir: options.dataDir,
      log,
      onUnexpectedExit: (code, signal) => {
        options.onDown(`embedded PostgreSQL exited (code ${code ?? 'none'}, signal ${signal ?? 'none'})`);
        if (!stopping) restarting ??= restart().finally(() => (restarting = undefined));
      },
    });

  const restart = async (): Promise<void> => {
    for (let attempt = 1, delay = FIRST_RESTART_DELAY_MS; !stopping; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      if (stopping) return;
      const began = Date.now();
      try {
        current = await launch();
        log(`Embedded PostgreSQL restarted (attempt ${attempt}, ${Date.now() - began} ms).`);
        if (stopping) await current.stop();
        return;
      } catch (error) {
        log(`Embedded PostgreSQL could not be restarted (attempt ${attempt}): ${(error as Error).message}`);
        delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
      }
    }
  };

  let current: EmbeddedDatabase = await launch();
  return {
    connection: current.connection,
    async stop() {
      stopping = true;
      await restarting;
      await current.stop();
    },
  };
}
