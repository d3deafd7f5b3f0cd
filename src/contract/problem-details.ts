// The body of every error the API sends (RFC 9457 problem details, application/problem+json):
// the server's error catalogue (src/server/errors.ts, docs/errors.md) fills it in.
import { z } from 'zod';

export const ProblemDetailsSchema = z
  .object({
    /** `urn:unknot:problem:<code>`. */
    type: z.string(),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    /** What went wrong and what to do, in plain words. */
    detail: z.string(),
    /** A stable code from docs/errors.md, e.g. APP_ERR_VALIDATION. */
    code: z.string().regex(/^APP_ERR_[A-Z_]+$/),
    /** The path of the request. */
    instance: z.string().optional(),
    /** One entry per field that is wrong (validation problems). */
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          /** body, querystring, params or headers. */
          location: z.string().optional(),
        }),
      )
      .optional(),
  })
  .describe('A problem (RFC 9457) with a stable code from docs/errors.md.')
  // One component of the OpenAPI document, referred to by every operation's errors.
  .meta({ id: 'Problem' });
export type ProblemDetails = z.output<typeof ProblemDetailsSchema>;
