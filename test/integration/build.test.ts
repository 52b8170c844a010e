import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './build-site.ts';

let site: BuiltSite;
beforeAll(() => {
  site = buildSite(['test/fixtures/hostile/hostile-payloads.txt']);
}, 600_000);

const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

describe('the built site (under a sub-path base)', () => {
  test('has a page for every unit, every source page, and data/articles.json with base-aware URLs', () => {
    const units = JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as { id: string; url: string; kind: string; title: string; titleInferred: boolean; byline: string | null; lines: number[][]; text: string; source: string }[];
    expect(units.length).toBeGreaterThanOrEqual(38);
    for (const unit of units) {
      expect(unit.url).toBe(`/archive/articles/${unit.id}/`);
      expect(existsSync(join(site.dist, 'articles', unit.id, 'index.html'))).toBe(true);
      expect(Object.keys(unit)).toEqual(expect.arrayContaining(['id', 'url', 'source', 'kind', 'title', 'titleInferred', 'byline', 'lines', 'text']));
    }
    for (const stem of ['000_c1589599c8272d34', '003_e698e91fc0ebeaed', 'hostile-payloads']) expect(existsSync(join(site.dist, 'sources', stem, 'index.html'))).toBe(true);
    expect(units.find((unit) => unit.id === 'e698e91f-0150')!.text).toContain('专利权质押融资合作意向金额近6亿元');
  });

  test('renders an article with its title, byline, source link and section headings', () => {
    const html = page('articles/80e90a4c-0003');
    expect(html).toContain('<h1 data-pagefind-meta="title">“规范化”为政务服务“加码”</h1>');
    expect(html).toContain('本报记者 李抑焜');
    expect(html).toContain('href="/archive/sources/001_80e90a4cb6de53c7/#L9"');
    const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/gu)].map((match) => match[1]!.replace(/<span class="tip"[\s\S]*?<\/span><\/span>/gu, '').replace(/<[^>]+>/gu, ''));
    expect(headings).toContain('坚持全省“一盘棋”');
  });

  test('links each source line range to its article', () => {
    const html = page('sources/003_e698e91fc0ebeaed');
    expect(html).toContain('id="L150"');
    expect(html).toContain('href="/archive/articles/e698e91f-0150/"');
  });

  test('builds a Pagefind bundle', () => {
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  test('shows hostile text from a page as text, never as markup or code', () => {
    const units = JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as { id: string; source: string }[];
    const ids = units.filter((unit) => unit.source === 'hostile-payloads.txt').map((unit) => unit.id);
    expect(ids.length).toBeGreaterThan(0);
    const html = ids.map((id) => page(`articles/${id}`)).join('\n');
    for (const payload of ['{alert(1)}', '{props.x}', "window.__pwned = 'script';", 'onerror=', 'javascript:alert(1)', "import fs from 'node:fs'", 'export const pwned = true', '[链接文字](javascript:alert(2))', '假的前言', '&amp;amp;', '<div onclick']) {
      const escaped = payload.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
      expect(html.includes(payload.replace(/'/gu, '&#39;')) || html.includes(escaped) || html.includes(escaped.replace(/"/gu, '&quot;')) || html.includes(escaped.replace(/'/gu, '&#39;'))).toBe(true);
    }
    expect(html).not.toMatch(/<script>window\.__pwned/u);
    expect(html).not.toMatch(/<img[^>]*onerror/u);
    expect(html).not.toMatch(/href="javascript:/u);
    expect(html).not.toMatch(/<div onclick/u);
  });
});
