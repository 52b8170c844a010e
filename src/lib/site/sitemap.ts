/**
 * `sitemap.xml` (sitemaps.org 0.9): every HTML page of the site in both scripts, each listing
 * the other as an `hreflang` alternate (`zh-Hans` and `zh-Hant`). Written after `astro build` by
 * {@link sitemapIntegration} from the pages Astro built; the Traditional copies (`hant/…`) are made
 * afterwards from every one of them, so both scripts are listed.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { hasTraditionalCopy } from './script-copies.ts';
import { xmlEscape } from './xml.ts';

/** Pages left out of the sitemap: the 404 page (served for missing pages, not a page to index). */
const EXCLUDED = new Set(['404/', '404.html']);

/** Whether a built route is an HTML page (`''`, `about/`, `articles/x/`), not a file (`data/articles.json`, `feed.xml`). */
export const isHtmlPage = (path: string): boolean => (path === '' || path.endsWith('/')) && !EXCLUDED.has(path);

/**
 * The sitemap of a site: `paths` are page paths below the base (`''`, `articles/x/`), `siteUrl`
 * the absolute URL of the base (`https://user.github.io/repo/`). Pages come sorted, Simplified first.
 *
 * @example sitemapXml([''], 'https://x.org/') // → '<?xml …><urlset …><url><loc>https://x.org/</loc><xhtml:link … hreflang="zh-Hant" href="https://x.org/hant/"/>…'
 */
export function sitemapXml(paths: readonly string[], siteUrl: string): string {
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
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
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
  return new URL((env.ARCHIVE_BASE || '/').replace(/\/?$/u, '/'), env.ARCHIVE_SITE || 'http://localhost:4321').href;
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
        if (process.env.ARCHIVE_SHARD) return;
        writeFileSync(
          new URL('sitemap.xml', dir),
          sitemapXml(
            pages.map((page) => page.pathname.replace(/^\//u, '')),
            siteUrl,
          ),
        );
      },
    },
  };
}
