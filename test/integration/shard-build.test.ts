import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openArchiveSearch } from '../../src/lib/search/open-index.ts';
import { TEST_ACCESSED } from './build-site.ts';

// The whole site, built in one piece by the global setup (seeds plus fixtures, base /archive/).
const site = inject('site');
const root = mkdtempSync(join(tmpdir(), 'shard-build-'));
const merged = join(root, 'merged');
const shards = [1, 2].map((k) => join(root, `shard-${k}`));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(args: string[]): string {
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: site.content,
    ARCHIVE_BASE: site.base,
    ARCHIVE_SITE: 'https://example.github.io',
    ARCHIVE_CACHE_DIR: join(root, 'cache'),
    // (The global setup's build gives the same access date: the builds compared may straddle midnight.)
    ARCHIVE_ACCESSED: TEST_ACCESSED,
  };
  const result = spawnSync(process.execPath, ['scripts/build-site.ts', ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`build-site ${args.join(' ')} failed (${result.status}):\n${result.stdout.slice(-3000)}\n${result.stderr}`);
  return result.stdout;
}

function files(dir: string, out: string[] = [], top = dir): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) files(join(dir, entry.name), out, top);
    else out.push(relative(top, join(dir, entry.name)));
  }
  return out.sort();
}

const links = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/gu)].map((match) => match[1]);

beforeAll(() => {
  // The same ingested content, built as two shards and merged (as the sharded workflow does).
  build(['--shard', '1/2', '--out-dir', shards[0]!]);
  build(['--shard', '2/2', '--out-dir', shards[1]!]);
  build(['--merge', shards[1]!, shards[0]!, '--out-dir', merged]);
});

describe('the seed archive built in 2 shards and merged, against the build in one piece', () => {
  test('each shard builds the article and source pages of its own source pages only, with its records and term uses', () => {
    const sourcesOf = (dir: string) => readdirSync(join(dir, 'sources')).sort();
    const [one, two] = shards.map(sourcesOf);
    expect(one!.length).toBeGreaterThan(0);
    expect(two!.length).toBeGreaterThan(0);
    expect([...one!, ...two!].sort()).toEqual(readdirSync(join(site.dist, 'sources')).sort());
    expect(one!.filter((stem) => two!.includes(stem))).toEqual([]);
    const articles = shards.map((dir) => readdirSync(join(dir, 'articles')));
    expect([...articles[0]!, ...articles[1]!].sort()).toEqual(readdirSync(join(site.dist, 'articles')).sort());
    for (const dir of shards) {
      expect(readdirSync(dir).sort()).toEqual(['_astro', '_shard', 'articles', 'hant', 'sources']);
      expect(readdirSync(join(dir, '_shard')).sort()).toEqual(['records.jsonl', 'shard.json', 'uses.json']);
    }
  });

  test('has the same files, every page with the same content and links', () => {
    const whole = files(site.dist);
    expect(files(merged)).toEqual(whole);
    expect(whole.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(600);
    for (const file of whole) {
      const a = readFileSync(join(site.dist, file));
      const b = readFileSync(join(merged, file));
      if (file.endsWith('.html')) expect(links(b.toString('utf8')), file).toEqual(links(a.toString('utf8')));
      expect(b.equals(a), file).toBe(true);
    }
  });

  test('gives the same search results, terms and filters', async () => {
    const one = await openArchiveSearch(site.dist);
    const two = await openArchiveSearch(merged);
    for (const query of ['整村授信', '政务服务', '營商環境', 'digital government', 'zhengwu fuwu', 'guifanhua', '吉林', '2022']) {
      const expected = await one.search(query);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(await two.search(query), query).toEqual(expected);
      expect(await two.terms(query), query).toEqual(await one.terms(query));
    }
    expect(await two.filters()).toEqual(await one.filters());
  });

  test('refuses a merge that lacks a shard, naming what it got', () => {
    expect(() => build(['--merge', shards[0]!, '--out-dir', join(root, 'incomplete')])).toThrow(/shards 1 to n of one split, exactly once each; got 1\/2/u);
  });
});
