import { describe, expect, test } from 'vitest';
import type { LoadedEntry } from '../../../src/lib/glossary/load-glossary.ts';
import { clauseAfter, clauseBefore, collectUses, headTexts, matcherFor } from '../../../src/lib/glossary/uses.ts';
import type { ArticleRecord } from '../../../src/lib/ingest/ingest-page.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';

const entry = (id: string, term: string): LoadedEntry => ({
  entry: glossaryEntrySchema.parse({
    id,
    term,
    pinyin: 'x',
    english: id,
    definitionEn: 'A test entry.',
    definitionZh: '测试。',
    category: 'government-services',
    scope: { level: 'national' },
    status: 'draft',
  }),
  file: `${id}.yaml`,
});

const article = (fields: Partial<ArticleRecord>): ArticleRecord =>
  ({ id: 'a-0001', title: '', titleInferred: false, kicker: null, subtitle: null, blocks: [], ...fields }) as unknown as ArticleRecord;

describe('uses in headlines (issue 15, item 7)', () => {
  test('headTexts gives the kicker, a printed title and the subtitle, not an inferred title', () => {
    expect(headTexts(article({ title: '省级督查激励', kicker: '引题', subtitle: '副题' }))).toEqual([
      { paragraph: 'kicker', text: '引题' },
      { paragraph: 'title', text: '省级督查激励' },
      { paragraph: 'subtitle', text: '副题' },
    ]);
    expect(headTexts(article({ title: '首句推断的标题', titleInferred: true }))).toEqual([]);
  });

  test('collectUses counts a term in a headline, before the body uses', () => {
    const entries = [entry('du-cha-ji-li', '督查激励')];
    const articles = [
      article({ title: '知识产权工作获省级督查激励', blocks: [{ id: 'p3', type: 'paragraph', text: '获得督查激励表彰', lines: [[3, 3]] }] as never }),
      article({
        id: 'a-0009',
        title: '督查激励正文',
        titleInferred: true,
        blocks: [{ id: 'p9', type: 'paragraph', text: '督查激励正文', lines: [[9, 9]] }] as never,
      }),
    ];
    const uses = collectUses(articles, matcherFor(entries)).get('du-cha-ji-li')!;
    expect(uses.map((use) => `${use.article} ${use.paragraph}`)).toEqual(['a-0001 title', 'a-0001 p3', 'a-0009 p9']);
  });
});

describe('the context of a use', () => {
  test('is at most the width on each side, and stops at the ends of the use’s sentence', () => {
    expect(clauseBefore('前一句说别的。今年全面推进', 15)).toBe('今年全面推进');
    expect(clauseAfter('工作，成效明显。后一句说别的', 15)).toBe('工作，成效明显。');
    expect(clauseBefore('一二三四五六七八九十甲乙丙丁戊己庚', 15)).toBe('三四五六七八九十甲乙丙丁戊己庚');
    expect(clauseAfter('一二三四五六七八九十甲乙丙丁戊己庚', 15)).toBe('一二三四五六七八九十甲乙丙丁戊');
    // Characters outside the Basic Multilingual Plane count as one.
    expect(clauseBefore('𠀀𠀁。𠀂𠀃', 3)).toBe('𠀂𠀃');
  });

  test('collectUses gives each use its sentence’s context', () => {
    const entries = [entry('du-cha-ji-li', '督查激励')];
    const text = '上一句与此无关。本市获得督查激励表彰，共三项。下一句';
    const articles = [article({ blocks: [{ id: 'p3', type: 'paragraph', text, lines: [[3, 3]] }] as never })];
    const [use] = collectUses(articles, matcherFor(entries)).get('du-cha-ji-li')!;
    expect([use!.before, use!.after]).toEqual(['本市获得', '表彰，共三项。']);
  });
});
