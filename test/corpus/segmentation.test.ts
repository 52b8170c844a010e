import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CORPUS_VARIANTS, evaluateCorpus, scorePage, wrapInColumn, type CorpusVariant, type Figures, type Gold } from '../../src/lib/eval/segmentation.ts';
import type { DocumentResult } from '../../src/lib/ingest/ingest-document.ts';
import type { ArticleRecord } from '../../src/lib/ingest/ingest-page.ts';

const committed = JSON.parse(readFileSync('test/corpus/results.json', 'utf8')) as {
  families: Record<string, Figures>;
  variants: Record<CorpusVariant, Record<string, Figures>>;
};
const { byFamily, overall } = evaluateCorpus('test/corpus');

describe('the segmentation corpus (npm run eval:segmentation)', () => {
  test('holds at least 30 pages and 300 gold units, in all five families', () => {
    expect(overall.pages).toBeGreaterThanOrEqual(30);
    expect(overall.goldUnits).toBeGreaterThanOrEqual(300);
    expect(Object.keys(byFamily).sort()).toEqual(['column', 'crawler', 'ocr', 'paragraph', 'traditional']);
  });

  test.each(Object.keys(committed.families))('%s does no worse than the committed figures (test/corpus/results.json)', (family) => {
    const now = byFamily[family]!.all;
    const then = committed.families[family]!;
    expect(now.goldUnits, 'the gold changed: rerun `npm run eval:segmentation -- --write`').toBe(then.goldUnits);
    expect(now.exact).toBeGreaterThanOrEqual(then.exact);
    expect(now.titleAccuracy).toBeGreaterThanOrEqual(then.titleAccuracy);
    expect(now.boundaryRecall).toBeGreaterThanOrEqual(then.boundaryRecall);
    expect(now.boundaryPrecision).toBeGreaterThanOrEqual(then.boundaryPrecision);
    expect(now.charsLost).toBeLessThanOrEqual(then.charsLost);
    expect(now.formatRight, 'a page read in another format than before').toBeGreaterThanOrEqual(then.formatRight);
  });

  test('nothing is lost on any page of any family', () => {
    expect(overall.charsLost).toBe(0);
  });

  // word-segmented: words set apart by spaces; no-indent: the lines' indents dropped.
  test.each(CORPUS_VARIANTS)('the pages of whole paragraphs as %s copies do no worse than the committed figures', (name) => {
    const variant = evaluateCorpus('test/corpus', name);
    for (const [family, then] of Object.entries(committed.variants[name])) {
      const now = variant.byFamily[family]!.all;
      expect(now.goldUnits, family).toBe(then.goldUnits);
      expect(now.exact, family).toBeGreaterThanOrEqual(then.exact);
      expect(now.titleAccuracy, family).toBeGreaterThanOrEqual(then.titleAccuracy);
      // (Every page read in its own form at least as often as the pages themselves are: a variant moves no page to another
      // format. More can be: a page misread as column text is read right once the variant makes it column text.)
      expect(now.formatRight, family).toBeGreaterThanOrEqual(committed.families[family]!.formatRight);
    }
    expect(variant.overall.charsLost).toBe(0);
  });
});

describe('scoring a page against its gold', () => {
  const unit = (over: Partial<ArticleRecord>): ArticleRecord => ({
    id: 'x',
    slug: 'x',
    kind: 'article',
    title: '',
    titleInferred: false,
    subtitle: null,
    kicker: null,
    series: null,
    byline: null,
    organisation: null,
    continuedFrom: null,
    continuedTo: null,
    continuationMarker: null,
    source: 'p.txt',
    lines: [],
    headLines: [],
    newspaper: null,
    date: null,
    year: null,
    region: null,
    order: 0,
    blocks: [],
    flags: [],
    ...over,
  });
  const gold: Gold = {
    source: 'p.txt',
    family: 'paragraph',
    format: 'paragraph-lines',
    split: 'dev',
    synthetic: false,
    units: [
      { kind: 'article', title: '第一条 标题', titleLines: [[1, 1]], byline: null, lines: [[2, 4]] },
      { kind: 'article', title: '第二条', titleLines: [[5, 5]], byline: null, lines: [[6, 8]] },
      { kind: 'furniture', title: null, titleLines: [], byline: null, lines: [[9, 9]] },
    ],
  };
  const result = (articles: ArticleRecord[]): DocumentResult => ({
    source: 'p.txt',
    articles,
    unassigned: [],
    headlinePosition: 'before',
    editsApplied: 0,
    warnings: [],
    format: 'paragraph-lines',
    formatEvidence: '',
    printed: '',
    unsegmented: false,
  });

  test('a unit is exactly right with the same body lines, its printed title (white space aside) and kind class', () => {
    const score = scorePage(
      gold,
      result([
        unit({ title: '第一条标题', lines: [[2, 4]] }),
        unit({ title: '第二条', lines: [[6, 8]] }),
        unit({ kind: 'page-header', title: '报头', titleInferred: true, lines: [[9, 9]] }),
      ]),
      () => false,
    );
    expect(score).toMatchObject({ exact: 3, titled: 2, titlesRight: 2, goldStarts: 3, predictedStarts: 3, startsRight: 3 });
  });

  test("a photo caption's credit line counts in its extent, as the gold puts it in `lines`; an article's head lines do not", () => {
    const captionGold: Gold = {
      ...gold,
      units: [
        { kind: 'photo-caption', title: '绿色发展新画卷', titleLines: [[1, 1]], byline: null, lines: [[2, 3]] },
        { kind: 'article', title: '第二条', titleLines: [[4, 4]], byline: null, lines: [[5, 6]] },
      ],
    };
    const caption = unit({
      kind: 'photo-caption',
      title: '绿色发展新画卷',
      lines: [[2, 2]],
      headLines: [
        [1, 1],
        [3, 3],
      ],
    });
    expect(scorePage(captionGold, result([caption, unit({ title: '第二条', lines: [[5, 6]], headLines: [[4, 4]] })]), () => false).exact).toBe(2);
    // The same lines as an article: the line after its text is a head line of no story, so the extent is short.
    const article = unit({ ...caption, kind: 'article' });
    expect(scorePage(captionGold, result([article]), () => false).exact).toBe(0);
  });

  test('a merged pair scores one wrong extent, a lost boundary and a wrong title', () => {
    const score = scorePage(
      gold,
      result([unit({ title: '第一条 标题', lines: [[2, 8]] }), unit({ kind: 'furniture', title: 'x', titleInferred: true, lines: [[9, 9]] })]),
      () => false,
    );
    expect(score.exact).toBe(1);
    expect(score.startsRight).toBe(2);
    expect(score.goldStarts).toBe(3);
    expect(score.titlesRight).toBe(0);
  });
});

describe('the column-wrapped variant (wrapInColumn)', () => {
  const gold: Gold = {
    source: 'wrap.txt',
    family: 'paragraph',
    format: 'paragraph-lines',
    split: 'dev',
    synthetic: false,
    units: [
      { kind: 'article', title: '全省推进整村授信工作取得明显成效', titleLines: [[1, 1]], byline: null, lines: [[2, 3]] },
      { kind: 'article', title: '短标题', titleLines: [[4, 4]], byline: null, lines: [[5, 5]] },
    ],
  };
  const text = [
    '全省推进整村授信工作取得明显成效',
    '　　本报讯　今年以来，全省各地扎实推进整村授信工作，已为三千余户农户建立信用档案。',
    '　　发放贷款一亿余元。',
    '短标题',
    '　　全县开展最多跑一次改革，群众办事更加便捷。',
  ].join('\n');

  test('keeps head lines whole, breaks every other line at the column width, and moves the gold ranges with the lines', () => {
    const { text: wrapped, gold: moved } = wrapInColumn(text, gold);
    const lines = wrapped.split('\n');
    const width = Math.max(...lines.filter((line) => !/标题|成效$/u.test(line)).map((line) => [...line].length));
    expect(width).toBeGreaterThanOrEqual(12);
    expect(width).toBeLessThanOrEqual(22);
    expect(moved.format).toBe('column-text');
    for (const [index, unit] of moved.units.entries()) {
      const [[headFrom, headTo]] = unit.titleLines as [[number, number]];
      expect(lines.slice(headFrom - 1, headTo).join('')).toBe(gold.units[index]!.title);
      const body = unit.lines.flatMap(([from, to]) => lines.slice(from - 1, to)).join('');
      const original = gold.units[index]!.lines.flatMap(([from, to]) =>
        text
          .split('\n')
          .slice(from - 1, to)
          .map((line) => line.replace(/^\u3000+/u, '')),
      ).join('');
      expect(body).toBe(original);
    }
    // No line but a head is wider than the column; indents are gone.
    expect(lines.every((line) => !line.startsWith('\u3000'))).toBe(true);
  });
});
