import { describe, expect, test } from 'vitest';
import { elisions, SOURCES_SHOWN, summariseUses, useRuns } from '../../../src/lib/glossary/term-page.ts';
import type { TermUse } from '../../../src/lib/glossary/uses.ts';

const use = (article: string): TermUse => ({ article, paragraph: 'p1', form: '放管服', before: '', after: '' });

describe('summariseUses', () => {
  test('counts uses, units and source pages, and names the source pages with most uses first', () => {
    const articles = new Map([
      ['a1', { source: '001.txt' }],
      ['a2', { source: '001.txt' }],
      ['b1', { source: '002.txt' }],
      ['c1', { source: '003.txt' }],
    ]);
    const summary = summariseUses([use('b1'), use('a1'), use('a2'), use('a2'), use('c1'), use('b1')], articles);
    expect(summary).toEqual({
      uses: 6,
      articles: 4,
      sources: 3,
      topSources: [
        { source: '001.txt', count: 3 },
        { source: '002.txt', count: 2 },
        { source: '003.txt', count: 1 },
      ],
    });
  });

  test(`names at most ${SOURCES_SHOWN} source pages but counts them all`, () => {
    const articles = new Map(Array.from({ length: 50 }, (_, i) => [`a${i}`, { source: `${String(i).padStart(3, '0')}.txt` }]));
    const summary = summariseUses([...articles.keys()].map(use), articles);
    expect(summary.sources).toBe(50);
    expect(summary.topSources).toHaveLength(SOURCES_SHOWN);
    expect(summary.topSources[0]).toEqual({ source: '000.txt', count: 1 });
  });
});

describe('useRuns', () => {
  test('groups consecutive uses of one article, in order', () => {
    const runs = useRuns([use('a1'), use('a1'), use('b1'), use('a1')]);
    expect(runs.map((run) => [run.article, run.uses.length])).toEqual([
      ['a1', 2],
      ['b1', 1],
      ['a1', 1],
    ]);
    expect(useRuns([])).toEqual([]);
  });
});

describe('elisions', () => {
  test('mark a context cut inside its sentence, not one that reaches its sentence’s edge', () => {
    expect(elisions({ before: '本市获得', after: '表彰，共三项。' })).toEqual({ lead: '', tail: '' });
    expect(elisions({ before: '一二三四五六七八九十甲乙丙丁戊', after: '一二三四五六七八九十甲乙丙丁戊' })).toEqual({ lead: '…', tail: '…' });
    expect(elisions({ before: '', after: '一二三四五六七八九十甲乙丙丁。' })).toEqual({ lead: '', tail: '' });
  });
});
