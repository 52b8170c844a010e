import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  accessedDate,
  archiveBase,
  archiveBaseSetting,
  archiveShard,
  archiveSite,
  archiveSiteSetting,
  articlesDir,
  buildParallel,
  buildSequential,
  buildVerbose,
  cacheDir,
  contentDir,
  ingestCacheDir,
  reportRepository,
  termUsesFile,
} from '../../../src/lib/config/env.ts';

describe('ARCHIVE_* environment variables', () => {
  test('fall back to their defaults when unset or empty', () => {
    for (const env of [
      {},
      Object.fromEntries(['CONTENT_DIR', 'ARTICLES_DIR', 'SITE', 'BASE', 'CACHE_DIR', 'SHARD', 'TERM_USES'].map((name) => [`ARCHIVE_${name}`, ''])),
    ]) {
      expect(contentDir(env)).toBe('content');
      expect(articlesDir(env)).toBe(join('content', 'articles'));
      expect(archiveSite(env)).toBe('http://localhost:4321');
      expect(archiveSiteSetting(env)).toBeUndefined();
      expect(archiveBase(env)).toBe('/');
      expect(cacheDir(env)).toBeUndefined();
      expect(ingestCacheDir(env)).toBe('node_modules/.cache/archive-ingest');
      expect(archiveShard(env)).toEqual({ kind: 'all' });
      expect(termUsesFile(env)).toBeUndefined();
      expect(reportRepository(env)).toBeNull();
      expect([buildParallel(env), buildSequential(env), buildVerbose(env)]).toEqual([false, false, false]);
    }
    expect(archiveBaseSetting({})).toBeUndefined();
    expect(archiveBaseSetting({ ARCHIVE_BASE: '' })).toBe('');
  });

  test('take what is set', () => {
    const env = {
      ARCHIVE_CONTENT_DIR: 'other-content',
      ARCHIVE_SITE: 'https://user.github.io',
      ARCHIVE_BASE: '/repo/',
      ARCHIVE_CACHE_DIR: 'other-cache',
      ARCHIVE_SHARD: ' 2/3 ',
      ARCHIVE_REPOSITORY: ' o/r ',
      ARCHIVE_BUILD_PARALLEL: '1',
      ARCHIVE_BUILD_SEQUENTIAL: 'true',
    };
    expect(contentDir(env)).toBe('other-content');
    expect(articlesDir(env)).toBe(join('other-content', 'articles'));
    expect(articlesDir({ ...env, ARCHIVE_ARTICLES_DIR: 'shard-articles' })).toBe('shard-articles');
    expect([archiveSite(env), archiveSiteSetting(env), archiveBase(env)]).toEqual(['https://user.github.io', 'https://user.github.io', '/repo/']);
    expect([cacheDir(env), ingestCacheDir(env)]).toEqual(['other-cache', 'other-cache/ingest']);
    expect(archiveShard(env)).toEqual({ kind: 'shard', k: 2, n: 3 });
    expect(archiveShard({ ARCHIVE_SHARD: 'merge' })).toEqual({ kind: 'merge' });
    // Blank is unset: the whole site (and so its sitemap) is built.
    expect(archiveShard({ ARCHIVE_SHARD: '  ' })).toEqual({ kind: 'all' });
    expect(reportRepository(env)).toBe('o/r');
    expect(reportRepository({ GITHUB_REPOSITORY: 'g/h' })).toBe('g/h');
    // Only `1` turns a switch on.
    expect([buildParallel(env), buildSequential(env)]).toEqual([true, false]);
  });

  test('a bad ARCHIVE_SHARD is an error naming the variable', () => {
    for (const bad of ['0/2', '3/2', '1', 'a/b', 'all']) expect(() => archiveShard({ ARCHIVE_SHARD: bad }), bad).toThrow(/^ARCHIVE_SHARD takes k\/n/u);
  });

  describe('are read when called, not when imported', () => {
    const before = process.env.ARCHIVE_BASE;
    afterEach(() => {
      if (before === undefined) delete process.env.ARCHIVE_BASE;
      else process.env.ARCHIVE_BASE = before;
    });
    test('ARCHIVE_BASE set after import', () => {
      process.env.ARCHIVE_BASE = '/later/';
      expect(archiveBase()).toBe('/later/');
    });
  });
});

describe('ARCHIVE_ACCESSED', () => {
  test("is the citations' access date when set, the day of the build (UTC) when not, and an error when not a date", () => {
    const now = new Date('2026-12-06T23:59:59Z');
    expect(accessedDate({}, now)).toBe('2026-12-06');
    expect(accessedDate({ ARCHIVE_ACCESSED: '' }, now)).toBe('2026-12-06');
    expect(accessedDate({ ARCHIVE_ACCESSED: '2026-01-15' }, now)).toBe('2026-01-15');
    expect(() => accessedDate({ ARCHIVE_ACCESSED: '15/01/2026' }, now)).toThrow(/ARCHIVE_ACCESSED must be a date as YYYY-MM-DD/u);
  });
});
