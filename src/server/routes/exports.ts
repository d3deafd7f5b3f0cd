// Exports of a person's own data, and the backup import. Every route but the published
// Questionnaire needs an account and reads only that account's rows.
//   GET  /api/export/report.pdf              the clinician report (PDF)
//   GET  /api/export/fhir                    a FHIR R4 Bundle (application/fhir+json)
//   GET  /api/export/episodes.csv, checkins.csv, peg.csv
//   GET  /api/export/backup                  the full JSON backup
//   POST /api/import/backup                  a backup into an empty account, in one transaction
//   GET  /api/fhir/Questionnaire/check       the check as a FHIR Questionnaire (public)

import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BackupEnvelopeSchema, BackupImportSchema, ExportQuerySchema, ImportResultSchema } from '#contract';
import { localDateIn } from '#engine';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import { HttpProblem } from '../errors.ts';
import { isAccountEmpty, lockAccount, readAccountData, writeAccountData } from '../export/account-data.ts';
import { buildBackup, readBackup } from '../export/backup.ts';
import { checkinsCsv, episodesCsv, pegCsv } from '../export/csv.ts';
import { fhirBundle } from '../export/fhir-bundle.ts';
import { checkQuestionnaire } from '../export/fhir-questionnaire.ts';
import { personTimeZone, reportPdf } from '../export/report.ts';
import { download as attachment, responses, SESSION } from './responses.ts';

/** The largest backup file accepted (about ten years of a busy diary fits in a fifth of it). */
export const BACKUP_BODY_LIMIT = 8 * 1024 * 1024;
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** A FHIR R4 resource, described loosely: FHIR's own definitions say the rest. */
const fhirResource = (resourceType: string, description: string) =>
  z.looseObject({ resourceType: z.literal(resourceType) }).describe(description);
const FhirBundleSchema = fhirResource('Bundle', 'A FHIR R4 Bundle (type collection) of your records.');
const FhirQuestionnaireSchema = fhirResource('Questionnaire', 'The check as a FHIR R4 Questionnaire.');

function download(reply: FastifyReply, type: string, filename: string, body: string | Buffer): FastifyReply {
  return reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

export function exportRoutes(app: FastifyInstance, db: Db, readSession: SessionReader, now: () => Date): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(readSession);
  /** The day of the export in the person's own time zone, for file names. */
  const stamp = (timeZone: string) => localDateIn(now().toISOString(), timeZone);

  r.get(
    '/api/export/report.pdf',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['export'],
        summary: 'A PDF summary for your doctor (add ?name= to print a name on it)',
        querystring: ExportQuerySchema,
        security: SESSION,
        response: responses({
          200: attachment(
            'The report, as a download (Content-Disposition: attachment).',
            'application/pdf',
            z.string().meta({ format: 'binary' }),
          ),
        }),
      },
    },
    async (request, reply) => {
      const data = await readAccountData(db, request.userId);
      const pdf = await reportPdf(data, { generatedAt: now(), name: request.query.name || undefined });
      return download(reply, 'application/pdf', `unknot-report-${stamp(personTimeZone(data))}.pdf`, pdf);
    },
  );

  r.get(
    '/api/export/fhir',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['export'],
        summary: 'Your diary and checks as a FHIR R4 Bundle',
        querystring: ExportQuerySchema,
        security: SESSION,
        response: responses({
          200: attachment('The Bundle, as a download.', 'application/fhir+json', FhirBundleSchema),
        }),
      },
    },
    async (request, reply) => {
      const data = await readAccountData(db, request.userId);
      const bundle = fhirBundle(data, {
        accountKey: request.userId,
        exportedAt: now(),
        name: request.query.name || undefined,
      });
      return download(reply, FHIR_JSON, `unknot-fhir-${stamp(personTimeZone(data))}.json`, JSON.stringify(bundle));
    },
  );

  for (const [file, csv] of [
    ['episodes.csv', episodesCsv],
    ['checkins.csv', checkinsCsv],
    ['peg.csv', pegCsv],
  ] as const) {
    r.get(
      `/api/export/${file}`,
      {
        onRequest: requireSignIn,
        schema: {
          tags: ['export'],
          summary: `Your ${file === 'peg.csv' ? 'weekly PEG answers' : file.replace('.csv', '')} as CSV`,
          security: SESSION,
          response: responses({
            200: attachment('CSV with a header row (RFC 4180), as a download.', 'text/csv', z.string()),
          }),
        },
      },
      async (request, reply) => {
        const data = await readAccountData(db, request.userId);
        const name = `unknot-${file.replace('.csv', '')}-${stamp(personTimeZone(data))}.csv`;
        return download(reply, 'text/csv; charset=utf-8; header=present', name, csv(data));
      },
    );
  }

  r.get(
    '/api/export/backup',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['export'],
        summary: 'A full backup of your account (JSON)',
        security: SESSION,
        response: responses({
          200: attachment('The backup, as a download.', 'application/json', BackupEnvelopeSchema),
        }),
      },
    },
    async (request, reply) => {
      const data = await readAccountData(db, request.userId);
      const backup = buildBackup(data, now());
      return download(
        reply,
        'application/json; charset=utf-8',
        `unknot-backup-${stamp(personTimeZone(data))}.json`,
        JSON.stringify(backup),
      );
    },
  );

  r.post(
    '/api/import/backup',
    {
      onRequest: requireSignIn,
      bodyLimit: BACKUP_BODY_LIMIT,
      // Refuse an oversized file by its declared length, with the limit that applies here.
      preParsing: async (request) => {
        const length = Number(request.headers['content-length'] ?? 0);
        if (length > BACKUP_BODY_LIMIT) {
          throw new HttpProblem(
            'APP_ERR_TOO_LARGE',
            `A backup can be at most ${BACKUP_BODY_LIMIT / 1024 / 1024} MB; this one is ${(length / 1024 / 1024).toFixed(1)} MB. Nothing was imported.`,
          );
        }
      },
      schema: {
        tags: ['export'],
        summary: 'Import a backup into this account (it must be empty); all or nothing',
        body: BackupImportSchema,
        security: SESSION,
        response: responses({ 201: ImportResultSchema }, [409, 422]),
      },
    },
    async (request, reply) => {
      const data = readBackup(request.body);
      const userId = request.userId;
      await db.transaction(async (tx) => {
        await lockAccount(tx, userId);
        if (!(await isAccountEmpty(tx, userId))) {
          throw new HttpProblem(
            'APP_ERR_CONFLICT',
            'This account already has diary entries, PEG answers or saved checks. Import a backup into a new, empty account; ' +
              'nothing was imported.',
          );
        }
        await writeAccountData(tx, userId, data);
      });
      return reply.code(201).send({
        imported: {
          episodes: data.episodes.length,
          checkins: data.checkins.length,
          checks: data.checks.length,
          pegs: data.pegs.length,
        },
      });
    },
  );

  app.get(
    '/api/fhir/Questionnaire/check',
    {
      schema: {
        tags: ['export'],
        summary: 'The check as a FHIR R4 Questionnaire',
        response: responses({
          200: attachment('The Questionnaire.', 'application/fhir+json', FhirQuestionnaireSchema),
        }),
      },
    },
    async (_request, reply) => reply.type(FHIR_JSON).send(JSON.stringify(checkQuestionnaire())),
  );
}
