import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { atomFeed, FEED_ENTRIES, feedItems } from '../../../src/lib/site/feed.ts';
import { sitemapFiles } from '../../../src/lib/site/sitemap.ts';
import { articleJsonLd, DESCRIPTION_CHARS, definedTermJsonLd, jsonLdText, shortDescription } from '../../../src/lib/site/structured-data.ts';
import { xmlEscape } from '../../../src/lib/site/xml.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link', 'entry'].includes(name) });

describe('sitemapFiles', () => {
  test('lists every HTML page in both scripts, each with both hreflang alternates, and leaves out files and the 404 page', () => {
    const doc = xml.parse(sitemapFiles(['', 'about/', 'data/articles.json', 'feed.xml', '404/', 'articles/a&b/'], 'https://x.org/repo')['sitemap.xml']!);
    const urls = doc.urlset.url as { loc: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[];
    expect(urls.map((entry) => entry.loc)).toEqual([
      'https://x.org/repo/',
      'https://x.org/repo/about/',
      'https://x.org/repo/articles/a&b/',
      'https://x.org/repo/hant/',
      'https://x.org/repo/hant/about/',
      'https://x.org/repo/hant/articles/a&b/',
    ]);
    for (const entry of urls) {
      const links = Object.fromEntries(entry['xhtml:link'].map((link) => [link['@hreflang'], link['@href']]));
      expect(links['zh-Hant']).toBe(links['zh-Hans']!.replace('/repo/', '/repo/hant/'));
      expect([links['zh-Hans'], links['zh-Hant']]).toContain(entry.loc);
    }
  });
});

test('lists a source page once, without alternates: it has one copy, as printed, for both scripts', () => {
  const doc = xml.parse(sitemapFiles(['articles/a/', 'sources/001_page/'], 'https://x.org/')['sitemap.xml']!);
  const urls = doc.urlset.url as { loc: string; 'xhtml:link'?: unknown[] }[];
  expect(urls.map((entry) => [entry.loc, entry['xhtml:link']?.length ?? 0])).toEqual([
    ['https://x.org/articles/a/', 3],
    ['https://x.org/sources/001_page/', 0],
    ['https://x.org/hant/articles/a/', 3],
  ]);
});

test('past the URLs one file may hold, sitemap.xml is an index of files that list every URL once', () => {
  const files = sitemapFiles(['', 'about/', 'articles/a/', 'sources/001_page/'], 'https://x.org/', 3);
  expect(Object.keys(files).sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', 'sitemap.xml']);
  const index = xml.parse(files['sitemap.xml']!).sitemapindex;
  expect([index.sitemap].flat().map((entry: { loc: string }) => entry.loc)).toEqual([
    'https://x.org/sitemap-1.xml',
    'https://x.org/sitemap-2.xml',
    'https://x.org/sitemap-3.xml',
  ]);
  const locs = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].flatMap((name) =>
    (xml.parse(files[name]!).urlset.url as { loc: string }[]).map((entry) => entry.loc),
  );
  expect(locs).toHaveLength(7);
  expect(new Set(locs).size).toBe(7);
  expect(sitemapFiles(['', 'about/'], 'https://x.org/', 4)['sitemap.xml']).toContain('<urlset');
});

describe('atomFeed', () => {
  const item = (id: string, date: string | null, year: number | null, kind = 'article') => ({
    article: { id, title: `标题${id}`, kind: kind as 'article', date, year, newspaper: null },
    url: `https://x.org/articles/${id}/`,
    titleEn: `Title ${id}`,
    summaryEn: 'A <b>summary</b> & more',
  });

  test('lists articles newest first by printed date or year, at most FEED_ENTRIES, and no other kind', () => {
    const items = [item('a', null, 2021), item('b', '2023-05-01', 2023), item('c', null, null), item('d', '2024-01-02', 2024, 'photo-caption')];
    expect(feedItems(items).map((entry) => entry.article.id)).toEqual(['b', 'a', 'c']);
    expect(feedItems(Array.from({ length: FEED_ENTRIES + 5 }, (_, i) => item(`x${i}`, null, 2020)))).toHaveLength(FEED_ENTRIES);
  });

  test('is well-formed Atom: id, title, updated and link per entry, text escaped', () => {
    const doc = xml.parse(atomFeed({ home: 'https://x.org/', self: 'https://x.org/feed.xml', title: 'Archive' }, [item('a', '2023-05-01', 2023)]));
    expect(doc.feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.feed.updated).toBe('2023-05-01T00:00:00Z');
    const [entry] = doc.feed.entry;
    expect(entry.id).toBe('https://x.org/articles/a/');
    expect(entry.title).toBe('标题a · Title a');
    expect(entry.link['@href']).toBe('https://x.org/articles/a/');
    expect(entry.summary['#text']).toBe('A <b>summary</b> & more');
  });

  test('xmlEscape escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape('a\u0001<b> & "c" \'d\'')).toBe('a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;');
  });
});

describe('JSON-LD', () => {
  const meta = {
    newspaper: null,
    probableNewspaper: '吉林日报',
    newspaperEn: null,
    date: null,
    year: 2021,
    page: null,
    region: '吉林省',
    regionEn: 'Jilin Province',
    evidence: [],
  };

  test('a NewsArticle names its newspaper as publisher only when the page prints it, and its date only when printed', () => {
    const base = { article: { id: 'a', title: '标题', byline: null }, url: 'https://x.org/articles/a/', home: 'https://x.org/' };
    const probable = articleJsonLd({ ...base, meta });
    expect(probable['@type']).toBe('NewsArticle');
    expect(probable.publisher).toBeUndefined();
    expect(probable.datePublished).toBeUndefined();
    const printed = articleJsonLd({ ...base, meta: { ...meta, newspaper: '人民日报', newspaperEn: "People's Daily", date: '2024-03-01' }, titleEn: 'Title' });
    expect(printed.publisher).toEqual({ '@type': 'NewsMediaOrganization', name: '人民日报', alternateName: "People's Daily" });
    expect(printed.datePublished).toBe('2024-03-01');
    expect(printed.alternativeHeadline).toBe('Title');
  });

  test('a DefinedTerm belongs to the glossary set', () => {
    const entry = {
      id: 't',
      term: '术语',
      pinyin: 'shù yǔ',
      english: 'term',
      variants: [],
      englishVariants: [],
      definitionEn: 'A term.',
    } as unknown as GlossaryEntry;
    const term = definedTermJsonLd(entry, 'https://x.org/glossary/t/', 'https://x.org/glossary/');
    expect(term).toMatchObject({ '@type': 'DefinedTerm', name: '术语', inDefinedTermSet: { '@type': 'DefinedTermSet', url: 'https://x.org/glossary/' } });
  });

  test('shortDescription keeps a short text, and cuts a long one at a sentence end or a word, within the limit', () => {
    expect(shortDescription('Short.')).toBe('Short.');
    const sentences = `${'First sentence here. '.repeat(10)}${'x'.repeat(200)}`;
    const cut = shortDescription(sentences);
    expect(cut.length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
    expect(cut.endsWith('here.')).toBe(true);
    const words = shortDescription('word '.repeat(100));
    expect(words.length).toBeLessThanOrEqual(DESCRIPTION_CHARS);
    expect(words).toMatch(/word…$/u);
  });

  test('jsonLdText cannot end its script element and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> & \u2028' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});
