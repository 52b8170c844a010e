import { describe, expect, test } from 'vitest';
import { pageWindow } from '../../../src/lib/site/pager.ts';

describe('pageWindow', () => {
  test('shows every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  test('keeps the first, the last and three either side of the current page, with gaps marked', () => {
    expect(pageWindow(10, 40)).toEqual([1, null, 7, 8, 9, 10, 11, 12, 13, null, 40]);
    expect(pageWindow(1, 40)).toEqual([1, 2, 3, 4, null, 40]);
    expect(pageWindow(40, 40)).toEqual([1, null, 37, 38, 39, 40]);
  });
});
