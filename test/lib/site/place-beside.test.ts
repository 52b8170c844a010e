import { describe, expect, test } from 'vitest';
import { placeBeside } from '../../../src/scripts-client/term-popovers.ts';

describe('placeBeside (where a term popover goes)', () => {
  const viewport = { width: 375, height: 700 };
  const size = { width: 300, height: 120 };

  test('below the term when it fits there, above when only that fits, else on the roomier side', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 20 }, size, viewport)).toEqual({ top: 126, left: 20, side: 'below' });
    expect(placeBeside({ top: 640, bottom: 660, left: 20 }, size, viewport)).toEqual({ top: 514, left: 20, side: 'above' });
    const tiny = { width: 375, height: 200 };
    expect(placeBeside({ top: 60, bottom: 80, left: 20 }, size, tiny).side).toBe('below');
    expect(placeBeside({ top: 120, bottom: 140, left: 20 }, size, tiny).side).toBe('above');
  });

  test('never past either edge of the viewport', () => {
    expect(placeBeside({ top: 100, bottom: 120, left: 360 }, size, viewport).left).toBe(375 - 300 - 8);
    expect(placeBeside({ top: 100, bottom: 120, left: -40 }, size, viewport).left).toBe(8);
  });
});
