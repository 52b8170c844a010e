import { describe, expect, test } from 'vitest';
import { indexTokens, searchTokens } from '../../../src/lib/search/tokens.ts';

describe('search tokens', () => {
  test('index a Han run as its characters and overlapping pairs, Latin words as lower-case words', () => {
    expect(indexTokens('整村授信')).toEqual(['整', '整村', '村', '村授', '授', '授信', '信']);
    expect(indexTokens('5G基站 Whole-Village credit')).toEqual(['5g', '基', '基站', '站', 'whole', 'village', 'credit']);
  });

  test('query a short run as itself and a longer one as its pairs, which the index always has', () => {
    expect(searchTokens('放管')).toEqual(['放管']);
    expect(searchTokens('高效办成一件事')).toEqual(['高效', '效办', '办成', '成一', '一件', '件事']);
    expect(searchTokens('一门受理、协同办理')).toEqual(['一门', '门受', '受理', '协同', '同办', '办理']);
    const text = '推行一门受理、协同办理，让高效办成一件事落地';
    const indexed = new Set(indexTokens(text));
    for (const query of ['一门受理、协同办理', '高效办成一件事', '落地'])
      for (const token of searchTokens(query)) expect(indexed.has(token), `${query}: ${token}`).toBe(true);
  });
});
