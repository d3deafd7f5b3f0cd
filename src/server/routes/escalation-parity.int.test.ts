// One escalation: the same diary through the server (each check-in saved through inject(), on an
// embedded PostgreSQL) and through the web's trends banner (latestEscalation over what the API
// lists) gives the same answer. The import from src/web is deliberate: this test holds the two
// layers to one reading.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIARY_RULES } from '#knowledge';
import { latestEscalation, type StoredCheck } from '../../web/diary/latest-escalation.ts';
import type { Checkin } from '../../web/diary/types.ts';
import { checkinBody, TestClient, testApp } from '../test-support/test-app.ts';
import { embeddedTestDatabase, type TestDatabase } from '../test-support/test-database.ts';

let t: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  t = await embeddedTestDatabase();
  app = await testApp(t.database, () => new Date('2026-12-31T00:00:00Z'));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

type Day = { date: string; timeZone?: string; gettingBetter?: boolean; findings?: string[] };
type Check = { completedAt: string; intake: Record<string, unknown> };

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Saves the checks, then the check-ins in date order; after each check-in, compares the server's
 * escalation with the web's for the same diary. Returns the last one.
 */
async function bothReadings(email: string, checks: Check[], days: Day[]) {
  const me = await new TestClient(app).signUp(email);
  await t.database.pool.query(`update "user" set created_at = '2026-01-01T00:00:00Z' where email = $1`, [email]);
  for (const c of checks) {
    const r = await me.request('POST', '/api/assessments', { ...c.intake, completedAt: c.completedAt });
    expect(r.statusCode).toBe(201);
  }
  let last: { server: unknown; web: ReturnType<typeof latestEscalation> } | undefined;
  for (const d of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    const saved = await me.request(
      'PUT',
      `/api/checkins/${d.date}`,
      checkinBody({
        timeZone: d.timeZone ?? 'Europe/London',
        gettingBetter: d.gettingBetter ?? false,
        findings: d.findings ?? [],
      }),
    );
    expect(saved.statusCode).toBe(201);
    const server = (saved.json() as { escalation: unknown }).escalation;
    const checkins = (await me.request('GET', '/api/checkins?limit=366')).json() as { items: Checkin[] };
    const stored = (await me.request('GET', '/api/assessments?limit=20')).json() as { items: StoredCheck[] };
    const web = latestEscalation(checkins.items, stored.items);
    expect(web?.checkin.date).toBe(d.date);
    expect(web?.escalation, `${email} on ${d.date}`).toEqual(server);
    last = { server, web };
  }
  if (!last) throw new Error('no check-ins');
  return last;
}

const GAP = DIARY_RULES.runGap.days;

describe('the server and the web read a diary the same way', () => {
  it('without a saved check: from the first check-in of the run, whose gaps are at most the run gap', async () => {
    const start = '2026-10-01';
    const days = [0, GAP, 2 * GAP, 2 * GAP + 3].map((n) => ({ date: addDays(start, n) }));
    const { web } = await bothReadings('run@example.com', [], days);
    expect(web).toMatchObject({ startFrom: 'first-checkin', episodeStart: start });
    expect(web?.escalation).toMatchObject({ disposition: 'see_doctor', dayOfEpisode: 2 * GAP + 3 });
  });

  it('a gap of one day more than the run gap starts a new run', async () => {
    const start = '2026-10-01';
    const days = [0, 13, 13 + GAP + 1].map((n) => ({ date: addDays(start, n) }));
    const { web } = await bothReadings('gap@example.com', [], days);
    expect(web).toMatchObject({ startFrom: 'first-checkin', episodeStart: addDays(start, 13 + GAP + 1) });
    expect(web?.escalation.dayOfEpisode).toBe(0);
  });

  it('with a check completed late on the day at UTC−11, dated in the check-in’s own zone', async () => {
    const { web } = await bothReadings(
      'west@example.com',
      [
        // 23:30 on 20 November in Pago Pago (UTC−11): 10:30 on the 21st in UTC.
        { completedAt: '2026-11-20T23:30:00-11:00', intake: { age: 58, onsetDaysAgo: 28 } },
        // After the check-in's day: never counted for it.
        { completedAt: '2026-11-21T23:30:00-11:00', intake: { age: 58, onsetDaysAgo: 0 } },
      ],
      [{ date: '2026-11-20', timeZone: 'Pacific/Pago_Pago' }],
    );
    expect(web).toMatchObject({ startFrom: 'check', episodeStart: '2026-10-23' });
    expect(web?.escalation).toMatchObject({ disposition: 'see_doctor', dayOfEpisode: 28 });
  });

  it('at UTC+14, a check completed after the check-in’s local day does not date it', async () => {
    const { web } = await bothReadings(
      'east@example.com',
      // 00:30 on 21 November at Kiritimati (UTC+14) is still the 20th in UTC.
      [{ completedAt: '2026-11-20T10:30:00Z', intake: { age: 58, onsetDaysAgo: 40 } }],
      [
        { date: '2026-11-08', timeZone: 'Pacific/Kiritimati' },
        { date: '2026-11-20', timeZone: 'Pacific/Kiritimati' },
      ],
    );
    expect(web).toMatchObject({ startFrom: 'first-checkin', episodeStart: '2026-11-08' });
  });

  it('a check saved later keeps its completion time, and red flags are new only once', async () => {
    const { web } = await bothReadings(
      'queued@example.com',
      [{ completedAt: '2026-10-02T08:00:00Z', intake: { age: 40, sex: 'male', onsetDaysAgo: 1 } }],
      [
        { date: '2026-10-20', findings: ['leg_weakness_progressive'] },
        { date: '2026-10-25', findings: ['leg_weakness_progressive', 'saddle_numbness'] },
        { date: '2026-11-02' },
      ],
    );
    expect(web).toMatchObject({ startFrom: 'check', episodeStart: '2026-10-01' });
    expect(web?.escalation).toMatchObject({ dayOfEpisode: 32, disposition: 'see_doctor' });
  });

  it('pages back through long runs and past many checks of later days (as the web reads them)', async () => {
    const email = 'long@example.com';
    const me = await new TestClient(app).signUp(email);
    const { id } = (await t.database.pool.query('select id from "user" where email = $1', [email])).rows[0];
    await t.database.pool.query(`update "user" set created_at = '2026-01-01T00:00:00Z' where id = $1`, [id]);
    // 120 daily check-ins before 30 September, then one on it: the run starts 120 days back.
    await t.database.pool.query(
      `insert into checkins (user_id, date, time_zone, pain_average, interference_activity, interference_sleep, getting_better)
       select $1, d::date, 'Pacific/Kiritimati', 5, 4, 3, false
       from generate_series('2026-06-02'::date, '2026-09-29'::date, interval '1 day') d`,
      [id],
    );
    const first = await me.request('PUT', '/api/checkins/2026-09-30', checkinBody({ timeZone: 'Pacific/Kiritimati' }));
    expect(first.json()).toMatchObject({ escalation: { dayOfEpisode: 120 } });
    // A check on 25 September, then 60 checks on 1 October at UTC+14 (30 September in UTC).
    await t.database.pool.query(
      `insert into assessments (user_id, completed_at, intake, assessment, disposition, knowledge_version)
       select $1, ts, c.intake::jsonb, '{}'::jsonb, 'self_care', 'k'
       from (select '2026-09-25T12:00:00Z'::timestamptz as ts, '{"age":40,"onsetDaysAgo":3}' as intake
             union all select '2026-09-30T10:00:00Z'::timestamptz + n * interval '1 minute', '{"age":40,"onsetDaysAgo":0}'
             from generate_series(1, 60) n) c`,
      [id],
    );
    const saved = await me.request('PUT', '/api/checkins/2026-09-30', checkinBody({ timeZone: 'Pacific/Kiritimati' }));
    const server = (saved.json() as { escalation: unknown }).escalation;
    expect(server).toMatchObject({ dayOfEpisode: 7 }); // 26 September at UTC+14, 3 days in
    // The web lists only the latest checks, so it is given all of them here.
    const checks = (
      await t.database.pool.query('select completed_at, intake from assessments where user_id = $1', [id])
    ).rows.map((r: { completed_at: Date; intake: unknown }) => ({
      completedAt: r.completed_at.toISOString(),
      intake: r.intake,
    }));
    const checkins = (await me.request('GET', '/api/checkins?limit=366')).json() as { items: Checkin[] };
    expect(latestEscalation(checkins.items, checks)?.escalation).toEqual(server);
  });
});
