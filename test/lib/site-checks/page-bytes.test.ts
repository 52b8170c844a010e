import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pageBytes } from '../../../src/lib/site-checks/page-bytes.ts';

describe('pageBytes', () => {
  test('sums article pages per script, all pages, the index and dist, and divides by the articles', () => {
    const dist = mkdtempSync(join(tmpdir(), 'page-bytes-'));
    const files: Record<string, number> = {
      'articles/a/index.html': 100,
      'articles/b/index.html': 300,
      'hant/articles/a/index.html': 110,
      'hant/articles/b/index.html': 310,
      'glossary/t/index.html': 1000,
      'pagefind/index/x.pf_index': 50,
      '_astro/site.css': 7,
    };
    for (const [path, size] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(size));
    }
    const report = pageBytes(dist);
    expect(report.articles).toBe(2);
    expect(report.total).toEqual({ articleHtml: 400, articleHtmlHant: 420, allPages: 1820, index: 50, dist: 1877 });
    expect(report.perArticle).toEqual({ articleHtml: 200, articleHtmlHant: 210, allPages: 910, index: 25, dist: 939 });
  });
});
