import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sitePages, writeTraditionalSite } from '../../../src/lib/script/traditional-site.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const page = (body: string) =>
  `<!doctype html><html lang="zh-Hans"><head><title>${body}</title></head><body><p>${body}</p><a href="/glossary/">术语</a></body></html>`;

function site(): { root: string; dist: string } {
  const root = mkdtempSync(join(tmpdir(), 'traditional-site-'));
  temps.push(root);
  const dist = join(root, 'dist');
  for (const [path, body] of [
    ['index.html', '乡村振兴'],
    ['glossary/index.html', '规范化'],
    ['articles/a/index.html', '放管服改革'],
    ['pagefind/x.html', '不转换'],
    ['sources/001_page/index.html', '原样印刷'],
  ] as const) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), page(body));
  }
  return { root, dist };
}

describe('writeTraditionalSite', () => {
  test('writes a Traditional copy of every page (not of pagefind/, hant/ or the as-printed source pages) on worker threads', async () => {
    const { dist } = site();
    expect(sitePages(dist)).toEqual(['articles/a/index.html', 'glossary/index.html', 'index.html']);
    expect(await writeTraditionalSite(dist, { base: '/', workers: 2 })).toEqual({ converted: 3, reused: 0 });
    const html = readFileSync(join(dist, 'hant', 'articles/a/index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('<p>放管服改革</p>');
    expect(readFileSync(join(dist, 'hant', 'index.html'), 'utf8')).toContain('鄉村振興');
    expect(readFileSync(join(dist, 'hant', 'index.html'), 'utf8')).toContain('href="/hant/glossary/"');
  });

  test('reuses the pages of the previous build whose HTML is unchanged, and converts the rest', async () => {
    const { root, dist } = site();
    const manifest = join(root, 'manifest.json');
    await writeTraditionalSite(dist, { base: '/', workers: 1, manifest });
    const previous = join(root, 'hant-previous');
    renameSync(join(dist, 'hant'), previous);
    writeFileSync(join(dist, 'glossary/index.html'), page('规范化 乡村'));
    expect(await writeTraditionalSite(dist, { base: '/', workers: 1, manifest, previous })).toEqual({ converted: 1, reused: 2 });
    expect(readFileSync(join(dist, 'hant', 'glossary/index.html'), 'utf8')).toContain('規範化 鄉村');
    expect(readFileSync(join(dist, 'hant', 'index.html'), 'utf8')).toContain('鄉村振興');
    // A different base changes every page.
    rmSync(previous, { recursive: true });
    renameSync(join(dist, 'hant'), previous);
    expect(await writeTraditionalSite(dist, { base: '/repo/', workers: 1, manifest, previous })).toEqual({ converted: 3, reused: 0 });
  });
});

describe('writeTraditionalSite stopped half-way (issue 14, item 5)', () => {
  test('leaves no manifest, so the next build trusts none of the pages it wrote', async () => {
    const { root, dist } = site();
    const manifest = join(root, 'manifest.json');
    await writeTraditionalSite(dist, { base: '/', workers: 1, manifest });
    // The next build changes a page, and fails after writing some pages (a page it cannot read,
    // listed last, stands in for a kill).
    const previous = join(root, 'hant-previous');
    renameSync(join(dist, 'hant'), previous);
    writeFileSync(join(dist, 'glossary/index.html'), page('变更后的页面'));
    symlinkSync('missing.html', join(dist, 'zzz.html'));
    await expect(writeTraditionalSite(dist, { base: '/', workers: 1, manifest, previous })).rejects.toThrow(/ENOENT/u);
    expect(readFileSync(join(dist, 'hant', 'glossary/index.html'), 'utf8')).toContain('變更後的頁面');
    expect(existsSync(manifest)).toBe(false);
    // The change is reverted and the build runs again, as build:site does: the half-written
    // folder is not trusted (no manifest), so every page is converted from its own HTML.
    rmSync(join(dist, 'zzz.html'));
    writeFileSync(join(dist, 'glossary/index.html'), page('规范化'));
    rmSync(previous, { recursive: true });
    renameSync(join(dist, 'hant'), previous);
    expect(await writeTraditionalSite(dist, { base: '/', workers: 1, manifest, previous })).toEqual({ converted: 3, reused: 0 });
    expect(readFileSync(join(dist, 'hant', 'glossary/index.html'), 'utf8')).toContain('規範化');
  });
});
