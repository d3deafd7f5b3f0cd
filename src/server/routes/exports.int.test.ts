// The exports and the backup import over HTTP, on every configured PostgreSQL (embedded always,
// the machine's server with TEST_DATABASE_URL): a backup imported into a new account reproduces
// the data exactly, and every kind of bad file is refused with a problem that says what is wrong
// while nothing changes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_SCHEMA_VERSION } from '#contract';
import { type AccountData, readAccountData } from '../export/account-data.ts';
import { buildBackup, digestOf } from '../export/backup.ts';
import { generateDiary } from '../test-support/diary-generator.ts';
import { checkinBody, episodeBody, TestClient, testApp } from '../test-support/test-app.ts';
import { backends, type TestDatabase } from '../test-support/test-database.ts';
import { BACKUP_BODY_LIMIT } from './exports.ts';

type Backup = ReturnType<typeof buildBackup>;

for (const backend of backends()) {
  describe(`exports and backup on ${backend.label} PostgreSQL`, () => {
    let t: TestDatabase;
    let app: FastifyInstance;
    let alice: TestClient;
    let n = 0;
    const newUser = () => new TestClient(app).signUp(`user${++n}@example.com`);
    const dataOf = async (c: TestClient) => {
      const r = await c.request('GET', '/api/export/backup');
      expect(r.statusCode).toBe(200);
      return (r.json() as Backup).data;
    };

    beforeAll(async () => {
      t = await backend.make();
      app = await testApp(t.database, () => new Date('2026-11-25T10:00:00Z'));
      alice = await new TestClient(app).signUp('alice@example.com');
      await alice.request('POST', '/api/episodes', episodeBody());
      await alice.request(
        'POST',
        '/api/episodes',
        episodeBody({ startedAt: '2026-11-21T07:00:00Z', notes: '=1+2, "quoted"' }),
      );
      await alice.request('PUT', '/api/checkins/2026-11-20', checkinBody());
      await alice.request('PUT', '/api/checkins/2026-11-21', checkinBody({ painAverage: 7, unsure: ['fever'] }));
      await alice.request('POST', '/api/assessments', {
        age: 52,
        onsetDaysAgo: 3,
        findings: ['heavy_lifting'],
        clientId: '0b9f2a38-4f3e-4c7e-9d0e-7a3b2c1d0e9f',
        completedAt: '2026-11-20T09:00:00Z',
      });
      const peg = { date: '2026-11-22', timeZone: 'Europe/London', pain: 6, enjoyment: 4, activity: 5 };
      expect((await alice.request('POST', '/api/peg', peg)).statusCode).toBe(201);
    }, 120_000);
    afterAll(async () => {
      await app?.close();
      await t?.dispose();
    });

    it('downloads the report as a PDF, the diary as FHIR and CSV, and the backup', async () => {
      const pdf = await alice.request('GET', '/api/export/report.pdf?name=Alice%20Example');
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="unknot-report-2026-11-25\.pdf"$/);
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      const fhir = await alice.request('GET', '/api/export/fhir');
      expect(fhir.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      const bundle = fhir.json() as { type: string; entry: { resource: { resourceType: string } }[] };
      expect(bundle.type).toBe('collection');
      // Two check-ins, two episodes and the PEG's score; the check and the PEG as responses.
      expect(bundle.entry.filter((e) => e.resource.resourceType === 'Observation')).toHaveLength(5);
      expect(bundle.entry.filter((e) => e.resource.resourceType === 'QuestionnaireResponse')).toHaveLength(2);

      const episodes = await alice.request('GET', '/api/export/episodes.csv');
      expect(episodes.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(episodes.body.split('\r\n')).toHaveLength(4); // header, two rows, final CRLF
      expect(episodes.body).toContain(`"'=1+2, ""quoted"""`);
      const checkins = await alice.request('GET', '/api/export/checkins.csv');
      expect(checkins.body).toContain('2026-11-21,Europe/London,7,3,2,true,,fever,');
      const peg = await alice.request('GET', '/api/export/peg.csv');
      expect(peg.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(peg.headers['content-disposition']).toBe('attachment; filename="unknot-peg-2026-11-25.csv"');
      const [head, row, end] = peg.body.split('\r\n');
      expect(head).toBe(
        'id,date,time_zone,pain_0_10,enjoyment_interference_0_10,activity_interference_0_10,peg_score_0_10,created_at',
      );
      expect(row).toMatch(/^[0-9a-f-]{36},2026-11-22,Europe\/London,6,4,5,5,\d{4}-\d\d-\d\dT[\d:.]+Z$/);
      expect(end).toBe('');

      const backup = (await alice.request('GET', '/api/export/backup')).json() as Backup;
      expect(backup).toMatchObject({ format: 'unknot-backup', schemaVersion: BACKUP_SCHEMA_VERSION });
      expect(backup.integrity.digest).toBe(digestOf(backup.data));
      expect(backup.data.episodes).toHaveLength(2);
      expect(backup.data.pegs).toEqual([expect.objectContaining({ date: '2026-11-22', pain: 6, enjoyment: 4 })]);
    });

    it('publishes the check as a FHIR Questionnaire without an account', async () => {
      const r = await new TestClient(app).request('GET', '/api/fhir/Questionnaire/check');
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      expect(r.json()).toMatchObject({ resourceType: 'Questionnaire', status: 'active' });
    });

    it('imports a backup into a new account and reproduces every record exactly', async () => {
      const backup = (await alice.request('GET', '/api/export/backup')).json() as Backup;
      const bob = await newUser();
      const r = await bob.request('POST', '/api/import/backup', backup);
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toEqual({ imported: { episodes: 2, checkins: 2, checks: 1, pegs: 1 } });
      expect(await dataOf(bob)).toEqual(backup.data);
    });

    it('still reads a version 1 backup (no PEG answers), and refuses a version 2 one without them', async () => {
      const backup = (await alice.request('GET', '/api/export/backup')).json() as Backup;
      const { pegs: _, ...v1data } = backup.data;
      const v1 = {
        ...backup,
        schemaVersion: 1,
        data: v1data,
        integrity: { ...backup.integrity, digest: digestOf(v1data) },
      };
      const gina = await newUser();
      const r = await gina.request('POST', '/api/import/backup', v1);
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toEqual({ imported: { episodes: 2, checkins: 2, checks: 1, pegs: 0 } });
      expect(await dataOf(gina)).toEqual({ ...backup.data, pegs: [] });

      const hugo = await newUser();
      const refused = await hugo.request('POST', '/api/import/backup', { ...v1, schemaVersion: 2 });
      expect(refused.statusCode).toBe(422);
      expect((refused.json() as { errors: { path: string }[] }).errors).toContainEqual(
        expect.objectContaining({ path: 'data.pegs' }),
      );
    });

    it('counts an account with only a PEG answer as not empty', async () => {
      const backup = (await alice.request('GET', '/api/export/backup')).json() as Backup;
      const ivy = await newUser();
      const peg = { date: '2026-11-22', timeZone: 'Europe/London', pain: 1, enjoyment: 1, activity: 1 };
      expect((await ivy.request('POST', '/api/peg', peg)).statusCode).toBe(201);
      const r = await ivy.request('POST', '/api/import/backup', backup);
      expect(r.statusCode).toBe(409);
      expect((await dataOf(ivy)).pegs).toHaveLength(1);
    });

    it('round-trips a generated two-year diary exactly', async () => {
      const diary = generateDiary({ start: '2024-11-20', days: 730, seed: 3 });
      const carol = await newUser();
      const r = await carol.request('POST', '/api/import/backup', buildBackup(diary, new Date()));
      expect(r.statusCode, r.body).toBe(201);
      const back = await dataOf(carol);
      expect(back).toEqual(diary);
      const dave = await newUser();
      const again = (await carol.request('GET', '/api/export/backup')).json() as Backup;
      expect((await dave.request('POST', '/api/import/backup', again)).statusCode).toBe(201);
      expect(await dataOf(dave)).toEqual(back);
    }, 60_000);

    describe('refuses a bad file, and changes nothing', () => {
      let good: Backup;
      let empty: TestClient;
      beforeAll(async () => {
        good = (await alice.request('GET', '/api/export/backup')).json() as Backup;
        empty = await newUser();
      });
      const expectNothingImported = async () => {
        expect(await dataOf(empty)).toEqual({ episodes: [], checkins: [], checks: [], pegs: [] } satisfies AccountData);
      };
      const problem = (r: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }) => {
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
        return r.json() as { code: string; detail: string; errors?: { path: string; message: string }[] };
      };

      it('broken JSON', async () => {
        const r = await empty.request('POST', '/api/import/backup', '{"format": "unknot-backup", "data": [', {
          'content-type': 'application/json',
        });
        expect(r.statusCode).toBe(400);
        expect(problem(r).code).toBe('APP_ERR_BAD_JSON');
        await expectNothingImported();
      });

      it('a file that is not a backup', async () => {
        const r = await empty.request('POST', '/api/import/backup', { hello: 'world' });
        expect(r.statusCode).toBe(422);
        expect(problem(r)).toMatchObject({
          code: 'APP_ERR_BACKUP_INVALID',
          detail: expect.stringContaining('not an Unknot backup'),
        });
        await expectNothingImported();
      });

      it('a file with a damaged envelope', async () => {
        const { integrity: _, ...rest } = good;
        const r = await empty.request('POST', '/api/import/backup', rest);
        expect(r.statusCode).toBe(422);
        expect(problem(r).errors).toContainEqual(expect.objectContaining({ path: 'integrity' }));
        await expectNothingImported();
      });

      it('a tampered file (a value changed after export)', async () => {
        const tampered = structuredClone(good);
        (tampered.data.checkins[0] as { painAverage: number }).painAverage = 0;
        const r = await empty.request('POST', '/api/import/backup', tampered);
        expect(r.statusCode).toBe(422);
        expect(problem(r)).toMatchObject({
          code: 'APP_ERR_BACKUP_INTEGRITY',
          detail: expect.stringContaining('changed'),
        });
        await expectNothingImported();
      });

      it('a file from a newer version', async () => {
        const r = await empty.request('POST', '/api/import/backup', {
          ...good,
          schemaVersion: BACKUP_SCHEMA_VERSION + 1,
        });
        expect(r.statusCode).toBe(422);
        expect(problem(r)).toMatchObject({
          code: 'APP_ERR_BACKUP_VERSION',
          detail: expect.stringContaining('newer version'),
        });
        await expectNothingImported();
      });

      it('a file that is too large', async () => {
        const big = JSON.stringify({ ...good, padding: 'x'.repeat(BACKUP_BODY_LIMIT) });
        const r = await empty.request('POST', '/api/import/backup', big, { 'content-type': 'application/json' });
        expect(r.statusCode).toBe(413);
        expect(problem(r)).toMatchObject({ code: 'APP_ERR_TOO_LARGE', detail: expect.stringContaining('8 MB') });
        await expectNothingImported();
      });

      it('records the diary would refuse, even with a digest that matches (every problem listed)', async () => {
        const bad = structuredClone(good);
        (bad.data.episodes[1] as { intensity: number }).intensity = 11;
        (bad.data.checkins[1] as { date: string }).date = (bad.data.checkins[0] as { date: string }).date;
        (bad.data.pegs?.[0] as { activity: number }).activity = 11;
        bad.integrity.digest = digestOf(bad.data);
        const r = await empty.request('POST', '/api/import/backup', bad);
        expect(r.statusCode).toBe(422);
        const body = problem(r);
        expect(body.code).toBe('APP_ERR_BACKUP_INVALID');
        expect(body.errors?.map((e) => e.path)).toEqual([
          'data.episodes[1].intensity',
          'data.pegs[0].activity',
          'data.checkins[1].date',
        ]);
        await expectNothingImported();
      });

      it('an import into an account that already has data; and two imports at once store one copy', async () => {
        const before = await dataOf(alice);
        const r = await alice.request('POST', '/api/import/backup', good);
        expect(r.statusCode).toBe(409);
        expect(problem(r).code).toBe('APP_ERR_CONFLICT');
        expect(await dataOf(alice)).toEqual(before);

        const erin = await newUser();
        const both = await Promise.all([1, 2].map(() => erin.request('POST', '/api/import/backup', good)));
        expect(both.map((x) => x.statusCode).sort()).toEqual([201, 409]);
        expect(await dataOf(erin)).toEqual(good.data);
      });
    });

    it('reads only the account’s own rows', async () => {
      const frank = await newUser();
      const data = await readAccountData(t.database.db, 'no-such-user');
      expect(data).toEqual({ episodes: [], checkins: [], checks: [], pegs: [] });
      expect(await dataOf(frank)).toEqual({ episodes: [], checkins: [], checks: [], pegs: [] });
    });
  });
}
