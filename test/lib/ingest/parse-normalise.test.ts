import type { Paragraph, Text } from 'mdast';
import { describe, expect, test } from 'vitest';
import { normaliseText, stripHashMarker } from '../../../src/lib/ingest/normalise.ts';
import { parsePage } from '../../../src/lib/ingest/parse-page.ts';
import { displayWidth } from '../../../src/lib/ingest/text-utils.ts';

describe('parsePage', () => {
  test('makes one paragraph per non-empty line, with source positions and layout facts', () => {
    const tree = parsePage('标题\n\n  正文第一行\n第二行。');
    expect(tree.children).toHaveLength(3);
    const [first, second, third] = tree.children as Paragraph[];
    expect(first!.position!.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(second!.data!.block).toMatchObject({ lines: [3], indent: true, blankBefore: true });
    expect((second!.children[0] as Text).value).toBe('正文第一行');
    expect(second!.children[0]!.position!.start).toEqual({ line: 3, column: 3, offset: 6 });
    expect(third!.data!.block).toMatchObject({ lines: [4], indent: false, blankBefore: false });
  });

  test('keeps astral characters whole and counts them once', () => {
    const tree = parsePage('𦫖𧒽字');
    expect(((tree.children[0] as Paragraph).children[0] as Text).value).toBe('𦫖𧒽字');
    expect(displayWidth('𦫖𧒽字')).toBe(3);
  });
});

describe('normaliseText', () => {
  test('composes to NFC and keeps full-width punctuation as printed', () => {
    expect(normaliseText('e\u0301，“放管服”（试行）')).toBe('é，“放管服”（试行）');
  });

  test('drops spaces between digits and Han characters but not between Han phrases', () => {
    expect(normaliseText('累计捐赠电脑 300多台、电视 10台')).toBe('累计捐赠电脑300多台、电视10台');
    expect(normaliseText('开拓创新解难题 成果转化促发展')).toBe('开拓创新解难题 成果转化促发展');
  });

  test("closes up a site's spaces and an ideographic space around numbers, letter-spaced dates too; between words a space stays", () => {
    expect(normaliseText('29 歲男子涉於 2017 年起')).toBe('29歲男子涉於2017年起');
    expect(normaliseText('女子　 29 歲')).toBe('女子29歲');
    expect(normaliseText('2024　年　5　月　3　日　星期五')).toBe('2024年5月3日 星期五');
    expect(normaliseText('第　3　版')).toBe('第3版');
    expect(normaliseText('期間亡　家屬入稟索償')).toBe('期間亡 家屬入稟索償');
  });

  test('folds full-width digits and Latin letters to ASCII (１２月３１日, ＷＴＯ), and nothing else', () => {
    expect(normaliseText('本报北京１２月３１日讯　中国加入ＷＴＯ，ｅ－ｍａｉｌ')).toBe('本报北京12月31日讯 中国加入WTO，e－mail');
    expect(normaliseText('，。（）“”：；')).toBe('，。（）“”：；');
  });

  test('collapses letter-spaced Chinese', () => {
    expect(normaliseText('目 前 ，该 经 验 已 在 推 广 中 。')).toBe('目前，该经验已在推广中。');
  });
});

describe('stripHashMarker', () => {
  test('removes a stray markdown heading marker and reports its depth', () => {
    expect(stripHashMarker('## 服务式治理 让治理更人性')).toEqual({ text: '服务式治理 让治理更人性', depth: 2 });
    expect(stripHashMarker('#不是标题')).toEqual({ text: '#不是标题', depth: 0 });
  });
});
