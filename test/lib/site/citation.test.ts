import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../../src/lib/ingest/ingest-page.ts';
import { citeArticle } from '../../../src/lib/site/citation.ts';
import { archiveSiteWarning } from '../../../src/lib/site/site-origin.ts';
import type { PageMeta } from '../../../src/schemas/page-meta.ts';

const article = {
  id: 'e698e91f-0150',
  title: '我市政银企达成专利权质押融资合作意向金额近6亿元',
  byline: '滨州日报/滨州网讯（记者 隆卫 通讯员 臧玉希 报道）',
  source: '003_e698e91fc0ebeaed.txt',
  lines: [
    [150, 183],
    [185, 185],
  ],
} as unknown as ArticleRecord;
const printed: PageMeta = {
  newspaper: '滨州日报',
  probableNewspaper: null,
  newspaperEn: 'Binzhou Daily',
  date: null,
  year: 2017,
  page: null,
  region: null,
  regionEn: null,
  evidence: [],
};
const probable: PageMeta = { ...printed, newspaper: null, newspaperEn: null, probableNewspaper: '吉林日报', year: 2021, evidence: ['Datelines name Jilin.'] };
const permalink = 'https://user.github.io/archive/articles/e698e91f-0150/';

describe('citeArticle', () => {
  const cite = citeArticle(article, printed, permalink, '2026-12-06', 'Banks and Firms Sign Patent Pledge Deals');

  test('Chicago: authors, Chinese and English title, newspaper, year, page unknown, the archive, access date, permalink', () => {
    expect(cite.chicago).toBe(
      '隆卫, and 臧玉希. “我市政银企达成专利权质押融资合作意向金额近6亿元 [Banks and Firms Sign Patent Pledge Deals].” 滨州日报 (Binzhou Daily), 2017, page unknown. Local Governance Archive, source page 003_e698e91fc0ebeaed.txt, lines 150–183, 185. Accessed December 6, 2026. https://user.github.io/archive/articles/e698e91f-0150/',
    );
  });

  test('APA: (year), title [English], newspaper, the archive, permalink', () => {
    expect(cite.apa).toBe(
      '隆卫, & 臧玉希. (2017). 我市政银企达成专利权质押融资合作意向金额近6亿元 [Banks and Firms Sign Patent Pledge Deals]. 滨州日报 (Binzhou Daily). Local Governance Archive. https://user.github.io/archive/articles/e698e91f-0150/',
    );
  });

  test('a newspaper the page does not print is cited as probable, with the evidence in the notes', () => {
    const inferred = citeArticle(article, probable, permalink, '2026-12-06');
    expect(inferred.chicago).toContain('[probably 吉林日报; masthead not printed], 2021, page unknown.');
    expect(inferred.zh).toContain('[可能为吉林日报，报头未印出], 2021.');
    expect(inferred.ris).toContain('N1  - Newspaper inferred, masthead not printed: Datelines name Jilin.');
    expect(JSON.parse(inferred.csl)[0].note).toBe('Newspaper inferred, masthead not printed: Datelines name Jilin.');
  });

  test('RIS is a NEWS record with CRLF line ends; CSL-JSON an article-newspaper item; BibTeX an @article', () => {
    const lines = cite.ris.split('\r\n');
    expect(lines[0]).toBe('TY  - NEWS');
    expect(lines).toContain('AU  - 隆卫');
    expect(lines).toContain('TT  - Banks and Firms Sign Patent Pledge Deals');
    expect(lines).toContain('PY  - 2017');
    expect(lines).toContain('Y2  - 2026/12/06/');
    expect(lines.at(-2)).toBe('ER  - ');
    const [item] = JSON.parse(cite.csl);
    expect(item).toMatchObject({
      id: 'e698e91f-0150',
      type: 'article-newspaper',
      author: [{ literal: '隆卫' }, { literal: '臧玉希' }],
      'container-title': '滨州日报 (Binzhou Daily)',
      issued: { 'date-parts': [[2017]] },
      URL: permalink,
      accessed: { 'date-parts': [[2026, 12, 6]] },
    });
    expect(cite.bibtex).toMatch(/^@article\{e698e91f0150,\n {2}author = \{隆卫 and 臧玉希\},/u);
    expect(cite.bibtex).toContain('  urldate = {2026-12-06},');
  });
});

describe('archiveSiteWarning', () => {
  test('warns loudly when ARCHIVE_SITE is unset or empty, and not when it is set', () => {
    expect(archiveSiteWarning({})?.join('\n')).toContain('WARNING: ARCHIVE_SITE is not set');
    expect(archiveSiteWarning({ ARCHIVE_SITE: ' ' })).not.toBeNull();
    expect(archiveSiteWarning({ ARCHIVE_SITE: 'https://user.github.io' })).toBeNull();
  });
});
