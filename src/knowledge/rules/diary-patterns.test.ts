import { describe, expect, it } from 'vitest';
import { PLAN_CODES } from '../codes.ts';
import { type InstrumentBand, LICENSED_INSTRUMENTS } from '../instruments/licensed.ts';
import { PEG, PEG_ITEM_KEYS } from '../instruments/peg.ts';
import { SOURCES } from '../sources.ts';
import { DIARY_PATTERNS } from './diary-patterns.ts';
import { RELIEF_INSIGHT } from './relief-insight.ts';

const ids = new Set(SOURCES.map((s) => s.id));
const cited = (sources: readonly string[]) => {
  expect(sources.length).toBeGreaterThan(0);
  for (const s of sources) expect(ids.has(s), s).toBe(true);
};

describe('diary patterns', () => {
  it('are cited, and their words state the same numbers as their thresholds', () => {
    const { painWorse, spasmsAfterQuiet } = DIARY_PATTERNS;
    for (const rule of [painWorse, spasmsAfterQuiet]) {
      cited(rule.sources);
      expect(rule.id).toMatch(/^diary\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.title && rule.text && rule.why && rule.deviation).toBeTruthy();
    }
    expect(painWorse.why).toContain(`${painWorse.points} points or ${painWorse.percent} %`);
    expect(spasmsAfterQuiet.why).toContain(`in the last ${spasmsAfterQuiet.windowDays} days`);
    expect(spasmsAfterQuiet.why).toContain(`after ${spasmsAfterQuiet.quietDays} days without one`);
    expect(painWorse.sources).toContain('ostelo-2008-mic');
  });
});

describe('what helps me', () => {
  it('is cited, and withholds only real plan items', () => {
    cited(RELIEF_INSIGHT.sources);
    for (const code of RELIEF_INSIGHT.withheldWhenAbsent) expect(PLAN_CODES).toContain(code);
    expect(RELIEF_INSIGHT.minUses).toBeGreaterThanOrEqual(2);
  });
});

describe('outcome instruments', () => {
  it('PEG: three 0–10 items in our own words, scored as their mean, cited to Krebs 2009 (R60)', () => {
    cited(PEG.sources);
    expect(PEG.items.map((i) => i.key)).toEqual([...PEG_ITEM_KEYS]);
    expect([PEG.min, PEG.max]).toEqual([0, 10]);
    expect(SOURCES.find((s) => s.id === PEG.sources[0])?.ref).toBe('R60');
    for (const item of PEG.items) expect(item.text.endsWith('?')).toBe(true);
  });

  it('licensed instruments: cited, with bands that end in a catch-all, and no item text', () => {
    for (const instrument of LICENSED_INSTRUMENTS) {
      cited(instrument.sources);
      expect(instrument).not.toHaveProperty('items');
      const bands: readonly InstrumentBand[] = instrument.bands;
      const last = bands.at(-1);
      if (last) expect(last.total === undefined || Object.keys(last.total).length === 0).toBe(true);
      for (const sub of 'subscales' in instrument ? instrument.subscales : [])
        for (const item of sub.items) expect(item >= 1 && item <= instrument.answerMax.length).toBe(true);
    }
    expect(LICENSED_INSTRUMENTS.map((i) => i.answerMax.length)).toEqual([9, 24, 10]);
  });
});
