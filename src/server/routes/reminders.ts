// /api/reminders (a person's reminder settings) and /api/push (the VAPID key and this browser's
// Web Push subscription). Saving settings queues the next reminders at once (reminders.ts).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  defaultReminderSettings,
  PushEndpointSchema,
  PushKeySchema,
  PushSubscriptionSavedSchema,
  PushSubscriptionSchema,
  ReminderSettingsSchema,
} from '#contract';
import { type SessionReader, signedIn } from '../auth.ts';
import type { Db } from '../db/client.ts';
import {
  deletePushSubscription,
  getReminderSettings,
  latestTimeZone,
  savePushSubscription,
  saveReminderSettings,
} from '../db/reminder-repo.ts';
import { HttpProblem } from '../errors.ts';
import type { Reminders } from '../reminders/reminders.ts';
import { pushEndpointProblem } from '../reminders/web-push.ts';
import type { VapidKeys } from '../vapid-keys.ts';
import { NoContent, responses, SESSION } from './responses.ts';

export type ReminderRouteOptions = {
  readonly db: Db;
  readonly readSession: SessionReader;
  readonly reminders: Reminders;
  readonly vapid: VapidKeys;
  readonly allowLoopback: boolean;
};

export function reminderRoutes(app: FastifyInstance, options: ReminderRouteOptions): void {
  const { db, reminders } = options;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const requireSignIn = signedIn(options.readSession);

  r.get(
    '/api/reminders',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['reminders'],
        summary: 'Your reminder settings (all off, in your latest time zone, until you save some)',
        security: SESSION,
        response: responses({ 200: ReminderSettingsSchema }),
      },
    },
    async (request) => {
      const stored = await getReminderSettings(db, request.userId);
      return stored?.settings ?? defaultReminderSettings((await latestTimeZone(db, request.userId)) ?? 'UTC');
    },
  );

  r.put(
    '/api/reminders',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['reminders'],
        summary: 'Save your reminder settings; reminders queued under the old ones are not sent',
        body: ReminderSettingsSchema,
        security: SESSION,
        response: responses({ 200: ReminderSettingsSchema }),
      },
    },
    async (request) => {
      const stored = await saveReminderSettings(db, request.userId, request.body);
      try {
        await reminders.schedule(request.userId);
      } catch (error) {
        // Saved all the same: the queue catches up with everyone's settings when it (re)starts.
        request.log.warn({ err: (error as Error).message }, 'could not queue reminders');
      }
      return stored.settings;
    },
  );

  r.get(
    '/api/push/key',
    {
      schema: {
        tags: ['reminders'],
        summary: "The server's VAPID public key (base64url), for PushManager.subscribe",
        response: responses({ 200: PushKeySchema }),
      },
    },
    async () => ({ publicKey: options.vapid.publicKey }),
  );

  r.post(
    '/api/push/subscription',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['reminders'],
        summary: "Store this browser's Web Push subscription (PushSubscription.toJSON()); 200 when already stored",
        body: PushSubscriptionSchema,
        security: SESSION,
        response: responses({ 200: PushSubscriptionSavedSchema, 201: PushSubscriptionSavedSchema }),
      },
    },
    async (request, reply) => {
      const { endpoint } = request.body;
      const problem = pushEndpointProblem(endpoint, options.allowLoopback);
      if (problem) {
        throw new HttpProblem('APP_ERR_VALIDATION', `Please correct this field: endpoint ${problem}.`, {
          errors: [{ path: 'endpoint', message: problem, location: 'body' }],
        });
      }
      const { created } = await savePushSubscription(db, request.userId, request.body);
      return reply.code(created ? 201 : 200).send({ endpoint });
    },
  );

  r.delete(
    '/api/push/subscription',
    {
      onRequest: requireSignIn,
      schema: {
        tags: ['reminders'],
        summary: "Forget one of your browser's Web Push subscriptions (204 whether or not it was stored)",
        body: PushEndpointSchema,
        security: SESSION,
        response: responses({ 204: NoContent }),
      },
    },
    async (request, reply) => {
      await deletePushSubscription(db, request.userId, request.body.endpoint);
      return reply.code(204).send(null);
    },
  );
}
