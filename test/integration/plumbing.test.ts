import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import { listFiles } from '../../src/lib/site-checks/check-links.ts';
import { EXPORTS } from '../../src/lib/site/exports-list.ts';

const site = inject('site');
const origin = 'https://example.github.io';
const root = `${origin}${site.base}`;
const read = (file: string) => readFileSync(join(site.dist, file), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'xhtml:link', 'entry'].includes(name) });
/** The absolute URL of a built HTML file (`articles/x/index.html` → `https://…/archive/articles/x/`). */
const urlOf = (file: string) => `${root}${file.replace(/index\.html$/u, '')}`;
const jsonLdOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gsu)].map((match) => JSON.parse(match[1]!));
const attribute = (html: string, pattern: RegExp) => html.match(pattern)?.[1];

describe('the built site: sitemap, robots.txt, feed, canonical links, cards and JSON-LD', () => {
  const pages = listFiles(site.dist, '.html').filter((file) => !file.endsWith('404.html'));

  test('sitemap.xml lists every HTML page of both scripts exactly once, each naming both scripts as hreflang alternates (a source page, one copy, none), and nothing that does not exist', () => {
    const urls = xml.parse(read('sitemap.xml')).urlset.url as { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[];
    const locs = urls.map((entry) => entry.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.sort()).toEqual(pages.map(urlOf).sort());
    expect(pages.some((file) => file.startsWith('hant/articles/'))).toBe(true);
    expect(pages.some((file) => file.startsWith('sources/'))).toBe(true);
    for (const entry of urls) {
      if (entry.loc.startsWith(`${root}sources/`)) {
        expect(entry['xhtml:link'], entry.loc).toBeUndefined();
        continue;
      }
      const links = Object.fromEntries(entry['xhtml:link']!.map((link) => [link['@hreflang'], link['@href']]));
      expect(links['zh-Hant']).toBe(links['zh-Hans']!.replace(root, `${root}hant/`));
      expect(locs).toContain(links['zh-Hant']);
      expect(locs).toContain(links['zh-Hans']);
    }
  });

  test('robots.txt allows crawling and names the sitemap', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`^User-agent: \\*\\nAllow: /\\n\\nSitemap: ${root}sitemap.xml\\n$`, 'u'));
  });

  test('feed.xml is Atom whose entries are existing articles, newest first, each with id, title, link and updated', () => {
    const feed = xml.parse(read('feed.xml')).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.link.find((link: { '@rel': string }) => link['@rel'] === 'self')['@href']).toBe(`${root}feed.xml`);
    const entries = feed.entry as { id: string; title: string; link: { '@href': string }; updated: string }[];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      expect(entry.link['@href']).toBe(entry.id);
      expect(existsSync(join(site.dist, entry.id.slice(root.length), 'index.html')), entry.id).toBe(true);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
      expect(entry.title.length).toBeGreaterThan(0);
    }
    const dates = entries.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
  });

  test('every page has a canonical link and og:url to itself (Traditional pages to theirs), Open Graph and Twitter cards, and its language', () => {
    for (const file of pages) {
      const html = read(file);
      expect(attribute(html, /<link rel="canonical" href="([^"]+)"/u), file).toBe(urlOf(file));
      expect(attribute(html, /<meta property="og:url" content="([^"]+)"/u), file).toBe(urlOf(file));
      expect(attribute(html, /<meta property="og:title" content="([^"]*)"/u), file).toBeTruthy();
      expect(attribute(html, /<meta property="og:description" content="([^"]*)"/u), file).toBeTruthy();
      expect(attribute(html, /<meta name="twitter:card" content="([^"]+)"/u), file).toBe('summary');
      expect(attribute(html, /<meta name="description" content="([^"]*)"/u)!.length, file).toBeLessThanOrEqual(400);
      expect(attribute(html, /<meta property="og:locale" content="([^"]+)"/u), file).toBe(file.startsWith('hant/') ? 'zh_TW' : 'zh_CN');
    }
  });

  test('articles carry NewsArticle JSON-LD (publisher only where the masthead is printed), glossary pages DefinedTerm in the DefinedTermSet', () => {
    const article = jsonLdOf(read('articles/c1589599-0593/index.html'));
    expect(article).toHaveLength(1);
    expect(article[0]).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '实施整村授信“贷”动乡村振兴',
      inLanguage: 'zh-Hans',
      url: `${root}articles/c1589599-0593/`,
    });
    // The seed page prints no masthead: its probable paper is never stated as the publisher.
    expect(article[0].publisher).toBeUndefined();
    expect(jsonLdOf(read('hant/articles/c1589599-0593/index.html'))[0]).toMatchObject({
      headline: '實施整村授信“貸”動鄉村振興',
      inLanguage: 'zh-Hant',
      url: `${root}hant/articles/c1589599-0593/`,
    });
    const term = jsonLdOf(read('glossary/zheng-cun-shou-xin/index.html'));
    expect(term[0]).toMatchObject({ '@type': 'DefinedTerm', name: '整村授信', inDefinedTermSet: { '@type': 'DefinedTermSet', url: `${root}glossary/` } });
    const set = jsonLdOf(read('glossary/index.html'))[0];
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set.hasDefinedTerm.map((entry: { '@id': string }) => entry['@id'])).toContain(`${root}glossary/zheng-cun-shou-xin/`);
    for (const file of pages.filter((name) => /^(hant\/)?articles\//u.test(name))) expect(jsonLdOf(read(file))[0]['@type'], file).toBe('NewsArticle');
  });

  test('a 404 page in both languages offers search, the home page and the glossary', () => {
    const html = read('404.html');
    expect(html).toContain('找不到页面');
    expect(html).toContain('Page not found');
    expect(html).toMatch(/<form class="searchbox" role="search" action="\/archive\/search\/"/u);
    expect(html).toContain('href="/archive/glossary/"');
  });

  test('the Data page links every export that the site publishes, each of which exists, with its licence', () => {
    const html = read('downloads/index.html');
    for (const item of EXPORTS) {
      expect(html).toContain(item.licence.en);
      if (!item.file) continue;
      expect(html).toContain(`href="${site.base}${item.file}"`);
      expect(existsSync(join(site.dist, item.file)), item.file).toBe(true);
    }
  });
});
