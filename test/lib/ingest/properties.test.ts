import fc from 'fast-check';
import { describe, test } from 'vitest';
import { properties } from './arbitraries.ts';

/**
 * Property-based tests of the ingest pipeline (parser, normaliser, reflow, splitter, MDX):
 * a few hundred generated pages per property. `npm run fuzz` runs the same properties by the
 * ten thousand. Set FC_SEED to replay a failure (fast-check prints the seed and path).
 */
const runs = 250;
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;

describe('ingest properties', () => {
  for (const property of properties) {
    test(property.name, () => {
      fc.assert(
        fc.property(property.arbitrary, (text) => property.check(text)),
        { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
      );
    });
  }
});
