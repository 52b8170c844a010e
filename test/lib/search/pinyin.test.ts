import { describe, expect, test } from 'vitest';
import { MIN_PINYIN_SYLLABLES, PINYIN_TOKEN_PREFIX, pinyinQuery, pinyinTokens, splitSyllables } from '../../../src/lib/search/pinyin.ts';
import { titleSyllables } from '../../../src/lib/search/records.ts';

describe('splitSyllables', () => {
  test('splits run-together pinyin, backtracking where the longest syllable leads nowhere', () => {
    expect(splitSyllables('zhengcunshouxin')).toEqual(['zheng', 'cun', 'shou', 'xin']);
    expect(splitSyllables('fangguanfu')).toEqual(['fang', 'guan', 'fu']);
    // The longest syllable first (xiang + ang), and back to a shorter one when the rest does not parse (xiang + u → xian + gu).
    expect(splitSyllables('xiangang')).toEqual(['xiang', 'ang']);
    expect(splitSyllables('xiangu')).toEqual(['xian', 'gu']);
    expect(splitSyllables('xianq')).toBeNull();
    expect(splitSyllables('credit')).toBeNull();
  });

  test('gives up in linear time on a long string that does not parse', () => {
    const started = performance.now();
    expect(splitSyllables(`${'xian'.repeat(50)}q`)).toBeNull();
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('pinyinQuery', () => {
  test('reads a Latin query as pinyin with or without tones and spaces', () => {
    for (const query of ['fangguanfu', 'fàng guǎn fú', 'Fang Guan Fu', 'fang-guan-fu']) expect(pinyinQuery(query), query).toEqual(['fang', 'guan', 'fu']);
    expect(pinyinQuery('zhengcun shouxin')).toEqual(['zheng', 'cun', 'shou', 'xin']);
  });

  test(`needs ${MIN_PINYIN_SYLLABLES} syllables (two with tone marks), Latin letters only`, () => {
    expect(pinyinQuery('change')).toBeNull(); // chan + ge: English more likely
    expect(pinyinQuery('xiāngcūn')).toEqual(['xiang', 'cun']);
    expect(pinyinQuery('fire drill')).toBeNull();
    expect(pinyinQuery('整村 shouxin')).toBeNull();
    expect(pinyinQuery('2024 fangguanfu')).toBeNull();
    expect(pinyinQuery('')).toBeNull();
  });
});

describe('pinyinTokens and titleSyllables', () => {
  test('a title is indexed as its overlapping syllable pairs, prefixed, and a query searches the same tokens', () => {
    const title = titleSyllables('实施整村授信“贷”动乡村振兴');
    expect(title).toEqual(['shi', 'shi', 'zheng', 'cun', 'shou', 'xin', 'dai', 'dong', 'xiang', 'cun', 'zhen', 'xing']);
    const indexed = new Set(pinyinTokens(title));
    const query = pinyinTokens(pinyinQuery('zhengcun shouxin')!);
    expect(query).toEqual([`${PINYIN_TOKEN_PREFIX}zhengcun`, `${PINYIN_TOKEN_PREFIX}cunshou`, `${PINYIN_TOKEN_PREFIX}shouxin`]);
    expect(query.every((token) => indexed.has(token))).toBe(true);
  });

  test('a title without Chinese has no syllables', () => {
    expect(titleSyllables('IOT 2024')).toEqual([]);
    expect(pinyinTokens([])).toEqual([]);
  });
});
