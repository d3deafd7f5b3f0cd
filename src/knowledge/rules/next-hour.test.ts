import { describe, expect, it } from 'vitest';
import { PLAN_CODES } from '../codes.ts';
import { SOURCES } from '../sources.ts';
import { NEXT_HOUR } from './next-hour.ts';

describe('NEXT_HOUR', () => {
  it('orders distinct, real plan codes and cites real sources', () => {
    expect(new Set(NEXT_HOUR.order).size).toBe(NEXT_HOUR.order.length);
    for (const code of NEXT_HOUR.order) expect(PLAN_CODES).toContain(code);
    const ids = new Set(SOURCES.map((s) => s.id));
    for (const id of NEXT_HOUR.sources) expect(ids.has(id), id).toBe(true);
  });

  it('puts help before comfort, and offers at most three things', () => {
    const at = (c: (typeof PLAN_CODES)[number]) => NEXT_HOUR.order.indexOf(c);
    expect(at('call_emergency')).toBe(0);
    expect(at('urgent_same_day')).toBeLessThan(at('heat'));
    expect(NEXT_HOUR.max).toBeGreaterThan(0);
    expect(NEXT_HOUR.max).toBeLessThanOrEqual(3);
  });
});
