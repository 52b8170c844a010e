import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { toTraditional } from '../../../src/lib/script/to-traditional.ts';
import { hitLink, inOtherScript, searchArchive } from '../../../src/lib/search/search-archive.ts';
import { firstParagraph, highlight, paragraphIndex, paragraphsOf } from '../../../src/lib/search/snippet.ts';
import { fakeIndex } from './fake-index.ts';

const marked = (text: string, query: string) =>
  highlight(text, parseQuery(query))
    .map((part) => (part.mark ? `[${part.text}]` : part.text))
    .join('');

describe('highlight', () => {
  test('marks every occurrence of every term, not only the first', () => {
    expect(marked('实施整村授信，授信到户，整村推进', '授信 整村')).toBe('实施[整村授信]，[授信]到户，[整村]推进');
    expect(marked('Fire drill: a fire emergency drill', 'fire drill')).toBe('[Fire] [drill]: a [fire] emergency [drill]');
  });

  test('matches as the check does: case, width and diacritics folded, whole Latin words only', () => {
    expect(marked('Lü Yingchun met LU', 'lu yingchun')).toBe('[Lü] [Yingchun] met [LU]');
    expect(marked('７００张床位', '700张')).toBe('[７００张]床位');
    expect(marked('firefighting', 'fire')).toBe('firefighting');
  });

  test('gives the text unmarked when nothing matches, and nothing for no text', () => {
    expect(highlight('乡村振兴', parseQuery('授信'))).toEqual([{ text: '乡村振兴', mark: false }]);
    expect(highlight('', parseQuery('授信'))).toEqual([]);
  });
});

describe('paragraphs and the first matching one', () => {
  const head = '标题\n';
  const text = `${head}第一段没有。\n第二段有整村。\n第三段有整村授信。`;
  const index = paragraphIndex([
    ['p3', head.length],
    ['p5', head.length + '第一段没有。\n'.length],
    ['p9', head.length + '第一段没有。\n第二段有整村。\n'.length],
  ]);

  test('the index splits the text back into its paragraphs', () => {
    expect(paragraphsOf(text, index).map((paragraph) => [paragraph.id, paragraph.text.trim()])).toEqual([
      ['p3', '第一段没有。'],
      ['p5', '第二段有整村。'],
      ['p9', '第三段有整村授信。'],
    ]);
  });

  test('the first paragraph with every term, else the first with any, else none', () => {
    expect(firstParagraph(parseQuery('整村授信'), [{ text, index }])).toBe('p9');
    expect(firstParagraph(parseQuery('整村 第一段'), [{ text, index }])).toBe('p3');
    expect(firstParagraph(parseQuery('标题'), [{ text, index }])).toBe('');
    // An English term found in the translation's paragraph.
    expect(
      firstParagraph(parseQuery('credit'), [
        { text, index },
        { text: 'Title\nSome credit.', index: 'p5:6' },
      ]),
    ).toBe('p5');
  });

  test('a hit links to its paragraph when it has one', () => {
    expect(hitLink({ url: '/archive/articles/a/', paragraph: 'p9' })).toBe('/archive/articles/a/#p9');
    expect(hitLink({ url: '/archive/articles/a/', paragraph: '' })).toBe('/archive/articles/a/');
  });
});

describe("snippets in the reader's script", () => {
  const shown = (parts: readonly { text: string; mark: boolean }[]) => parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');
  test('a snippet of the Simplified text is carried over to the Traditional text, marks and all', async () => {
    const text = '省农联社 大力推进\n\n整村授信，助力乡村振兴。';
    const { api } = fakeIndex([text]);
    const [hit] = await searchArchive(api, '乡村振兴 整村授信', { fold: (query) => query, traditional: async () => toTraditional(text) });
    expect(shown(hit!.snippet)).toBe('省农联社 大力推进 [整村授信]，助力[乡村振兴]。');
    expect(shown(hit!.snippetHant)).toBe('省農聯社 大力推進 [整村授信]，助力[鄉村振興]。');
  });
  test('an English snippet, or a search without the Traditional texts (the Simplified site, the terminal), stays as it is', async () => {
    const { api } = fakeIndex([{ text: '乡村振兴', en: 'rural revitalisation' }]);
    const read: string[] = [];
    const traditional = async (id: string) => {
      read.push(id);
      return '鄉村振興';
    };
    const [english] = await searchArchive(api, 'revitalisation', { fold: (query) => query, traditional });
    expect(english!.snippetHant).toEqual(english!.snippet);
    const [bare] = await searchArchive(api, '乡村振兴', { fold: (query) => query });
    expect(bare!.snippetHant).toEqual(bare!.snippet);
    // Only hits read their Traditional text.
    expect(read).toEqual(['a0']);
  });
  test('texts that do not align code point for code point keep the original snippet', () => {
    const parts = [{ text: '乡村', mark: true }];
    expect(inOtherScript(parts, '乡村', '鄉村振', 0)).toBe(parts);
    expect(inOtherScript(parts, '乡村', '鄉村', 0)).toEqual([{ text: '鄉村', mark: true }]);
  });
});
