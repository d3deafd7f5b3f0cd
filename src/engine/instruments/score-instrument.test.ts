import { describe, expect, it } from 'vitest';
import { LICENSED_INSTRUMENTS, type LicensedInstrument, PEG } from '#knowledge';
import { pegScore } from './peg-score.ts';
import { scoreInstrument } from './score-instrument.ts';

const byId = (id: LicensedInstrument['id']) => LICENSED_INSTRUMENTS.find((i) => i.id === id) as LicensedInstrument;
const startBack = byId('instrument/start-back');
const rmdq = byId('instrument/rmdq');
const odi = byId('instrument/odi');
const answers = (...xs: (number | null)[]) => xs;

describe('PEG', () => {
  it('is the mean of the three items (Krebs 2009), to two decimals', () => {
    expect(pegScore({ pain: 0, enjoyment: 0, activity: 0 })).toBe(0);
    expect(pegScore({ pain: 10, enjoyment: 10, activity: 10 })).toBe(10);
    expect(pegScore({ pain: 7, enjoyment: 7, activity: 8 })).toBe(7.33);
    expect(pegScore({ pain: 5, enjoyment: 6, activity: 6 }, PEG)).toBe(5.67);
  });
});

describe('STarT Back (reference §2.3)', () => {
  it('is low risk at a total of 3, medium from 4 with a distress subscale of 3 or less', () => {
    const low = scoreInstrument(startBack, answers(1, 1, 1, 0, 0, 0, 0, 0, 2));
    expect(low).toMatchObject({ status: 'complete', total: 3, subscales: { psychosocial: 0 }, band: { id: 'low' } });
    const medium = scoreInstrument(startBack, answers(1, 1, 1, 0, 1, 1, 1, 0, 0));
    expect(medium).toMatchObject({ total: 6, subscales: { psychosocial: 3 }, band: { id: 'medium' } });
  });

  it('is high risk at a distress subscale of 4, with item 9 counting only for "very much" or "extremely"', () => {
    expect(scoreInstrument(startBack, answers(0, 0, 0, 0, 1, 1, 1, 0, 3))).toMatchObject({
      total: 4,
      subscales: { psychosocial: 4 },
      band: { id: 'high' },
    });
    expect(scoreInstrument(startBack, answers(0, 0, 0, 0, 1, 1, 1, 1, 2))).toMatchObject({ band: { id: 'high' } });
    expect(scoreInstrument(startBack, answers(0, 0, 0, 0, 1, 1, 1, 0, 2))).toMatchObject({
      total: 3,
      band: { id: 'low' },
    });
  });

  it('needs every item', () => {
    expect(scoreInstrument(startBack, answers(1, 1, 1, 0, null, 0, 0, 0, null))).toEqual({
      status: 'incomplete',
      missing: [5, 9],
    });
  });
});

describe('RMDQ', () => {
  it('counts endorsed statements, 0–24, without bands', () => {
    expect(
      scoreInstrument(
        rmdq,
        Array.from({ length: 24 }, (_, i) => (i < 5 ? 1 : 0)),
      ),
    ).toEqual({
      status: 'complete',
      total: 5,
      subscales: {},
      band: null,
      answered: 24,
    });
  });
});

describe('ODI (reference §5)', () => {
  it('is the percentage of the answered sections’ maximum, with its band', () => {
    expect(
      scoreInstrument(
        odi,
        Array.from({ length: 10 }, () => 1),
      ),
    ).toMatchObject({
      total: 20,
      band: { id: 'minimal' },
      answered: 10,
    });
    // 9 sections answered, sum 19: 19 / 45 × 100 = 42.2 → severe.
    expect(scoreInstrument(odi, answers(2, 2, 2, 2, 2, 2, 2, 2, 3, null))).toMatchObject({
      total: 42.2,
      band: { id: 'severe' },
      answered: 9,
    });
    expect(
      scoreInstrument(
        odi,
        Array.from({ length: 10 }, () => 5),
      ),
    ).toMatchObject({
      total: 100,
      band: { id: 'bed-bound' },
    });
    // 9 sections answered, sum 9: 9 / 45 × 100 = 20 → still minimal.
    expect(scoreInstrument(odi, answers(1, 1, 1, 1, 1, 1, 1, 1, 1, null))).toMatchObject({ total: 20 });
    expect(scoreInstrument(odi, answers(41, 0, 0, 0, 0, 0, 0, 0, 0, 0)).status).toBe('invalid');
    expect(
      scoreInstrument(
        odi,
        Array.from({ length: 10 }, () => null),
      ),
    ).toEqual({
      status: 'incomplete',
      missing: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    });
  });

  it('puts a score between whole-number bands in the higher band', () => {
    const custom: LicensedInstrument = { ...odi, answerMax: [200], bands: odi.bands };
    expect(scoreInstrument(custom, [41])).toMatchObject({ total: 20.5, band: { id: 'moderate' } });
  });
});

describe('answers that do not fit', () => {
  it('lists every problem', () => {
    expect(scoreInstrument(startBack, answers(1, 2, 0.5, -1))).toEqual({
      status: 'invalid',
      problems: [
        'expected 9 answers, got 4',
        'item 2: answer must be a whole number from 0 to 1',
        'item 3: answer must be a whole number from 0 to 1',
        'item 4: answer must be a whole number from 0 to 1',
      ],
    });
    const tooMany = scoreInstrument(startBack, answers(0, 0, 0, 0, 0, 0, 0, 0, 0, 7));
    expect(tooMany).toEqual({ status: 'invalid', problems: ['expected 9 answers, got 10'] });
  });

  it('reads a subscale over an item outside the answers as 0', () => {
    const odd: LicensedInstrument = { ...rmdq, answerMax: [1], subscales: [{ id: 's', items: [1, 2] }] };
    expect(scoreInstrument(odd, [1])).toMatchObject({ subscales: { s: 1 } });
  });

  it('reads bands with lower bounds, and an unknown subscale as 0', () => {
    const custom: LicensedInstrument = {
      ...rmdq,
      answerMax: [5],
      bands: [
        { id: 'unknown-sub', label: 'x', subscale: { id: 'nope', gte: 1 } },
        { id: 'high', label: 'high', total: { gte: 3 } },
        { id: 'rest', label: 'rest', total: {} },
      ],
    };
    expect(scoreInstrument(custom, [3])).toMatchObject({ band: { id: 'high' } });
    expect(scoreInstrument(custom, [2])).toMatchObject({ band: { id: 'rest' } });
  });
});
