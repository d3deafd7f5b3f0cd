// The json-rules-engine rule set (the benchmark's second implementation of contract §4) must give
// assess()'s disposition on every public vignette and on random intakes, unsure answers included.
// The benchmark checks 10,000 random intakes; this kept test checks 2,000 so it stays fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intakeArb } from '../../src/test-support/arbitraries.ts';
import { disagreementOf, disagreements, vignetteIntakes } from './agreement.ts';
import { dispositionEngine } from './rules-engine-disposition.ts';

describe('json-rules-engine rule set agrees with assess()', () => {
  const engine = dispositionEngine();

  it('on the public vignettes', async () => {
    const intakes = vignetteIntakes();
    expect(intakes.length).toBeGreaterThan(0);
    expect(await disagreements(engine, intakes)).toEqual([]);
  });

  it('on random intakes', async () => {
    await fc.assert(
      fc.asyncProperty(intakeArb, async (intake) => {
        expect(await disagreementOf(engine, intake)).toBeUndefined();
      }),
      { numRuns: 2_000 },
    );
  });
});
