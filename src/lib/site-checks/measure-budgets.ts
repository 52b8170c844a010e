/**
 * The weight measurements behind `npm run budgets`: what an article page ships (its HTML, the
 * JavaScript it loads — our own and Pagefind's — its CSS and other assets, raw and compressed
 * with gzip and brotli), the largest page of the site, and the size of `dist` and of its
 * Pagefind bundle. Sizes are read from the built files; nothing is served or timed.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { fileForPath, listFiles, normaliseBase, pageUrlPath } from './check-links.ts';

/** Our own JavaScript on an article page may weigh at most this many bytes, brotli-compressed (20 kB). */
export const OWN_JS_BUDGET = 20_000;
/** An article page with everything it loads (HTML, JavaScript, CSS, fonts, icons) may weigh at most this many bytes, gzip-compressed (40 kB); checked on the largest article page. */
export const PAGE_BUDGET = 40_000;

/** A size raw and compressed. */
export interface Sizes {
  readonly bytes: number;
  readonly gzip: number;
  readonly brotli: number;
}

/** Who ships an asset: this project, or Pagefind (anything under `pagefind/`). */
export type Owner = 'own' | 'pagefind';

/** One asset a page loads. */
export interface Asset extends Sizes {
  /** The file relative to dist, or `inline script #n` for a script written into the page. */
  readonly file: string;
  readonly kind: 'js' | 'css' | 'other';
  readonly owner: Owner;
  readonly inline: boolean;
}

/** What one page weighs. */
export interface PageWeight {
  /** The page relative to dist (`articles/x/index.html`). */
  readonly page: string;
  readonly html: Sizes;
  /** JavaScript the page loads on its own (script elements, module preloads and their static imports), inline scripts included. */
  readonly js: { readonly own: Sizes; readonly pagefind: Sizes; readonly total: Sizes };
  /** Stylesheets it links (and their `@import`s); inline styles are part of the HTML. */
  readonly css: Sizes;
  /** Images, icons and preloaded fonts it references. */
  readonly other: Sizes;
  /** HTML plus every file it loads (inline scripts are counted once, in the HTML). */
  readonly total: Sizes;
  readonly assets: Asset[];
  /** Modules imported with `import()` (loaded on demand, not counted), relative to dist. */
  readonly onDemand: string[];
  /** References to files that are not in dist (relative to dist, or the URL outside the base). */
  readonly missing: string[];
}

/** What {@link measureBudgets} found. */
export interface BudgetReport {
  readonly articlePages: number;
  /** The largest article page (by HTML bytes) and the median one; `null` without article pages. */
  readonly largestArticle: PageWeight | null;
  readonly medianArticle: PageWeight | null;
  /** The search page (`search/index.html`), which loads Pagefind; `null` when there is none. */
  readonly searchPage: PageWeight | null;
  /** The article page that ships the most of our own JavaScript (brotli), and how much. */
  readonly heaviestOwnJs: { readonly page: string; readonly js: Sizes } | null;
  /** The largest HTML page anywhere in dist. */
  readonly largestPage: { readonly page: string; readonly bytes: number } | null;
  readonly dist: { readonly bytes: number; readonly files: number };
  readonly pagefind: { readonly bytes: number; readonly files: number };
  readonly budget: number;
  /** {@link PAGE_BUDGET}: the largest article page's total, gzip-compressed, may not exceed it. */
  readonly pageBudget: number;
  /** Every article page keeps our own JavaScript within {@link OWN_JS_BUDGET} and loads no missing file, and the largest article page weighs at most {@link PAGE_BUDGET} in all. */
  readonly pass: boolean;
}

/** Where {@link measureBudgets} reads. */
export interface BudgetOptions {
  readonly dist: string;
  /** The base path the site was built for; default `/`. */
  readonly base?: string;
  /** Article pages: dist-relative HTML files matching this (default `articles/<id>/index.html`, not the Traditional copies). */
  readonly articlePattern?: RegExp;
  /** The search page, relative to dist (default `search/index.html`). */
  readonly searchPage?: string;
}

const ZERO: Sizes = { bytes: 0, gzip: 0, brotli: 0 };

/**
 * The size of some bytes raw, gzip-compressed (level 9) and brotli-compressed (quality 11).
 *
 * @example
 * compressedSizes('aaaaaaaaaaaaaaaaaaaa'); // → { bytes: 20, gzip: 23, brotli: 6 }
 */
export function compressedSizes(content: string | Uint8Array): Sizes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    bytes: buffer.byteLength,
    gzip: gzipSync(buffer, { level: 9 }).byteLength,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.byteLength },
    }).byteLength,
  };
}

/**
 * The sum of sizes.
 *
 * @example
 * addSizes([{ bytes: 1, gzip: 2, brotli: 3 }, { bytes: 1, gzip: 1, brotli: 1 }]); // → { bytes: 2, gzip: 3, brotli: 4 }
 */
export function addSizes(sizes: readonly Sizes[]): Sizes {
  return sizes.reduce((sum, size) => ({ bytes: sum.bytes + size.bytes, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli }), ZERO);
}

/**
 * The module specifiers a JavaScript file imports statically (`import … from "x"`, `import "x"`,
 * `export … from "x"`) and on demand (`import("x")` with a literal; a computed or templated
 * specifier cannot be followed), minified or not.
 *
 * @example
 * jsImports('import{a as b}from"./chunk.js";import("/pagefind/pagefind.js")');
 * // → { static: ['./chunk.js'], dynamic: ['/pagefind/pagefind.js'] }
 */
export function jsImports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const match of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])([^"'\n]+)\1/gu)) found.static.push(match[2]!);
  for (const match of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/gu)) if (!match[2]!.includes('${')) found.dynamic.push(match[2]!);
  return found;
}

/**
 * The stylesheets a CSS file pulls in with `@import`.
 *
 * @example
 * cssImports('@import url("a.css");@import "b.css" screen;'); // → ['a.css', 'b.css']
 */
export function cssImports(css: string): string[] {
  return [...css.matchAll(/@import\s+(?:url\(\s*)?(["']?)([^"')\s;]+)\1/gu)].map((match) => match[2]!);
}

const parser = unified().use(rehypeParse);
const relList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : []).map((rel) => rel.toLowerCase());
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What a page loads, without the (slower) compression of the page itself. */
export type PageAssets = Pick<PageWeight, 'page' | 'assets' | 'onDemand' | 'missing'> & { readonly htmlText: string };

/** Measures pages of one dist; see {@link pageMeasurer}. */
export interface PageMeasurer {
  /** The files a page loads, each with its sizes. */
  readonly assets: (page: string) => PageAssets;
  /** The full weight of a page (compresses its HTML too). */
  readonly weight: (page: string) => PageWeight;
}

/**
 * A measurer over one dist: caches each file's compressed size so that many pages can be
 * measured cheaply.
 *
 * @example
 * const measure = pageMeasurer('dist', '/archive/');
 * measure.weight('articles/80e90a4c-0003/index.html').js.own.brotli; // → 570
 */
export function pageMeasurer(dist: string, base = '/'): PageMeasurer {
  const root = normaliseBase(base);
  const origin = 'https://site.invalid';
  const cache = new Map<string, Sizes>();
  const sizeOf = (file: string): Sizes => {
    if (!cache.has(file)) cache.set(file, compressedSizes(readFileSync(join(dist, file))));
    return cache.get(file)!;
  };
  const isFile = (file: string): boolean => {
    try {
      return statSync(join(dist, file)).isFile();
    } catch {
      return false;
    }
  };

  const assetsOf = (page: string): PageAssets => {
    const htmlText = readFileSync(join(dist, page), 'utf8');
    const pageUrl = new URL(pageUrlPath(page, root), origin);
    const assets: Asset[] = [];
    const seen = new Set<string>();
    const missing: string[] = [];
    const onDemand: string[] = [];
    const queue: { url: URL; kind: Asset['kind'] }[] = [];
    const inlineJs: string[] = [];

    const want = (reference: string, from: URL, kind: Asset['kind']) => {
      let url: URL;
      try {
        url = new URL(reference, from);
      } catch {
        return;
      }
      if (url.origin !== origin) return; // external or data: — not part of the site's weight
      queue.push({ url, kind });
    };

    const tree = parser.parse(htmlText) as Root;
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      if (node.tagName === 'script') {
        const type = String(props.type ?? '').toLowerCase();
        if (!JS_TYPES.has(type)) return;
        if (typeof props.src === 'string') want(props.src, pageUrl, 'js');
        else {
          const code = toString(node);
          if (code.trim() !== '') inlineJs.push(code);
        }
      } else if (node.tagName === 'link' && typeof props.href === 'string') {
        const rel = relList(props.rel);
        if (rel.includes('stylesheet')) want(props.href, pageUrl, 'css');
        else if (rel.includes('modulepreload')) want(props.href, pageUrl, 'js');
        else if (rel.includes('icon') || rel.includes('apple-touch-icon') || (rel.includes('preload') && props.as !== 'script' && props.as !== 'style'))
          want(props.href, pageUrl, 'other');
        else if (rel.includes('preload') && props.as === 'script') want(props.href, pageUrl, 'js');
        else if (rel.includes('preload') && props.as === 'style') want(props.href, pageUrl, 'css');
      } else if ((node.tagName === 'img' || node.tagName === 'video') && typeof (props.src ?? props.poster) === 'string') {
        want(String(props.src ?? props.poster), pageUrl, 'other');
      }
    });
    for (const code of inlineJs) for (const specifier of jsImports(code).static) want(specifier, pageUrl, 'js');
    for (const code of inlineJs) for (const specifier of jsImports(code).dynamic) onDemand.push(specifier);

    while (queue.length > 0) {
      const { url, kind } = queue.shift()!;
      const file = fileForPath(url.pathname, root);
      if (file === null || !isFile(file)) {
        const name = file ?? url.pathname;
        if (!missing.includes(name)) missing.push(name);
        continue;
      }
      if (seen.has(file)) continue;
      seen.add(file);
      assets.push({ file, kind, owner: file.startsWith('pagefind/') ? 'pagefind' : 'own', inline: false, ...sizeOf(file) });
      if (kind === 'js') {
        const imports = jsImports(readFileSync(join(dist, file), 'utf8'));
        for (const specifier of imports.static) want(specifier, url, 'js');
        for (const specifier of imports.dynamic) {
          try {
            const target = fileForPath(new URL(specifier, url).pathname, root);
            onDemand.push(target ?? specifier);
          } catch {
            onDemand.push(specifier);
          }
        }
      } else if (kind === 'css') {
        for (const specifier of cssImports(readFileSync(join(dist, file), 'utf8'))) want(specifier, url, 'css');
      }
    }
    inlineJs.forEach((code, index) => {
      assets.push({ file: `inline script #${index + 1}`, kind: 'js', owner: 'own', inline: true, ...compressedSizes(code) });
    });
    return { page, htmlText, assets, onDemand: [...new Set(onDemand)], missing };
  };

  const weightOf = (page: string): PageWeight => {
    const { htmlText, assets, onDemand, missing } = assetsOf(page);
    const sum = (keep: (asset: Asset) => boolean) => addSizes(assets.filter(keep));
    const html = compressedSizes(htmlText);
    return {
      page,
      html,
      js: {
        own: sum((asset) => asset.kind === 'js' && asset.owner === 'own'),
        pagefind: sum((asset) => asset.kind === 'js' && asset.owner === 'pagefind'),
        total: sum((asset) => asset.kind === 'js'),
      },
      css: sum((asset) => asset.kind === 'css'),
      other: sum((asset) => asset.kind === 'other'),
      total: addSizes([html, sum((asset) => !asset.inline)]),
      assets,
      onDemand,
      missing,
    };
  };

  return { assets: assetsOf, weight: weightOf };
}

/**
 * The total bytes and number of files under a folder of dist (`''` for all of it).
 *
 * @example
 * folderSize('dist', 'pagefind'); // → { bytes: 1843210, files: 312 }
 */
export function folderSize(dist: string, folder = ''): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  const start = folder === '' ? dist : join(dist, folder);
  try {
    if (!statSync(start).isDirectory()) return { bytes, files };
  } catch {
    return { bytes, files };
  }
  for (const file of listFiles(start, '')) {
    bytes += statSync(join(start, file)).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Measure a built site: the largest and the median article page in full (and the search
 * page, which loads Pagefind), our own JavaScript on every article page against {@link OWN_JS_BUDGET}, the largest page, and the sizes of
 * dist and of its Pagefind bundle.
 *
 * @example
 * const report = measureBudgets({ dist: 'dist', base: '/archive/' });
 * report.medianArticle?.js.own.brotli; // → 570
 * report.pass; // → true
 */
export function measureBudgets(options: BudgetOptions): BudgetReport {
  const { dist } = options;
  const pattern = options.articlePattern ?? /^articles\/[^/]+\/index\.html$/u;
  const searchPage = options.searchPage ?? 'search/index.html';
  const measure = pageMeasurer(dist, options.base);
  const pages = listFiles(dist, '.html').map((page) => ({ page, bytes: statSync(join(dist, page)).size }));
  const articles = pages.filter(({ page }) => pattern.test(page)).sort((a, b) => a.bytes - b.bytes || a.page.localeCompare(b.page));
  const largestPage = pages.reduce<{ page: string; bytes: number } | null>((best, page) => (best === null || page.bytes > best.bytes ? page : best), null);

  let heaviestOwnJs: BudgetReport['heaviestOwnJs'] = null;
  let missing = false;
  for (const { page } of articles) {
    const loaded = measure.assets(page);
    if (loaded.missing.length > 0) missing = true;
    const js = addSizes(loaded.assets.filter((asset) => asset.kind === 'js' && asset.owner === 'own'));
    if (heaviestOwnJs === null || js.brotli > heaviestOwnJs.js.brotli) heaviestOwnJs = { page, js };
  }
  const pick = (index: number) => (articles.length === 0 ? null : measure.weight(articles[index]!.page));
  const largestArticle = pick(articles.length - 1);

  return {
    articlePages: articles.length,
    largestArticle,
    medianArticle: pick(Math.floor((articles.length - 1) / 2)),
    searchPage: pages.some(({ page }) => page === searchPage) ? measure.weight(searchPage) : null,
    heaviestOwnJs,
    largestPage,
    dist: folderSize(dist),
    pagefind: folderSize(dist, 'pagefind'),
    budget: OWN_JS_BUDGET,
    pageBudget: PAGE_BUDGET,
    pass:
      !missing && (heaviestOwnJs === null || heaviestOwnJs.js.brotli <= OWN_JS_BUDGET) && (largestArticle === null || largestArticle.total.gzip <= PAGE_BUDGET),
  };
}

/**
 * Bytes for people: `812 B`, `12.4 kB`, `3.21 MB` (1 kB = 1000 bytes).
 *
 * @example
 * formatBytes(12_400); // → '12.4 kB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
