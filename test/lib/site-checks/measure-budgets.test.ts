import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  OWN_JS_BUDGET,
  PAGE_BUDGET,
  addSizes,
  compressedSizes,
  cssImports,
  folderSize,
  formatBytes,
  jsImports,
  measureBudgets,
} from '../../../src/lib/site-checks/measure-budgets.ts';

/** Write a made-up dist: `{ 'path/in/dist': 'content' }`. */
function makeDist(files: Record<string, string>): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'budgets-')), 'dist');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

const head = '<link rel="stylesheet" href="/archive/_astro/site.css"><link rel="icon" href="/archive/favicon.svg">';
const scripts = '<script type="module" src="/archive/_astro/page.js"></script><script type="application/ld+json">{"@type":"Article"}</script>';
const article = (body: string) => `<!doctype html><html><head>${head}</head><body><main>${body}</main>${scripts}</body></html>`;

const files: Record<string, string> = {
  'articles/small/index.html': article('短'),
  'articles/middle/index.html': article('中'.repeat(200)),
  'articles/large/index.html': article('长'.repeat(2000)),
  'hant/articles/large/index.html': article('長'.repeat(5000)),
  'search/index.html': `<!doctype html><html><head>${head}<link rel="stylesheet" href="/archive/pagefind/pagefind-ui.css"></head><body><script src="/archive/pagefind/pagefind-ui.js"></script><script>new PagefindUI({ element: '#search' });</script></body></html>`,
  '_astro/page.js': 'import{t as o}from"./chunk.js";o();import("./lazy.js");',
  '_astro/chunk.js': 'export const t=()=>document.documentElement.dataset.ready="1";',
  '_astro/lazy.js': 'export default 1;',
  '_astro/site.css': '@import "./fonts.css";body{margin:0}',
  '_astro/fonts.css': '@font-face{font-family:x}',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'pagefind/pagefind-ui.js': 'window.PagefindUI=class{};'.repeat(50),
  'pagefind/pagefind-ui.css': '.pagefind-ui{}',
  'pagefind/index/a.pf_index': 'x'.repeat(1000),
};
const bytes = (path: string) => Buffer.byteLength(files[path]!);

describe('measureBudgets', () => {
  test('measures the largest and the median article page: HTML, our JavaScript with its imports, CSS with its imports, icons', () => {
    const report = measureBudgets({ dist: makeDist(files), base: '/archive/' });
    expect(report.articlePages).toBe(3);
    expect(report.largestArticle!.page).toBe('articles/large/index.html');
    expect(report.medianArticle!.page).toBe('articles/middle/index.html');
    const median = report.medianArticle!;
    expect(median.html.bytes).toBe(bytes('articles/middle/index.html'));
    expect(median.js.own.bytes).toBe(bytes('_astro/page.js') + bytes('_astro/chunk.js'));
    expect(median.js.own.brotli).toBe(compressedSizes(files['_astro/page.js']!).brotli + compressedSizes(files['_astro/chunk.js']!).brotli);
    expect(median.js.pagefind.bytes).toBe(0);
    expect(median.css.bytes).toBe(bytes('_astro/site.css') + bytes('_astro/fonts.css'));
    expect(median.other.bytes).toBe(bytes('favicon.svg'));
    expect(median.total.bytes).toBe(median.html.bytes + median.js.total.bytes + median.css.bytes + median.other.bytes);
    expect(median.onDemand).toEqual(['_astro/lazy.js']);
    expect(median.missing).toEqual([]);
    expect(report.pass).toBe(true);
  });

  test('tells Pagefind’s JavaScript from ours, and counts an inline script as ours but only once in the total', () => {
    const search = measureBudgets({ dist: makeDist(files), base: '/archive/' }).searchPage!;
    const inline = "new PagefindUI({ element: '#search' });";
    expect(search.js.pagefind.bytes).toBe(bytes('pagefind/pagefind-ui.js'));
    expect(search.js.own.bytes).toBe(Buffer.byteLength(inline));
    expect(search.css.bytes).toBe(bytes('_astro/site.css') + bytes('_astro/fonts.css') + bytes('pagefind/pagefind-ui.css'));
    expect(search.total.bytes).toBe(search.html.bytes + search.js.pagefind.bytes + search.css.bytes + search.other.bytes);
  });

  test('finds the largest page anywhere, and sizes dist and dist/pagefind', () => {
    const dist = makeDist(files);
    const report = measureBudgets({ dist, base: '/archive/' });
    expect(report.largestPage).toEqual({ page: 'hant/articles/large/index.html', bytes: bytes('hant/articles/large/index.html') });
    const all = Object.keys(files);
    expect(report.dist).toEqual({ bytes: all.reduce((sum, path) => sum + bytes(path), 0), files: all.length });
    const pagefind = all.filter((path) => path.startsWith('pagefind/'));
    expect(report.pagefind).toEqual({ bytes: pagefind.reduce((sum, path) => sum + bytes(path), 0), files: pagefind.length });
    expect(folderSize(dist, 'no-such-folder')).toEqual({ bytes: 0, files: 0 });
  });

  test('fails when our own JavaScript on an article page exceeds the budget', () => {
    const heavy = randomBytes(OWN_JS_BUDGET).toString('base64'); // incompressible: > 20 kB brotli
    const report = measureBudgets({ dist: makeDist({ ...files, '_astro/chunk.js': `export const t=()=>"${heavy}";` }), base: '/archive/' });
    expect(report.heaviestOwnJs!.js.brotli).toBeGreaterThan(OWN_JS_BUDGET);
    expect(report.pass).toBe(false);
  });

  test('fails when the largest article page, with everything it loads, exceeds 40 kB gzip, though its JavaScript is within budget', () => {
    const heavy = randomBytes(PAGE_BUDGET).toString('base64'); // incompressible text in the page itself
    const report = measureBudgets({ dist: makeDist({ ...files, 'articles/large/index.html': article(heavy) }), base: '/archive/' });
    expect(report.heaviestOwnJs!.js.brotli).toBeLessThan(OWN_JS_BUDGET);
    expect(report.largestArticle!.total.gzip).toBeGreaterThan(PAGE_BUDGET);
    expect(report.pass).toBe(false);
    expect(measureBudgets({ dist: makeDist(files), base: '/archive/' }).pass).toBe(true);
  });

  test('fails when an article page loads a file that is not there (a wrong base measures nothing)', () => {
    const report = measureBudgets({ dist: makeDist(files), base: '/' });
    expect(report.medianArticle!.missing).toContain('archive/_astro/page.js');
    expect(report.medianArticle!.js.own.bytes).toBe(0);
    expect(report.pass).toBe(false);
  });
});

describe('the measuring helpers', () => {
  test('compressedSizes gives the raw, gzip and brotli sizes', () => {
    const text = 'governance '.repeat(100);
    const sizes = compressedSizes(text);
    expect(sizes.bytes).toBe(1100);
    expect(sizes.gzip).toBeLessThan(100);
    expect(sizes.brotli).toBeLessThan(sizes.gzip);
    expect(addSizes([sizes, sizes])).toEqual({ bytes: 2200, gzip: sizes.gzip * 2, brotli: sizes.brotli * 2 });
  });

  test('jsImports and cssImports find what a file pulls in', () => {
    expect(jsImports('import{a as b}from"./chunk.js";import "./side.js";export*from"./re.js";import(`./x-${n}.js`);import("/pagefind/pagefind.js")')).toEqual({
      static: ['./chunk.js', './side.js', './re.js'],
      dynamic: ['/pagefind/pagefind.js'],
    });
    expect(jsImports('const s = "import nothing";')).toEqual({ static: [], dynamic: [] });
    expect(cssImports('@import url("a.css");@import "b.css" screen;body{background:url(x.png)}')).toEqual(['a.css', 'b.css']);
  });

  test('formatBytes writes bytes for people', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(12_400)).toBe('12.4 kB');
    expect(formatBytes(3_210_000)).toBe('3.21 MB');
  });
});
