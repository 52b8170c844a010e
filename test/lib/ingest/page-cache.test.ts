import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ingestFolder } from '../../../src/lib/ingest/ingest-folder.ts';
import { folderPageCache } from '../../../src/lib/ingest/page-cache.ts';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the seed pages and their fixes, and an empty cache folder. */
function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'page-cache-'));
  temps.push(root);
  cpSync('content/pages', join(root, 'pages'), { recursive: true });
  cpSync('content/edits', join(root, 'edits'), { recursive: true });
  return { pages: join(root, 'pages'), edits: join(root, 'edits'), cache: join(root, 'cache') };
}

describe('ingest with a page cache', () => {
  test('segments each page once, then reuses it with the same result until its text, meta or fixes change', () => {
    const dir = workspace();
    const run = () => {
      const cache = folderPageCache(dir.cache);
      const result = ingestFolder({ from: dir.pages, edits: dir.edits, cache });
      return { result, hits: cache.hits, misses: cache.misses };
    };
    const first = run();
    expect([first.hits, first.misses]).toEqual([0, 5]);
    const second = run();
    expect([second.hits, second.misses]).toEqual([5, 0]);
    expect(second.result).toEqual(first.result);
    expect(second.result).toEqual(ingestFolder({ from: dir.pages, edits: dir.edits }));

    // One page's text changes: only that page is segmented again, and its new text is in the result.
    appendFileSync(join(dir.pages, '001_80e90a4cb6de53c7.txt'), '\n\n新增一段测试文字，检验缓存是否失效。\n');
    const third = run();
    expect([third.hits, third.misses]).toEqual([4, 1]);
    expect(JSON.stringify(third.result.pages)).toContain('新增一段测试文字');

    // A page's fixes change: that page is segmented again.
    appendFileSync(join(dir.edits, '003_e698e91fc0ebeaed.yaml'), '\n# a comment changes the bytes\n');
    expect(run().misses).toBe(1);

    // A page's metadata changes: that page is segmented again.
    appendFileSync(join(dir.pages, '000_c1589599c8272d34.meta.yaml'), '# edited\n');
    expect(run().misses).toBe(1);
  });

  test('treats an unreadable cache entry as a miss', () => {
    const dir = workspace();
    const cache = folderPageCache(dir.cache);
    ingestFolder({ from: dir.pages, edits: dir.edits, cache });
    for (const name of readdirSync(dir.cache)) writeFileSync(join(dir.cache, name), '{ not json');
    const again = folderPageCache(dir.cache);
    const result = ingestFolder({ from: dir.pages, edits: dir.edits, cache: again });
    expect(again.misses).toBe(5);
    expect(result).toEqual(ingestFolder({ from: dir.pages, edits: dir.edits }));
  });
});
