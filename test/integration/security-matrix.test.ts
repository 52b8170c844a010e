import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { parseTbx } from '../../src/lib/exports/tbx.ts';
import { parseTmx } from '../../src/lib/exports/tmx.ts';
import { exportProblems } from '../../src/lib/exports/validate-exports.ts';
import { activeContent, elementsOf } from './inert-html.ts';

/**
 * The security matrix (issue 14): test/fixtures/security/content puts every payload of
 * test/fixtures/security/payloads.ts through every channel (page headline and line, metadata,
 * an editorial `set` fix, a glossary entry, translations, an OpenCC override); the test build
 * includes it. Checked here: every built page of both scripts as a browser parses it, and every
 * export. (test/browser/security-matrix.test.ts loads the pages in Chromium.)
 */
const site = inject('site');
const ownScript = (source: string) => source.startsWith(`${site.base}_astro/`);
const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

function htmlPages(dir = site.dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(path);
    return entry.name.endsWith('.html') ? [relative(site.dist, path)] : [];
  });
}

/** The text a reader sees on a page, plus attribute values (titles, descriptions), decoded. */
function textOf(html: string): string {
  return elementsOf(html)
    .flatMap((element) => [
      ...element.attrs.map((attribute) => attribute.value),
      ...element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')),
    ])
    .join('\n');
}

describe('security matrix: every payload through every channel is inert (issue 14)', () => {
  test('no page of either script has script, event handler, meta refresh or javascript: URL from a payload, and every page keeps its CSP <meta> in <head>', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(1000);
    expect(pages.filter((page) => page.startsWith('hant/')).length).toBeGreaterThan(500);
    const problems = pages.flatMap((page) => activeContent(read(page), ownScript).map((problem) => `${page}: ${problem}`));
    expect(problems).toEqual([]);
  });

  // Each channel's payload reached a page, as text: the test above checks something real.
  test.each([
    ['page-headline', 'articles/matrix-0001/index.html', "<script>window.__pwned='page-headline'</script>"],
    ['page-line', 'articles/matrix-0001/index.html', `"><img src=x onerror=window.__pwned='page-line-img'>`],
    ['meta', 'sources/matrix/index.html', "x> <script>window.__pwned='meta-x'</script>"],
    ['edit-set', 'articles/matrix-0009/index.html', "x> <script>window.__pwned='edit-set-x'</script>"],
    ['glossary', 'glossary/an-quan-ce-shi-shu-yu/index.html', "<script>window.__pwned='glossary'</script>"],
    ['translation', 'articles/matrix-0001/index.html', "x> <script>window.__pwned='translation-x'</script>"],
  ])('%s: the payload is on %s as text, in both scripts (a source page has one copy)', (_, path, payload) => {
    expect(textOf(read(path))).toContain(payload);
    if (path.startsWith('sources/')) expect(existsSync(join(site.dist, 'hant', path))).toBe(false);
    else expect(textOf(read(`hant/${path}`))).toContain(payload.replace('page-headline', 'page-headline'));
  });

  test('override: an OpenCC override that inserts markup shows it as text on the Traditional page', () => {
    const unit = (JSON.parse(read('data/articles.json')) as { id: string; paragraphs: { zh: string }[] }[]).find((candidate) =>
      candidate.paragraphs.some((paragraph) => paragraph.zh.includes('覆盖测试词')),
    )!;
    expect(textOf(read(`hant/articles/${unit.id}/index.html`))).toContain("覆蓋<script>window.__pwned='override'</script>");
  });

  test('exports: all valid, payloads kept as data, formulas neutralised, control characters gone from XML', () => {
    expect(exportProblems(site.dist)).toEqual([]);
    const csv = read('data/glossary.csv');
    expect(csv).toContain(`'=HYPERLINK(""https://example.org/glossary""`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/mu);
    const tmx = parseTmx(read('data/parallel.tmx')).filter((pair) => pair.id.startsWith('matrix-'));
    expect(tmx.length).toBeGreaterThan(0);
    expect(tmx.map((pair) => pair.en).join('\n')).toContain("<script>window.__pwned='translation'</script>");
    expect(tmx.map((pair) => pair.zh).join('\n')).toContain('与 控制字符 与');
    expect(read('data/parallel.tmx')).not.toMatch(/[\u0001\u0008\u001b]/u);
    expect(parseTbx(read('data/glossary.tbx')).find((concept) => concept.id === 'an-quan-ce-shi-shu-yu')?.terms.en).toContain(
      "security test term x> <script>window.__pwned='glossary-x'</script>",
    );
    expect(read('data/glossary.tbx')).not.toMatch(/[\u0001\u0008\u001b]/u);
    const units = JSON.parse(read('data/articles.json')) as { id: string; title: string }[];
    expect(units.find((unit) => unit.id === 'matrix-0009')?.title).toBe("编辑标题 x> <script>window.__pwned='edit-set-x'</script>");
  });
});
