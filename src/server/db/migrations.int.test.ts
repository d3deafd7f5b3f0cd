// Migrations: a database created by the first migration and filled with data migrates to the
// latest without losing anything; re-running is a no-op. Runs on every configured backend.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backends, createExternalDatabase, testDatabaseUrl } from '../test-support/test-database.ts';
import { type Database, MIGRATIONS_DIR, openDatabase } from './client.ts';
import * as repo from './diary-repo.ts';
import { user } from './schema.ts';

type Journal = { entries: { idx: number; tag: string }[] };
const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as Journal;

/** A migrations folder holding only the first `n` migrations, as an old release shipped it. */
function firstMigrations(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, n);
  for (const e of entries) copyFileSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('migrations', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('numbers every migration file in order and lists each in the journal', () => {
    journal.entries.forEach((e, i) => {
      expect(e.idx).toBe(i);
      expect(e.tag).toMatch(new RegExp(`^${String(i).padStart(4, '0')}_[a-z0-9_]+$`));
      expect(readFileSync(join(MIGRATIONS_DIR, `${e.tag}.sql`), 'utf8').length).toBeGreaterThan(0);
    });
  });

  for (const backend of backends()) {
    it(`upgrades a database made by the first migration without loss (${backend.label})`, async () => {
      const old = firstMigrations(1);
      cleanups.push(() => rmSync(old, { recursive: true, force: true }));
      const t = await backend.make({ migrationsFolder: old });
      cleanups.push(() => t.dispose());
      const db = t.database.db;
      await db.insert(user).values({ id: 'u-old', name: 'Old', email: 'old@example.com' });
      // In SQL of the first migration's columns: the repository writes today's columns.
      const ep = { id: '6f1c2b9e-4d5a-4e8b-9c3d-2a1b0c9d8e7f' };
      await t.database.pool.query(
        `insert into episodes (user_id, id, started_at, time_zone, local_date, intensity, locations, notes)
         values ('u-old', $1, '2026-01-02T03:04:05.000Z', 'America/New_York', '2026-01-01', 8, '{buttock_left}', 'before the upgrade')`,
        [ep.id],
      );
      await repo.putCheckin(db, 'u-old', '2026-01-02', {
        timeZone: 'America/New_York',
        painAverage: 7,
        interferenceActivity: 6,
        interferenceSleep: 5,
        gettingBetter: false,
        findings: [],
        unsure: [],
      });

      await t.database.pool.query(
        `insert into sign_in_failures (key, failed_at) values ('account:old@example.com', now())`,
      );
      await t.database.pool.query(
        `insert into assessments (user_id, created_at, intake, assessment, disposition, knowledge_version)
         values ('u-old', '2026-01-02T03:04:05.678Z', '{"age":40,"onsetDaysAgo":2}', '{}', 'self_care', '2026.11.1')`,
      );

      // Stop the old release, then open the same data with every migration, twice (the second
      // run must change nothing).
      await t.database.close();
      for (let run = 0; run < 2; run++) {
        const latest = await t.open({ migrationsFolder: MIGRATIONS_DIR });
        const applied = await latest.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
        expect(applied.rows[0].n).toBe(journal.entries.length);
        expect(await repo.getEpisode(latest.db, 'u-old', ep.id)).toMatchObject({
          intensity: 8,
          notes: 'before the upgrade',
          localDate: '2026-01-01',
        });
        expect(await repo.getCheckin(latest.db, 'u-old', '2026-01-02')).toMatchObject({ painAverage: 7 });
        // 0001 gave every existing throttle row an id.
        const throttle = await latest.pool.query('select id, key from sign_in_failures');
        expect(throttle.rows).toEqual([
          { id: expect.stringMatching(/^[0-9a-f-]{36}$/), key: 'account:old@example.com' },
        ]);
        // 0002: a check stored before completion times were kept was completed when stored.
        const [check] = await repo.listAssessments(latest.db, 'u-old', { limit: 5 });
        expect(check).toMatchObject({ clientId: null, knowledgeVersion: '2026.11.1', intake: { onsetDaysAgo: 2 } });
        expect(check?.completedAt.toISOString()).toBe('2026-01-02T03:04:05.678Z');
        expect(check?.completedAt).toEqual(check?.createdAt);
        await latest.close();
      }
    }, 180_000);
  }

  // Several app servers may start at once on one new database: one migrates, the others wait
  // (client.ts's advisory lock) instead of failing on CREATE TABLE.
  it('migrates once when four servers open a new external database at the same moment', async () => {
    const url = testDatabaseUrl();
    if (!url) throw new Error('TEST_DATABASE_URL=off: this test needs an external PostgreSQL');
    const fresh = await createExternalDatabase(url, 'unknot_migrate_race');
    cleanups.push(() => fresh.drop());
    const opened = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        openDatabase({ databaseUrl: fresh.url, dataDir: '/nonexistent-unknot-test', log: () => undefined }),
      ),
    );
    for (const o of opened) if (o.status === 'fulfilled') cleanups.push(() => o.value.close());
    expect(opened.map((o) => (o.status === 'rejected' ? String(o.reason) : 'opened'))).toEqual(Array(4).fill('opened'));
    const first = opened[0] as PromiseFulfilledResult<Database>;
    const applied = await first.value.pool.query('select count(*)::int as n from drizzle.__drizzle_migrations');
    expect(applied.rows[0].n).toBe(journal.entries.length);
  }, 60_000);
});
