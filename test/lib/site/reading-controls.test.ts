import { describe, expect, test } from 'vitest';
import { readingControlsHtml } from '../../../src/scripts-client/reading-mode.ts';
import { cardUrl, termIdOf } from '../../../src/scripts-client/term-popovers.ts';
import { toTraditional } from '../../../src/lib/script/to-traditional.ts';

describe('readingControlsHtml', () => {
  test('writes the reading-mode switch, and the term-notes switch only on a page with terms', () => {
    const plain = readingControlsHtml('zh-Hans', false);
    expect(plain).toContain('name="reading-mode" value="both" checked');
    expect(plain).not.toContain('name="annotations"');
    const withTerms = readingControlsHtml('zh-Hans', true);
    expect([...withTerms.matchAll(/name="annotations" value="(\w+)"/gu)].map((match) => match[1])).toEqual(['all', 'first', 'none']);
    expect(withTerms).toContain('aria-describedby="notes-hint"');
    expect(withTerms).toContain('id="notes-hint"');
  });

  test('labels a Traditional page with the Traditional conversion of the Simplified labels', () => {
    const text = (html: string) => [...html.matchAll(/<span class="ui-zh">([^<]*)<\/span>/gu)].map((match) => match[1]!);
    const hans = text(readingControlsHtml('zh-Hans', true));
    expect(hans).toContain('术语标注');
    expect(text(readingControlsHtml('zh-Hant', true))).toEqual(hans.map((label) => toTraditional(label)));
  });
});

describe('termIdOf', () => {
  test("reads a term's id from its link, under any base path", () => {
    expect(termIdOf('/archive/glossary/zheng-cun-shou-xin/')).toBe('zheng-cun-shou-xin');
    expect(termIdOf('https://example.github.io/glossary/5-plus-x/')).toBe('5-plus-x');
    expect(termIdOf('/archive/articles/x/')).toBe('');
  });
});

describe('cardUrl', () => {
  test("finds a term's one card from either script's term page", () => {
    expect(cardUrl('https://example.org/archive/glossary/zheng-cun-shou-xin/')).toBe('https://example.org/archive/glossary/zheng-cun-shou-xin/card.json');
    expect(cardUrl('https://example.org/archive/hant/glossary/zheng-cun-shou-xin/')).toBe('https://example.org/archive/glossary/zheng-cun-shou-xin/card.json');
  });
});
