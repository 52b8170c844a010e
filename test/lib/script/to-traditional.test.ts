import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, test } from 'vitest';
import { TRADITIONAL_VARIANT, toTraditional } from '../../../src/lib/script/to-traditional.ts';
import { convertByWords, segmentWords } from '../../../src/lib/script/word-convert.ts';

// OpenCC's longest match from the left takes a phrase that straddles two words (中签, 握发, 金发);
// the conversion cuts the text into words first and takes no phrase across a word boundary.
describe('toTraditional: phrases OpenCC alone converts wrongly', () => {
  const plain = OpenCC.Converter(TRADITIONAL_VARIANT);

  test.each([
    ['集中签约', '集中簽約', '籤'],
    ['项目集中签约仪式', '項目集中簽約儀式', '籤'],
    ['集中签署协议', '集中簽署協議', '籤'],
    ['集中签订合同', '集中簽訂合同', '籤'],
    ['把握发展', '把握發展', '髮'],
    ['掌握发展主动权', '掌握發展主動權', '髮'],
    ['把握发展大势', '把握發展大勢', '髮'],
    ['救助金发放到户', '救助金發放到戶', '髮'],
    ['资金发放后', '資金發放後', '髮'],
  ])('%s → %s', (simplified, traditional, wrong) => {
    // The slip is real: plain OpenCC gives the wrong character here.
    expect(plain(simplified)).toContain(wrong);
    expect(toTraditional(simplified)).toBe(traditional);
  });

  test('leaves the words where the other character is right', () => {
    expect(toTraditional('抽签')).toBe('抽籤');
    expect(toTraditional('摇号中签')).toBe('搖號中籤');
    expect(toTraditional('理发')).toBe('理髮');
    expect(toTraditional('头发')).toBe('頭髮');
  });

  test('converts by words without any override (the segmenter alone fixes the straddled phrases)', () => {
    expect(convertByWords('集中签约，把握发展，救助金发放')).toBe('集中簽約，把握發展，救助金發放');
    // 车间并购置: 并购 ("merger", 併購) straddles 并|购置; 并 here is "and".
    expect(plain('车间并购置了设备')).toContain('併購');
    expect(convertByWords('车间并购置了设备')).toBe('車間並購置了設備');
  });

  test('still takes OpenCC phrases that cover whole words, or lie inside one', () => {
    // jieba cuts 复用 and 风采 as words; OpenCC's phrases give 複用 and 風采 (not 復用, 風採).
    expect(convertByWords('复用工作')).toBe('複用工作');
    expect(convertByWords('代表风采')).toBe('代表風采');
    expect(convertByWords('理发店')).toBe('理髮店');
    expect(segmentWords('集中签约')).toEqual(['集中', '签约']);
  });

  test('keeps the surname overrides working beside the new ones', () => {
    expect(toTraditional('于女士签约发展')).toBe('于女士簽約發展');
    expect(toTraditional('关于发展')).toBe('關於發展');
    expect(toTraditional('副巴长余莉说')).toBe('副巴長余莉說');
  });
});

test("the security fixture's overrides (which replace content's in the test build) start with the current content/opencc-overrides.yaml", () => {
  // make-fixtures.ts copies the content file and appends the payload overrides; rerun it after editing the content file.
  const fixture = readFileSync('test/fixtures/security/content/opencc-overrides.yaml', 'utf8');
  expect(fixture.startsWith(readFileSync('content/opencc-overrides.yaml', 'utf8'))).toBe(true);
});
