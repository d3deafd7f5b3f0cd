// The repository contract: the same suite runs on every PostgreSQL backend (the embedded one
// always, the machine's server when TEST_DATABASE_URL is set), as Hono's common.case tests do.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EpisodeInput } from '#contract';
import type { TestDatabase } from '../test-support/test-database.ts';
import * as repo from './diary-repo.ts';
import { user } from './schema.ts';

const episode = (overrides: Partial<EpisodeInput> = {}): EpisodeInput => ({
  startedAt: '2026-11-20T08:30:00.000Z',
  timeZone: 'Europe/London',
  intensity: 5,
  locations: ['lower_back_left'],
  triggers: ['heavy_lifting'],
  reliefTried: [{ method: 'heat', helped: 3 }],
  notes: 'ünïcödé ✓ and "quotes"',
  ...overrides,
});

export function runDiaryRepoContract(label: string, make: () => Promise<TestDatabase>): void {
  describe(`diary repository on ${label} PostgreSQL`, () => {
    let t: TestDatabase;
    const users = ['u-alpha', 'u-beta'];
    beforeAll(async () => {
      t = await make();
      await t.database.db.insert(user).values(users.map((id) => ({ id, name: id, email: `${id}@example.com` })));
    }, 120_000);
    afterAll(async () => {
      await t?.dispose();
    });

    it('round-trips an episode exactly, with the local date in its time zone', async () => {
      const row = await repo.createEpisode(
        t.database.db,
        'u-alpha',
        episode({ startedAt: '2026-03-29T00:30:00.000Z', timeZone: 'Europe/London' }),
      );
      expect(row.localDate).toBe('2026-03-29');
      const back = await repo.getEpisode(t.database.db, 'u-alpha', row.id);
      expect(back).toMatchObject({
        intensity: 5,
        notes: 'ünïcödé ✓ and "quotes"',
        reliefTried: [{ method: 'heat', helped: 3 }],
      });
      expect(back?.startedAt.toISOString()).toBe('2026-03-29T00:30:00.000Z');
      expect(repo.localDateOf(new Date('2026-11-20T23:30:00Z'), 'Pacific/Auckland')).toBe('2026-11-21');
    });

    it('scopes every read, update and delete by the owner', async () => {
      const row = await repo.createEpisode(t.database.db, 'u-alpha', episode());
      expect(await repo.getEpisode(t.database.db, 'u-beta', row.id)).toBeUndefined();
      expect(await repo.updateEpisode(t.database.db, 'u-beta', row.id, episode({ intensity: 0 }))).toBeUndefined();
      expect(await repo.deleteEpisode(t.database.db, 'u-beta', row.id)).toBe(false);
      expect((await repo.getEpisode(t.database.db, 'u-alpha', row.id))?.intensity).toBe(5);
      expect(await repo.deleteEpisode(t.database.db, 'u-alpha', row.id)).toBe(true);
    });

    it('pages episodes newest first without gaps or repeats, also for equal start times', async () => {
      const db = t.database.db;
      for (let i = 0; i < 7; i++)
        await repo.createEpisode(db, 'u-beta', episode({ startedAt: `2026-10-0${1 + (i % 3)}T10:00:00.000Z` }));
      const seen: string[] = [];
      let after: { at: Date; id: string } | undefined;
      for (;;) {
        const page = await repo.listEpisodes(db, 'u-beta', { limit: 3, after });
        seen.push(...page.map((r) => r.id));
        const last = page.at(-1);
        if (page.length < 3 || !last) break;
        after = { at: last.startedAt, id: last.id };
      }
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      const ranged = await repo.listEpisodes(db, 'u-beta', {
        limit: 50,
        from: new Date('2026-10-02T00:00:00Z'),
        to: new Date('2026-10-02T23:59:59Z'),
      });
      expect(ranged.every((r) => r.startedAt.toISOString().startsWith('2026-10-02'))).toBe(true);
    });

    it('keeps one check-in per user per day; a second put replaces it', async () => {
      const db = t.database.db;
      const input = {
        timeZone: 'Asia/Kolkata',
        painAverage: 6,
        interferenceActivity: 5,
        interferenceSleep: 4,
        gettingBetter: false,
        findings: ['fever'] as const,
        unsure: [],
      };
      expect(
        (await repo.putCheckin(db, 'u-alpha', '2026-11-20', { ...input, findings: [...input.findings] })).created,
      ).toBe(true);
      const again = await repo.putCheckin(db, 'u-alpha', '2026-11-20', { ...input, painAverage: 2, findings: [] });
      expect(again.created).toBe(false);
      expect(again.row).toMatchObject({ painAverage: 2, findings: [] });
      await repo.putCheckin(db, 'u-alpha', '2026-11-18', { ...input, findings: [] });
      await repo.putCheckin(db, 'u-alpha', '2026-11-10', { ...input, findings: [] });
      expect((await repo.checkinsBefore(db, 'u-alpha', '2026-11-20', 1)).map((r) => r.date)).toEqual(['2026-11-18']);
      expect((await repo.checkinsBefore(db, 'u-alpha', '2026-11-20', 5)).map((r) => r.date)).toEqual([
        '2026-11-18',
        '2026-11-10',
      ]);
      expect(await repo.checkinsBefore(db, 'u-beta', '2026-11-20', 5)).toEqual([]);
      expect((await repo.listCheckins(db, 'u-alpha', { from: '2026-11-19', limit: 10 })).map((r) => r.date)).toEqual([
        '2026-11-20',
      ]);
      expect(await repo.listCheckins(db, 'u-beta', { limit: 10 })).toEqual([]);
      expect(await repo.deleteCheckin(db, 'u-beta', '2026-11-20')).toBe(false);
      expect(await repo.deleteCheckin(db, 'u-alpha', '2026-11-20')).toBe(true);
    });

    const check = (over: Partial<repo.NewAssessment> = {}): repo.NewAssessment => ({
      intake: {},
      assessment: {},
      disposition: 'self_care',
      knowledgeVersion: 'k',
      completedAt: new Date('2026-11-20T10:00:00.000Z'),
      ...over,
    });

    it('stores assessments with millisecond times that page cleanly', async () => {
      const db = t.database.db;
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const { row, created } = await repo.insertAssessment(db, 'u-beta', check({ intake: { i } }));
        expect(created).toBe(true);
        ids.push(row.id);
      }
      const first = await repo.listAssessments(db, 'u-beta', { limit: 2 });
      const last = first.at(-1);
      const rest = last
        ? await repo.listAssessments(db, 'u-beta', { limit: 10, after: { at: last.createdAt, id: last.id } })
        : [];
      expect([...first, ...rest].map((r) => r.id).sort()).toEqual([...ids].sort());
      expect(await repo.getAssessment(db, 'u-alpha', ids[0] ?? '')).toBeUndefined();
    });

    it('stores a check once per client id and owner, also when saved twice at the same time', async () => {
      const db = t.database.db;
      const clientId = '0b6f1c52-6a51-4c8e-9d33-1f0f2f6a7c10';
      const [a, b] = await Promise.all([
        repo.insertAssessment(db, 'u-alpha', check({ clientId, intake: { try: 1 } })),
        repo.insertAssessment(db, 'u-alpha', check({ clientId, intake: { try: 2 } })),
      ]);
      expect([a?.created, b?.created].sort()).toEqual([false, true]);
      expect(a?.row).toEqual(b?.row);
      const other = await repo.insertAssessment(db, 'u-beta', check({ clientId }));
      expect(other.created).toBe(true);
      expect(other.row.id).not.toBe(a?.row.id);
    });

    it('finds checks completed before an instant, the last completed first, page by page', async () => {
      const db = t.database.db;
      await db.insert(user).values({ id: 'u-gamma', name: 'g', email: 'u-gamma@example.com' });
      for (const at of ['2026-11-01T10:00:00Z', '2026-11-03T10:00:00Z', '2026-11-03T10:00:00Z', '2026-11-05T10:00:00Z'])
        await repo.insertAssessment(db, 'u-gamma', check({ completedAt: new Date(at) }));
      const before = new Date('2026-11-05T00:00:00Z');
      const first = await repo.checksCompletedBefore(db, 'u-gamma', before, { limit: 2 });
      expect(first.map((r) => r.completedAt.toISOString())).toEqual([
        '2026-11-03T10:00:00.000Z',
        '2026-11-03T10:00:00.000Z',
      ]);
      const last = first.at(-1);
      const rest = last
        ? await repo.checksCompletedBefore(db, 'u-gamma', before, {
            limit: 2,
            after: { at: last.completedAt, id: last.id },
          })
        : [];
      expect(rest.map((r) => r.completedAt.toISOString())).toEqual(['2026-11-01T10:00:00.000Z']);
      expect(new Set([...first, ...rest].map((r) => r.id)).size).toBe(3);
      expect(await repo.accountCreatedAt(db, 'u-gamma')).toBeInstanceOf(Date);
      expect(await repo.accountCreatedAt(db, 'no-such-user')).toBeUndefined();
    });

    it('rejects what PostgreSQL cannot store rather than storing part of it', async () => {
      await expect(repo.createEpisode(t.database.db, 'u-alpha', episode({ notes: 'a\u0000b' }))).rejects.toThrow();
      await expect(repo.createEpisode(t.database.db, 'no-such-user', episode())).rejects.toThrow();
    });
  });
}
