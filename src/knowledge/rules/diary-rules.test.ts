import { describe, expect, it } from 'vitest';
import { SOURCES } from '../sources.ts';
import { DIARY_RULES } from './diary-rules.ts';

describe('diary rules', () => {
  it('are whole numbers of days, cited from sources that exist', () => {
    const ids = new Set(SOURCES.map((s) => s.id));
    for (const rule of Object.values(DIARY_RULES)) {
      expect(rule.id).toMatch(/^diary\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Number.isInteger(rule.days) && rule.days > 0).toBe(true);
      expect(rule.text).toContain(String(rule.days));
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const s of rule.sources) expect(ids.has(s), s).toBe(true);
    }
  });
});
