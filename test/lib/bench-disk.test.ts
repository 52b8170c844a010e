import { describe, expect, test } from 'vitest';
import { DISK_KINDS, diskByKind, diskKind } from '../../src/lib/bench/run-bench.ts';

describe('the benchmark counts bytes on disk by kind of file', () => {
  test('sorts each built file into one kind', () => {
    expect(diskKind('articles/a-0001/index.html')).toBe('article pages (Simplified)');
    expect(diskKind('hant/articles/a-0001/index.html')).toBe('article pages (Traditional)');
    expect(diskKind('sources/001_x/index.html')).toBe('source pages (both scripts)');
    expect(diskKind('hant/sources/001_x/index.html')).toBe('source pages (both scripts)');
    expect(diskKind('glossary/he-zhang-zhi/2/index.html')).toBe('glossary pages (both scripts)');
    expect(diskKind('hant/browse/index.html')).toBe('other pages (both scripts)');
    expect(diskKind('index.html')).toBe('other pages (both scripts)');
    expect(diskKind('pagefind/index/en_1a2b.pf_index')).toBe('search index');
    expect(diskKind('_astro/Base.Cx1.css')).toBe('scripts and styles');
    expect(diskKind('data/articles.json')).toBe('exports (data/)');
    expect(diskKind('favicon.svg')).toBe('other files');
  });

  test('sums the bytes of each kind, every kind present', () => {
    const files = [
      { path: '/d/articles/a/index.html', bytes: 100 },
      { path: '/d/articles/b/index.html', bytes: 50 },
      { path: '/d/pagefind/pagefind.js', bytes: 7 },
    ];
    const bytes = diskByKind(files, '/d');
    expect(Object.keys(bytes)).toEqual([...DISK_KINDS]);
    expect(bytes['article pages (Simplified)']).toBe(150);
    expect(bytes['search index']).toBe(7);
    expect(Object.values(bytes).reduce((a, b) => a + b, 0)).toBe(157);
  });
});
