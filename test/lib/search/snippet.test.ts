import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { hitLink } from '../../../src/lib/search/search-archive.ts';
import { firstParagraph, highlight, paragraphIndex, paragraphsOf } from '../../../src/lib/search/snippet.ts';

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
