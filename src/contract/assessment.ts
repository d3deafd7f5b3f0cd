// Contract §3: the assessment, as a schema for API responses, clients and tests.

import { z } from 'zod';
import {
  AVOID_CODES,
  CAUSE_CODES,
  CAUSE_STRENGTHS,
  DISPOSITIONS,
  FINDING_CODES,
  PLAN_CODES,
  PLAN_KINDS,
  RED_FLAG_CODES,
} from '#knowledge';
import { IntakeSchema } from './intake.ts';

// Optional fields are exactOptional: absent, never `undefined`, as the engine's types say (so a
// parsed assessment is an engine Assessment under exactOptionalPropertyTypes).
const sources = z.array(z.string().min(1)).min(1);
const findings = z.array(z.enum(FINDING_CODES));
const disposition = z.enum(DISPOSITIONS);

const TimerSchema = z.object({
  kind: z.enum(['heat', 'cold']),
  defaultMinutes: z.number(),
  maxMinutes: z.number(),
  restMinutes: z.number(),
  maxTemperatureC: z.number().exactOptional(),
  safetyNote: z.string(),
});

export const RedFlagResultSchema = z.object({
  code: z.enum(RED_FLAG_CODES),
  disposition,
  findings,
  title: z.string(),
  summary: z.string(),
});

export const ReasonSchema = z.object({
  text: z.string().min(1),
  findings,
  sources,
  level: disposition.nullable(),
  rule: z.string().exactOptional(),
});

export const AssessmentSchema = z
  .object({
    disposition,
    redFlags: z.array(RedFlagResultSchema),
    causes: z.array(
      z.object({
        code: z.enum(CAUSE_CODES),
        strength: z.enum(CAUSE_STRENGTHS),
        findings,
        title: z.string(),
        explanation: z.string(),
        sources,
      }),
    ),
    plan: z.array(
      z.object({
        code: z.enum(PLAN_CODES),
        kind: z.enum(PLAN_KINDS),
        title: z.string(),
        detail: z.string(),
        steps: z.array(z.string()),
        cautions: z.array(z.string()),
        sources,
        why: z.string(),
        findings,
        exercise: z.string().exactOptional(),
        timer: TimerSchema.exactOptional(),
      }),
    ),
    avoid: z.array(
      z.object({
        code: z.enum(AVOID_CODES),
        title: z.string(),
        why: z.string(),
        sources,
        findings,
        myth: z.string().exactOptional(),
      }),
    ),
    reasons: z.array(ReasonSchema),
    followUp: z.object({
      reviewInDays: z.number().int().min(0),
      seeDoctorIfNotBetterByDay: z.number().int().nullable(),
      notes: z.array(z.string()),
      sources: z.array(z.string()),
    }),
    knowledgeVersion: z.string().min(1),
  })
  .describe('The result of an Unknot check (assessment contract §3).')
  .meta({ id: 'Assessment' });
export type AssessmentResult = z.output<typeof AssessmentSchema>;

/** A saved check as GET /api/assessments and /api/assessments/{id} answer it: stored, never recomputed. */
export const StoredCheckSchema = z
  .object({
    id: z.uuid(),
    /** The client's id for the check (null when it sent none). */
    clientId: z.uuid().nullable(),
    createdAt: z.string(),
    completedAt: z.string(),
    knowledgeVersion: z.string(),
    intake: IntakeSchema,
    assessment: AssessmentSchema,
  })
  .describe('A saved check: the answers, the result as it was given, and the knowledge version that gave it.')
  .meta({ id: 'StoredCheck' });
export type StoredCheck = z.output<typeof StoredCheckSchema>;

export const CheckPageSchema = z
  .object({ items: z.array(StoredCheckSchema), nextCursor: z.string().nullable() })
  .describe('A page of saved checks, newest first; nextCursor fetches the next page (null: no more).');
export type CheckPage = z.output<typeof CheckPageSchema>;

/** POST /api/assessments: the assessment alone (not signed in), or the saved check. */
export const AssessAnswerSchema = z
  .union([
    z.object({ stored: z.literal(false), assessment: AssessmentSchema }),
    StoredCheckSchema.extend({ stored: z.literal(true) }),
  ])
  .describe('The assessment; when signed in, the saved check (stored: true) with its id.');
export type AssessAnswer = z.output<typeof AssessAnswerSchema>;
