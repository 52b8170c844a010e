/**
 * `sitemap.xml` (sitemaps.org 0.9): every HTML page of the site in both scripts, each listing
 * the other as an `hreflang` alternate (`zh-Hans` and `zh-Hant`); an index of several files past 50,000 URLs. Written after `astro build` by
 * {@link sitemapIntegration} from the pages Astro built; the Traditional copies (`hant/…`) are made
 * afterwards from every one of them, so both scripts are listed.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { archiveBase, archiveShard, archiveSite } from '../config/env.ts';
import { hasTraditionalCopy } from './script-copies.ts';
import { xmlEscape } from './xml.ts';

/** Pages left out of the sitemap: the 404 page (served for missing pages, not a page to index). */
const EXCLUDED = new Set(['404/', '404.html']);

/** Whether a built route is an HTML page (`''`, `about/`, `articles/x/`), not a file (`data/articles.json`, `feed.xml`). */
export const isHtmlPage = (path: string): boolean => (path === '' || path.endsWith('/')) && !EXCLUDED.has(path);

/** URLs per sitemap file: the sitemaps.org protocol's limit (a file of 50,000 of ours is about 21 MB, under its 50 MB). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The sitemap of a site, as files to write into its root: `paths` are page paths below the base
 * (`''`, `articles/x/`), `siteUrl` the absolute URL of the base (`https://user.github.io/repo/`).
 * Pages come sorted, Simplified first. Up to `maxUrls` URLs, one `sitemap.xml`; past that (about
 * 20,000 articles, counting both scripts) `sitemap.xml` is an index of `sitemap-1.xml` … of `maxUrls`
 * URLs each, since search engines read no more from one file.
 *
 * @example sitemapFiles([''], 'https://x.org/') // → { 'sitemap.xml': '<?xml …><urlset …><url><loc>https://x.org/</loc><xhtml:link … hreflang="zh-Hant" href="https://x.org/hant/"/>…' }
 */
export function sitemapFiles(paths: readonly string[], siteUrl: string, maxUrls = SITEMAP_MAX_URLS): Record<string, string> {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const pages = [...new Set(paths.filter(isHtmlPage))].sort();
  const entry = (loc: string, hans: string, hant: string) =>
    `<url><loc>${xmlEscape(loc)}</loc>` +
    `<xhtml:link rel="alternate" hreflang="zh-Hans" href="${xmlEscape(hans)}"/>` +
    `<xhtml:link rel="alternate" hreflang="zh-Hant" href="${xmlEscape(hant)}"/>` +
    `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(hans)}"/></url>`;
  const urls = [false, true].flatMap((traditional) =>
    pages.flatMap((path) => {
      const hans = `${root}${path}`;
      // A source page has one copy, as printed, for both scripts: no alternates.
      if (!hasTraditionalCopy(path)) return traditional ? [] : [`<url><loc>${xmlEscape(hans)}</loc></url>`];
      const hant = `${root}hant/${path}`;
      return [entry(traditional ? hant : hans, hans, hant)];
    }),
  );
  const urlset = (part: readonly string[]) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...part,
      '</urlset>',
      '',
    ].join('\n');
  if (urls.length <= maxUrls) return { 'sitemap.xml': urlset(urls) };
  const files: Record<string, string> = {};
  for (let start = 0, n = 1; start < urls.length; start += maxUrls, n++) files[`sitemap-${n}.xml`] = urlset(urls.slice(start, start + maxUrls));
  files['sitemap.xml'] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...Object.keys(files).map((name) => `<sitemap><loc>${xmlEscape(`${root}${name}`)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return files;
}

/** Write {@link sitemapFiles} into a built site's root folder. */
export function writeSitemap(dist: string, paths: readonly string[], siteUrl: string): void {
  for (const [name, xml] of Object.entries(sitemapFiles(paths, siteUrl))) writeFileSync(join(dist, name), xml);
}

/** Top-level folders of a built site that hold no Simplified pages. */
const NOT_PAGES = new Set(['hant', 'pagefind', '_astro', '_shard']);

/**
 * The page paths of a built site, from its folders (`articles/x/index.html` → `articles/x/`): what
 * the merge of a sharded build lists, since no one `astro build` saw every page.
 */
export function pagePathsOf(dist: string, dir = '', out: string[] = []): string[] {
  const here = join(dist, dir);
  if (existsSync(join(here, 'index.html'))) out.push(dir === '' ? '' : `${dir}/`);
  for (const entry of readdirSync(here, { withFileTypes: true })) {
    if (!entry.isDirectory() || (dir === '' && NOT_PAGES.has(entry.name))) continue;
    pagePathsOf(dist, dir === '' ? entry.name : `${dir}/${entry.name}`, out);
  }
  return out;
}

/** The absolute URL of the site's base, as `astro.config.mjs` sets it from ARCHIVE_SITE and ARCHIVE_BASE. */
export function siteBaseUrl(env: Readonly<Record<string, string | undefined>>): string {
  return new URL(archiveBase(env).replace(/\/?$/u, '/'), archiveSite(env)).href;
}

/**
 * An Astro integration that writes `sitemap.xml` into the build's output once every page is built.
 * A shard's build and the merge's own `astro build` (ARCHIVE_SHARD set) see only part of the site: the
 * merge writes the sitemap from the assembled folders instead ({@link pagePathsOf}).
 */
export function sitemapIntegration(): AstroIntegration {
  let siteUrl = 'http://localhost/';
  return {
    name: 'archive-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = new URL(config.base.replace(/\/?$/u, '/'), config.site ?? 'http://localhost').href;
      },
      'astro:build:done': ({ dir, pages }) => {
        if (archiveShard().kind !== 'all') return;
        writeSitemap(
          fileURLToPath(dir),
          pages.map((page) => page.pathname.replace(/^\//u, '')),
          siteUrl,
        );
      },
    },
  };
}
