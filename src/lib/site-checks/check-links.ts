/**
 * The link check behind `npm run check:links`: parse every HTML page of a built site, collect
 * every reference it makes (`a[href]`, `area[href]`, `link[href]`, `script[src]`, `img[src]`,
 * `img[srcset]`, `source[src]`, `source[srcset]`, `iframe[src]`, `video[poster]`, meta refresh)
 * and check that each site-internal one resolves to a file under the base path, that its
 * fragment (`#p13`, `#L150`) names an id in the target page, and that no root-relative
 * reference points outside the base. External references are counted and listed, never fetched.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** One reference made by a page, as written in its HTML. */
export interface PageReference {
  /** The element and attribute it comes from (`a[href]`, `meta[refresh]`). */
  readonly from: string;
  /** The URL as written (one candidate of a `srcset`). */
  readonly url: string;
}

/** What one page holds: its references and the ids a fragment can point at. */
export interface ParsedPage {
  readonly references: PageReference[];
  readonly ids: Set<string>;
  /** The page's `<base href>`, if it has one. */
  readonly baseHref: string | null;
}

/** A reference that does not hold. */
export interface LinkProblem {
  /** The page that makes the reference, relative to dist (`articles/x/index.html`). */
  readonly page: string;
  /** The reference as written. */
  readonly link: string;
  readonly kind: 'broken' | 'outside-base';
  readonly reason: string;
}

/** What {@link checkLinks} found. */
export interface LinkCheckReport {
  /** HTML pages read. */
  readonly pages: number;
  /** Site-internal references checked (every occurrence). */
  readonly links: number;
  /** Site-internal references whose fragment was checked against the target page's ids. */
  readonly fragments: number;
  readonly broken: number;
  readonly outsideBase: number;
  /** References to other hosts (every occurrence); not fetched. */
  readonly external: number;
  /** Each external URL with the number of references to it, most referenced first. */
  readonly externalUrls: { url: string; count: number }[];
  /** References with a scheme that points at no document (`mailto:`, `tel:`, `data:`, `javascript:`). */
  readonly skipped: number;
  readonly problems: LinkProblem[];
}

/** Where and how {@link checkLinks} checks. */
export interface LinkCheckOptions {
  /** The built site (`dist`). */
  readonly dist: string;
  /** The base path the site was built for (`/archive/`); default `/`. */
  readonly base?: string;
  /** The site's own origin (`https://user.github.io`): absolute URLs on it are checked as internal. */
  readonly site?: string;
}

/** The origin relative references are resolved against when no site origin is given. */
const LOCAL_ORIGIN = 'https://site.invalid';

/** Schemes that name no document to check. */
const SKIPPED_SCHEME = /^(?:mailto|tel|sms|data|javascript|blob|about):/iu;

/** Element → attributes (hast property names) that hold one URL. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
};

/** Element → attributes that hold a `srcset`. */
const SRCSET_ATTRIBUTES: Record<string, readonly string[]> = { img: ['srcSet'], source: ['srcSet'] };

/**
 * A base path with one slash at each end.
 *
 * @example
 * normaliseBase('archive'); // → '/archive/'
 * normaliseBase(undefined); // → '/'
 */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/gu, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Every `.html` file under a folder, as paths relative to it with `/` separators, sorted.
 *
 * @example
 * listFiles('dist', '.html'); // → ['articles/x/index.html', 'hant/index.html', 'index.html', …]
 */
export function listFiles(dir: string, suffix = '.html'): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(suffix)) found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/**
 * The URL path a file of dist is served at under a base (`index.html` is served at its folder).
 *
 * @example
 * pageUrlPath('articles/x/index.html', '/archive/'); // → '/archive/articles/x/'
 * pageUrlPath('404.html', '/'); // → '/404.html'
 */
export function pageUrlPath(file: string, base: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${normaliseBase(base)}${path}`;
}

/**
 * The file of dist a URL path names, relative to dist, or `null` when the path lies outside the
 * base. A path ending in `/` names its `index.html`. The path is percent-decoded.
 *
 * @example
 * fileForPath('/archive/articles/x/', '/archive/'); // → 'articles/x/index.html'
 * fileForPath('/archive/_astro/a.js', '/archive/'); // → '_astro/a.js'
 * fileForPath('/articles/x/', '/archive/'); // → null
 */
export function fileForPath(pathname: string, base: string): string | null {
  const root = normaliseBase(base);
  let path = pathname;
  if (`${path}/` === root) path = root;
  if (!path.startsWith(root)) return null;
  let rest = path.slice(root.length);
  try {
    rest = decodeURIComponent(rest);
  } catch {
    // A malformed escape: look the path up as written (it will not be found).
  }
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

const textOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(' ');
  return null;
};

/**
 * The URLs of a `srcset` attribute (each candidate's URL, without its descriptor).
 *
 * @example
 * srcsetUrls('a.png 1x, b.png 2x'); // → ['a.png', 'b.png']
 */
export function srcsetUrls(srcset: string | readonly string[]): string[] {
  // The candidate-splitting of the HTML standard: a URL runs to white space (a trailing comma
  // ends the candidate); descriptors run to the next comma outside parentheses.
  const text = typeof srcset === 'string' ? srcset : srcset.join(',');
  const urls: string[] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /[\s,]/u.test(text[at]!)) at++;
    if (at >= text.length) break;
    let end = at;
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    let url = text.slice(at, end);
    at = end;
    if (url.endsWith(',')) url = url.replace(/,+$/u, '');
    else {
      let depth = 0;
      while (at < text.length && (text[at] !== ',' || depth > 0)) {
        if (text[at] === '(') depth++;
        else if (text[at] === ')') depth = Math.max(0, depth - 1);
        at++;
      }
    }
    if (url !== '') urls.push(url);
  }
  return urls;
}

/**
 * The URL of a `<meta http-equiv="refresh">` content value, or `null`.
 *
 * @example
 * refreshUrl('0; url=/archive/articles/x/'); // → '/archive/articles/x/'
 */
export function refreshUrl(content: string): string | null {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/iu.exec(content);
  return match ? match[2]!.trim() : null;
}

const parser = unified().use(rehypeParse);

/**
 * Parse one HTML document: every reference it makes and every id (and `a[name]`) it defines.
 *
 * @example
 * parsePage('<a href="/x/#p3">x</a><p id="p3">…</p>');
 * // → { references: [{ from: 'a[href]', url: '/x/#p3' }], ids: Set { 'p3' }, baseHref: null }
 */
export function parsePage(html: string): ParsedPage {
  const tree = parser.parse(html) as Root;
  const references: PageReference[] = [];
  const ids = new Set<string>();
  let baseHref: string | null = null;
  visit(tree, 'element', (node: Element) => {
    const props = node.properties;
    const id = textOf(props.id);
    if (id) ids.add(id);
    if (node.tagName === 'a' && typeof props.name === 'string' && props.name !== '') ids.add(props.name);
    if (node.tagName === 'base' && baseHref === null && typeof props.href === 'string') baseHref = props.href;
    for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
      const url = textOf(props[attribute]);
      if (url !== null && url.trim() !== '') references.push({ from: `${node.tagName}[${attribute.toLowerCase()}]`, url: url.trim() });
    }
    for (const attribute of SRCSET_ATTRIBUTES[node.tagName] ?? []) {
      const value = props[attribute];
      if (typeof value === 'string' || Array.isArray(value)) {
        for (const url of srcsetUrls(Array.isArray(value) ? value.map(String) : value)) references.push({ from: `${node.tagName}[srcset]`, url });
      }
    }
    if (node.tagName === 'meta' && (textOf(props.httpEquiv) ?? '').toLowerCase() === 'refresh') {
      const url = refreshUrl(textOf(props.content) ?? '');
      if (url) references.push({ from: 'meta[refresh]', url });
    }
  });
  return { references, ids, baseHref };
}

const decodeFragment = (fragment: string): string => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/**
 * Check every reference of every HTML page under `dist` (the Traditional copies under `hant/`
 * included). Reads files only; never touches the network.
 *
 * @example
 * const report = checkLinks({ dist: 'dist', base: '/archive/' });
 * report.broken; // → 0
 * report.problems; // → [{ page: 'index.html', link: '/archive/x/', kind: 'broken', reason: 'no file x/index.html' }, …]
 */
export function checkLinks(options: LinkCheckOptions): LinkCheckReport {
  const { dist } = options;
  const base = normaliseBase(options.base);
  const siteOrigin = options.site ? new URL(options.site).origin : LOCAL_ORIGIN;
  const files = listFiles(dist, '.html');
  const pages = new Map<string, ParsedPage>();
  for (const file of files) pages.set(file, parsePage(readFileSync(join(dist, file), 'utf8')));

  const idsOf = (file: string): Set<string> | null => {
    if (pages.has(file)) return pages.get(file)!.ids;
    if (!file.endsWith('.html') || !existsSync(join(dist, file))) return null;
    const parsed = parsePage(readFileSync(join(dist, file), 'utf8'));
    pages.set(file, parsed);
    return parsed.ids;
  };
  const exists = new Map<string, 'file' | 'folder' | null>();
  const kindOf = (file: string): 'file' | 'folder' | null => {
    if (!exists.has(file)) {
      let kind: 'file' | 'folder' | null = null;
      try {
        const stat = statSync(join(dist, file));
        kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : null;
      } catch {
        kind = null;
      }
      exists.set(file, kind);
    }
    return exists.get(file)!;
  };

  const problems: LinkProblem[] = [];
  const externalUrls = new Map<string, number>();
  let links = 0;
  let fragments = 0;
  let external = 0;
  let skipped = 0;

  for (const file of files) {
    const page = pages.get(file)!;
    let pageUrl = new URL(pageUrlPath(file, base), siteOrigin);
    if (page.baseHref) {
      try {
        pageUrl = new URL(page.baseHref, pageUrl);
      } catch {
        problems.push({ page: file, link: page.baseHref, kind: 'broken', reason: 'the <base href> is not a URL' });
      }
    }
    const report = (link: string, kind: LinkProblem['kind'], reason: string) => problems.push({ page: file, link, kind, reason });
    for (const reference of page.references) {
      if (SKIPPED_SCHEME.test(reference.url)) {
        skipped++;
        continue;
      }
      let target: URL;
      try {
        target = new URL(reference.url, pageUrl);
      } catch {
        links++;
        report(reference.url, 'broken', `${reference.from} is not a URL`);
        continue;
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        skipped++;
        continue;
      }
      if (target.origin !== siteOrigin && target.origin !== pageUrl.origin) {
        external++;
        externalUrls.set(target.href, (externalUrls.get(target.href) ?? 0) + 1);
        continue;
      }
      links++;
      const targetFile = fileForPath(target.pathname, base);
      if (targetFile === null) {
        report(reference.url, 'outside-base', `${target.pathname} is outside the base ${base}`);
        continue;
      }
      const kind = kindOf(targetFile);
      if (kind === 'folder') {
        report(reference.url, 'broken', `${targetFile} is a folder: link to ${target.pathname}/ (with the slash)`);
        continue;
      }
      if (kind === null) {
        report(reference.url, 'broken', `no file ${targetFile} in dist`);
        continue;
      }
      const fragment = decodeFragment(target.hash.slice(1));
      if (fragment === '' || fragment === 'top' || fragment.startsWith(':~:')) continue;
      const ids = idsOf(targetFile);
      if (ids === null) continue;
      fragments++;
      if (!ids.has(fragment)) report(reference.url, 'broken', `no id "${fragment}" in ${targetFile}`);
    }
  }

  return {
    pages: files.length,
    links,
    fragments,
    broken: problems.filter((problem) => problem.kind === 'broken').length,
    outsideBase: problems.filter((problem) => problem.kind === 'outside-base').length,
    external,
    externalUrls: [...externalUrls].map(([url, count]) => ({ url, count })).sort((a, b) => b.count - a.count || a.url.localeCompare(b.url)),
    skipped,
    problems,
  };
}

/**
 * Guess the base path a dist was built for, from the root-relative references of its
 * `index.html` (the shortest prefix whose removal names an existing file), or `null`.
 *
 * @example
 * guessBase('dist'); // → '/archive/' for a site built with ARCHIVE_BASE=/archive/
 */
export function guessBase(dist: string): string | null {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return null;
  const votes = new Map<string, number>();
  for (const reference of parsePage(readFileSync(index, 'utf8')).references) {
    if (!reference.url.startsWith('/') || reference.url.startsWith('//')) continue;
    const pathname = new URL(reference.url, LOCAL_ORIGIN).pathname;
    const segments = pathname.split('/').slice(1, -1);
    for (let depth = 0; depth <= segments.length; depth++) {
      const prefix = normaliseBase(segments.slice(0, depth).join('/'));
      const file = fileForPath(pathname, prefix);
      if (file !== null && existsSync(join(dist, file)) && statSync(join(dist, file)).isFile()) {
        votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
        break;
      }
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/**
 * One problem as a line: `page → link: reason`.
 *
 * @example
 * formatLinkProblem({ page: 'index.html', link: '/x/', kind: 'outside-base', reason: '/x/ is outside the base /archive/' });
 * // → 'index.html → /x/: /x/ is outside the base /archive/'
 */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page} → ${problem.link}: ${problem.reason}`;
}
