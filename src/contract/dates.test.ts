import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARLIEST_DATE, InstantSchema, LATEST_DATE, LocalDateSchema } from './dates.ts';

const DAY = 86_400_000;
const first = Date.parse(`${EARLIEST_DATE}T00:00:00Z`);
const last = Date.parse(`${LATEST_DATE}T23:59:59.999Z`);

describe('date bounds', () => {
  it('accepts every day from the first to the last, and no day outside', () => {
    fc.assert(
      fc.property(fc.integer({ min: first - 400 * DAY, max: last + 400 * DAY }), (ms) => {
        const date = new Date(ms).toISOString().slice(0, 10);
        expect(LocalDateSchema.safeParse(date).success).toBe(ms >= first && ms <= last);
      }),
    );
  });

  it('accepts every instant in range, whatever its offset, and refuses the rest with the range named', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: first - 2 * DAY, max: last + 2 * DAY }),
        fc.constantFrom('Z', '+14:00', '-12:00', '+05:30'),
        (ms, offset) => {
          const minutes =
            offset === 'Z'
              ? 0
              : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
          const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
          const result = InstantSchema.safeParse(`${local}${offset}`);
          expect(result.success).toBe(ms >= first && ms <= last);
          if (!result.success) expect(result.error.issues[0]?.message).toContain(`${EARLIEST_DATE} to ${LATEST_DATE}`);
        },
      ),
    );
  });

  it('gives one message for a value that is not a date at all', () => {
    expect(LocalDateSchema.safeParse('yesterday').error?.issues.map((i) => i.message)).toEqual([
      'must be a date written YYYY-MM-DD',
    ]);
    expect(InstantSchema.optional().safeParse('yesterday').error?.issues).toHaveLength(1);
  });

  it('refuses year 0 and the ends of the Date range', () => {
    for (const s of ['0000-01-01', '-271821-04-20', '+275760-09-13', '10000-01-01']) {
      expect(LocalDateSchema.safeParse(s).success).toBe(false);
      expect(InstantSchema.safeParse(`${s}T00:00:00Z`).success).toBe(false);
    }
  });
});
