import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Grade, parseJudgedQueries, scoreRanking, summarise } from '../../../src/lib/search/relevance.ts';
import { archiveArticles } from '../../../src/lib/site/archive.ts';

const judged = (pairs: [string, Grade][]) => new Map(pairs);

describe('scoreRanking', () => {
  test('a perfect ranking scores 1 on every measure but P@5 (one relevant article of five places)', () => {
    const score = scoreRanking(['a', 'b'], judged([['a', 2]]));
    expect(score).toMatchObject({ recall: 1, ndcg10: 1, rr: 1, pAt5: 0.2, returned: 2, relevantReturned: 1 });
  });
  test('nDCG@10 discounts by log2(rank + 1) against the ideal order of the grades', () => {
    // ideal: 2/log2(2) + 1/log2(3); got: 1/log2(2) + 2/log2(3)
    const score = scoreRanking(
      ['b', 'a'],
      judged([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(score.ndcg10).toBeCloseTo((1 + 2 / Math.log2(3)) / (2 + 1 / Math.log2(3)), 10);
    expect(score.rr).toBe(1);
  });
  test('the reciprocal rank is that of the first relevant article; nothing found scores 0', () => {
    expect(scoreRanking(['x', 'y', 'a'], judged([['a', 1]])).rr).toBeCloseTo(1 / 3, 10);
    expect(scoreRanking([], judged([['a', 1]]))).toMatchObject({ recall: 0, ndcg10: 0, rr: 0 });
  });
});

describe('summarise', () => {
  test('means over answerable queries, zero-result rate among them, precision over every returned hit', () => {
    const scores = [scoreRanking(['a'], judged([['a', 2]])), scoreRanking([], judged([['b', 2]])), scoreRanking(['c', 'd'], judged([]))];
    const summary = summarise(scores);
    expect(summary).toMatchObject({ queries: 3, answerable: 2, recall: 0.5, mrr: 0.5, zeroResults: 0.5 });
    expect(summary.precision).toBeCloseTo(1 / 3, 10);
  });
});

describe('parseJudgedQueries', () => {
  const ids = new Set(['a-1', 'b-2']);
  test('reads queries with their category, site and half (odd positions tune, even ones are held out)', () => {
    const queries = parseJudgedQueries(
      'categories:\n  names:\n    - { q: 秦颖, site: hans, rel: { a-1: 2 } }\n    - { q: x, site: hant, rel: {} }\n',
      'set.yaml',
      ids,
    );
    expect(queries.map((query) => [query.query, query.category, query.site, query.half, [...query.relevant]])).toEqual([
      ['秦颖', 'names', 'hans', 'tuning', [['a-1', 2]]],
      ['x', 'names', 'hant', 'held-out', []],
    ]);
  });
  test('an unknown article or a bad grade is an error naming the file and line', () => {
    expect(() =>
      parseJudgedQueries('categories:\n  names:\n    - { q: a, site: hans, rel: { a-1: 2 } }\n    - { q: b, site: hans, rel: { zz-9: 2 } }\n', 'set.yaml', ids),
    ).toThrow(/^set\.yaml:4: unknown article id zz-9/u);
    expect(() => parseJudgedQueries('categories:\n  names:\n    - { q: a, site: hans, rel: { a-1: 3 } }\n', 'set.yaml', ids)).toThrow(
      /^set\.yaml:3: grade of a-1 must be 1 or 2/u,
    );
    expect(() => parseJudgedQueries('categories:\n  names:\n    - { q: a, site: web, rel: {} }\n', 'set.yaml', ids)).toThrow(
      /^set\.yaml:3: `site` must be hans or hant/u,
    );
  });
  test('the committed realistic set reads: at least 150 queries over the archive, every category in both halves', () => {
    const articles = new Set(archiveArticles().map((article) => article.id));
    const queries = parseJudgedQueries(readFileSync('bench/realistic-queries.yaml', 'utf8'), 'bench/realistic-queries.yaml', articles);
    expect(queries.length).toBeGreaterThanOrEqual(150);
    for (const category of new Set(queries.map((query) => query.category)))
      expect(new Set(queries.filter((query) => query.category === category).map((query) => query.half))).toEqual(new Set(['tuning', 'held-out']));
  });
});
