import { describe, expect, test } from 'vitest';
import { mergeUses, parseShard, shardRole, splitSources } from '../../src/lib/site/shard.ts';

const use = (article: string, paragraph: string) => ({ article, paragraph, form: '河长制', before: '', after: '' });

describe('sharded builds: the split', () => {
  test('parses k/n and refuses anything else', () => {
    expect(parseShard('2/8')).toEqual({ kind: 'shard', k: 2, n: 8 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0', '-1/2']) expect(() => parseShard(bad), bad).toThrow(/--shard takes k\/n/u);
    expect(shardRole({})).toEqual({ kind: 'all' });
    expect(shardRole({ ARCHIVE_SHARD: 'merge' })).toEqual({ kind: 'merge' });
    expect(shardRole({ ARCHIVE_SHARD: '1/3' })).toEqual({ kind: 'shard', k: 1, n: 3 });
  });

  test('puts every source page in exactly one shard, in contiguous runs of about the same number of articles', () => {
    const files = Array.from({ length: 40 }, (_, i) => `p${String(i).padStart(2, '0')}.txt`);
    const articles = files.flatMap((file, i) => Array.from({ length: (i % 5) + 1 }, () => ({ source: file })));
    for (const n of [1, 2, 3, 8]) {
      const shards = splitSources([...files].reverse(), articles, n);
      expect(shards).toHaveLength(n);
      expect(shards.flat()).toEqual(files);
      const sizes = shards.map((shard) => shard.reduce((sum, file) => sum + articles.filter((article) => article.source === file).length + 1, 0));
      const share = (articles.length + files.length) / n;
      for (const size of sizes) expect(Math.abs(size - share), `${n}: ${sizes}`).toBeLessThanOrEqual(6);
    }
    // More shards than pages: some shards are empty, none holds a page twice.
    expect(splitSources(['a.txt', 'b.txt'], [], 4).flat()).toEqual(['a.txt', 'b.txt']);
  });

  test("merges the shards' term uses back into the archive's order", () => {
    const articles = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const merged = mergeUses([{ t: [use('c', 'p1')] }, { t: [use('a', 'p1'), use('a', 'p2'), use('b', 'p9')], u: [use('b', 'p1')] }], articles);
    expect(merged.get('t')!.map((u) => `${u.article}${u.paragraph}`)).toEqual(['ap1', 'ap2', 'bp9', 'cp1']);
    expect(merged.get('u')).toEqual([use('b', 'p1')]);
  });
});
