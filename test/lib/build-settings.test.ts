import { describe, expect, test } from 'vitest';
import { BUILD_MEMORY, sideBySide } from '../../src/lib/site/build-settings.ts';

describe('the order of the build steps', () => {
  test('runs Astro and the index side by side while their estimated sum fits the memory budget, one after the other beyond', () => {
    expect(sideBySide(40, 40)).toBe(true);
    expect(sideBySide(1000, 1000)).toBe(true);
    expect(sideBySide(10_000, 10_000)).toBe(false);
    // A shard's index step only writes records; the merge renders no article.
    expect(sideBySide(5000, 0)).toBe(true);
    expect(sideBySide(0, 10_000)).toBe(false);
    expect(sideBySide(0, 5000)).toBe(true);
    // The switch sits where the estimate crosses the budget.
    const crossing =
      (BUILD_MEMORY.budgetMB - BUILD_MEMORY.astroBaseMB - BUILD_MEMORY.indexBaseMB) / (BUILD_MEMORY.astroPerArticleMB + BUILD_MEMORY.indexPerArticleMB);
    expect(sideBySide(Math.floor(crossing) - 1, Math.floor(crossing) - 1)).toBe(true);
    expect(sideBySide(Math.ceil(crossing) + 1, Math.ceil(crossing) + 1)).toBe(false);
  });
});
