// POST /api/assessments: the intake, plus two optional fields a client sends when it saves a
// finished check (older clients send the intake alone). Neither changes the assessment.

import { z } from 'zod';
import { InstantSchema } from './dates.ts';
import { IntakeSchema, intakeListProblems } from './intake.ts';
import { registerRawCheck } from './validate.ts';

export const CheckSaveSchema = IntakeSchema.extend({
  /**
   * The client's id for this check, made once when the check is completed and kept with it
   * while it waits to be saved: a save repeated with the same id stores nothing new.
   */
  clientId: z.uuid({ error: 'must be an id (UUID)' }).optional(),
  /**
   * When the person finished the check (the server stores it within the account's lifetime;
   * absent: the time it is saved).
   */
  completedAt: InstantSchema.optional(),
}).describe('Answers to the Unknot check, with the client’s id for it and when it was completed.');

export type CheckSave = z.output<typeof CheckSaveSchema>;

registerRawCheck(CheckSaveSchema, intakeListProblems);
