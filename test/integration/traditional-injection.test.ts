import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { activeContent, elementsOf } from './inert-html.ts';

const site = inject('site');
const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
const ownScript = (source: string) => source.startsWith(`${site.base}_astro/`);

// test/fixtures/security/content/pages/attribute-break.txt: titles with `>` reach attribute
// values (<meta name="description">, data-pagefind-meta), which Astro writes without escaping `>`.
describe('a title with `>` in it, on both scripts (issue 14, item 1)', () => {
  const units = () =>
    (JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as { id: string; source: string; title: string }[]).filter(
      (unit) => unit.source === 'attribute-break.txt',
    );

  test('the fixture gives the two titles', () => {
    expect(units().map((unit) => unit.title)).toEqual(['测试标题 x> <script>window.__pwned=1</script>', '增长率>5%的企业名单公布']);
  });

  for (const script of ['', 'hant/']) {
    test(`${script || 'Simplified '}pages: no script from the title, the CSP <meta> inside <head>, the title kept as text`, () => {
      // Source pages have one copy, as printed, for both scripts (src/lib/site/script-copies.ts).
      const paths = [...units().map((unit) => `${script}articles/${unit.id}`), ...(script ? [] : ['sources/attribute-break'])];
      for (const path of paths) {
        const html = page(path);
        expect(activeContent(html, ownScript), path).toEqual([]);
        const elements = elementsOf(html);
        // Every script is loaded from a file, except JSON-LD: a data block, which browsers never run.
        const scripts = elements.filter((element) => element.tagName === 'script');
        const isJsonLd = (element: (typeof scripts)[number]) =>
          element.attrs.some((attribute) => attribute.name === 'type' && attribute.value === 'application/ld+json');
        expect(
          scripts.every((element) => isJsonLd(element) || element.attrs.some((attribute) => attribute.name === 'src')),
          path,
        ).toBe(true);
        if (path.includes('articles/')) {
          // The title arrives whole inside the JSON-LD, as data.
          const ld = scripts.filter(isJsonLd).map((element) => JSON.parse(element.childNodes.map((child) => ('value' in child ? child.value : '')).join('')));
          expect(ld, path).toHaveLength(1);
          expect(ld[0].headline, path).toMatch(
            /^(测试标题 x> <script>window.__pwned=1<\/script>|增长率>5%的企业名单公布|測試標題 x> <script>window.__pwned=1<\/script>|增長率>5%的企業名單公佈)$/u,
          );
        }
        if (path.includes('articles/')) {
          const title = elements.find((element) => element.tagName === 'h1')!;
          const h1 = title.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
          expect([
            '测试标题 x> <script>window.__pwned=1</script>',
            '增长率>5%的企业名单公布',
            '測試標題 x> <script>window.__pwned=1</script>',
            '增長率>5%的企業名單公佈',
          ]).toContain(h1);
          const head = elements.find((element) => element.tagName === 'head')!;
          // Everything Astro puts in <head> stays there: the page was not broken open.
          expect(head.childNodes.filter((child) => 'tagName' in child).map((child) => (child as { tagName: string }).tagName)).toEqual(
            expect.arrayContaining(['meta', 'title', 'link']),
          );
        }
      }
    });
  }
});

describe('the exports of the test build (issue 14, item 3)', () => {
  test('every export reads back valid (the build runs the same check and fails on a problem)', async () => {
    const { exportProblems } = await import('../../src/lib/exports/validate-exports.ts');
    expect(exportProblems(site.dist)).toEqual([]);
  });
});
