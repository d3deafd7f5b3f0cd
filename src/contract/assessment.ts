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

const sources = z.array(z.string().min(1)).min(1);
const findings = z.array(z.enum(FINDING_CODES));
const disposition = z.enum(DISPOSITIONS);

const TimerSchema = z.object({
  kind: z.enum(['heat', 'cold']),
  defaultMinutes: z.number(),
  maxMinutes: z.number(),
  restMinutes: z.number(),
  maxTemperatureC: z.number().optional(),
  safetyNote: z.string(),
});

export const AssessmentSchema = z
  .object({
    disposition,
    redFlags: z.array(
      z.object({ code: z.enum(RED_FLAG_CODES), disposition, findings, title: z.string(), summary: z.string() }),
    ),
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
        exercise: z.string().optional(),
        timer: TimerSchema.optional(),
      }),
    ),
    avoid: z.array(
      z.object({
        code: z.enum(AVOID_CODES),
        title: z.string(),
        why: z.string(),
        sources,
        findings,
        myth: z.string().optional(),
      }),
    ),
    reasons: z.array(
      z.object({
        text: z.string().min(1),
        findings,
        sources,
        level: disposition.nullable(),
        rule: z.string().optional(),
      }),
    ),
    followUp: z.object({
      reviewInDays: z.number().int().min(0),
      seeDoctorIfNotBetterByDay: z.number().int().nullable(),
      notes: z.array(z.string()),
      sources: z.array(z.string()),
    }),
    knowledgeVersion: z.string().min(1),
  })
  .describe('The result of an Unknot check (assessment contract §3).');
