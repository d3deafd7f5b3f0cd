import { describe, expect, it } from 'vitest';
import { guessRegion } from './region.ts';

describe('guessRegion', () => {
  it('reads the country of the first language tag that has one', () => {
    expect(guessRegion(['en-GB', 'en'])).toBe('uk');
    expect(guessRegion(['en', 'de-DE'])).toBe('eu');
    expect(guessRegion(['en-US'])).toBe('us');
    expect(guessRegion(['es-419', 'fr-FR'])).toBe('other');
    expect(guessRegion(['en-IN'])).toBe('other');
  });
  it('is null when no tag names a country, and skips malformed tags', () => {
    expect(guessRegion(['en', 'fr'])).toBeNull();
    expect(guessRegion([])).toBeNull();
    expect(guessRegion(['not a tag!', 'fr-BE'])).toBe('eu');
  });
});
