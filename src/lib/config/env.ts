import { join } from 'node:path';

/**
 * Every `ARCHIVE_*` environment variable the project reads, in one place (README, "Environment
 * variables"). Each is read when its function is called, never when this module is imported:
 * tests and scripts set them at run time, and `build:site` hands its children their own
 * (`ARCHIVE_SHARD`, `ARCHIVE_ARTICLES_DIR`, `ARCHIVE_TERM_USES` for a sharded build).
 * Every function reads `process.env` unless given another set of variables (tests pass one).
 */
export type Env = Readonly<Record<string, string | undefined>>;

/** The site origin a build without `ARCHIVE_SITE` uses: Astro's local preview. */
export const DEFAULT_SITE = 'http://localhost:4321';

/** `ARCHIVE_CONTENT_DIR`: the content folder the scripts and the site read and write; default `content` (an empty value too). */
export function contentDir(env: Env = process.env): string {
  return env.ARCHIVE_CONTENT_DIR || 'content';
}

/** `ARCHIVE_ARTICLES_DIR`: the MDX files Astro's content collection loads (a shard's share); default `<content>/articles`. */
export function articlesDir(env: Env = process.env): string {
  return env.ARCHIVE_ARTICLES_DIR || join(contentDir(env), 'articles');
}

/** `ARCHIVE_SITE`: the origin permalinks and citations point to; default `http://localhost:4321` (an empty value too). */
export function archiveSite(env: Env = process.env): string {
  return env.ARCHIVE_SITE || DEFAULT_SITE;
}

/** `ARCHIVE_SITE` as set, or undefined when unset or empty (check:links then checks no origin; build:site warns). */
export function archiveSiteSetting(env: Env = process.env): string | undefined {
  return env.ARCHIVE_SITE || undefined;
}

/**
 * `ARCHIVE_ACCESSED`: the date (`YYYY-MM-DD`) every citation of a build gives as its access date; default the day the
 * page is rendered (UTC). Builds that must agree byte for byte (the shards of one build and the merge; a test comparing a
 * sharded build with one in a piece) set it, so no midnight falls between them. Any other value is an error.
 * @example accessedDate({ ARCHIVE_ACCESSED: '2026-12-06' }) // → '2026-12-06'
 */
export function accessedDate(env: Env = process.env, now: Date = new Date()): string {
  const value = env.ARCHIVE_ACCESSED;
  if (!value) return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new Error(`ARCHIVE_ACCESSED must be a date as YYYY-MM-DD (it is \`${value}\`)`);
  return value;
}

/** `ARCHIVE_BASE`: the path the site is served under (`/repo/`); default `/` (an empty value too). */
export function archiveBase(env: Env = process.env): string {
  return env.ARCHIVE_BASE || '/';
}

/** `ARCHIVE_BASE` exactly as set (an empty value included), or undefined when unset (budgets then guesses the base from the site). */
export function archiveBaseSetting(env: Env = process.env): string | undefined {
  return env.ARCHIVE_BASE;
}

/** `ARCHIVE_CACHE_DIR`: Astro's cache folder, and `<it>/ingest` for ingest's page cache; undefined when unset or empty (Astro's default). */
export function cacheDir(env: Env = process.env): string | undefined {
  return env.ARCHIVE_CACHE_DIR || undefined;
}

/** The folder of ingest's page cache: `$ARCHIVE_CACHE_DIR/ingest`, default `node_modules/.cache/archive-ingest`. */
export function ingestCacheDir(env: Env = process.env): string {
  const dir = cacheDir(env);
  return dir ? `${dir}/ingest` : 'node_modules/.cache/archive-ingest';
}

/**
 * `ARCHIVE_REPOSITORY`: the GitHub repository (`owner/name`) readers report errors on; default
 * `GITHUB_REPOSITORY` (GitHub Actions sets it), else none. Trimmed; anything not `owner/name` is none.
 * @example reportRepository({ ARCHIVE_REPOSITORY: ' o/r ' }) // → 'o/r'
 */
export function reportRepository(env: Env = process.env): string | null {
  const repo = (env.ARCHIVE_REPOSITORY || env.GITHUB_REPOSITORY || '').trim();
  return /^[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9._-]+$/u.test(repo) ? repo : null;
}

/** The part of a sharded build a process builds (see src/lib/site/shard.ts). */
export type ShardSetting = { readonly kind: 'all' } | { readonly kind: 'shard'; readonly k: number; readonly n: number } | { readonly kind: 'merge' };

/**
 * `k/n` with 1 ≤ k ≤ n (shard k of n), or null: the form of `ARCHIVE_SHARD` and of build:site's `--shard`.
 * @example shardSpec(' 2/8 ') // → { k: 2, n: 8 }
 */
export function shardSpec(text: string): { k: number; n: number } | null {
  const match = /^(\d+)\/(\d+)$/u.exec(text.trim());
  const k = Number(match?.[1]);
  const n = Number(match?.[2]);
  return !match || k < 1 || n < 1 || k > n ? null : { k, n };
}

/**
 * `ARCHIVE_SHARD`: which part of a sharded build this process builds, `k/n` or `merge`; default
 * (unset, empty or blank) the whole site. Trimmed; any other value is an error naming the variable.
 * @example archiveShard({ ARCHIVE_SHARD: '1/3' }) // → { kind: 'shard', k: 1, n: 3 }
 */
export function archiveShard(env: Env = process.env): ShardSetting {
  const value = (env.ARCHIVE_SHARD ?? '').trim();
  if (value === '') return { kind: 'all' };
  if (value === 'merge') return { kind: 'merge' };
  const shard = shardSpec(value);
  if (!shard) throw new Error(`ARCHIVE_SHARD takes k/n with 1 ≤ k ≤ n (for example 1/2) or merge, not "${value}"`);
  return { kind: 'shard', ...shard };
}

/** `ARCHIVE_TERM_USES`: in the merge, the JSON file of the term uses every shard gathered; default none (unset or empty). */
export function termUsesFile(env: Env = process.env): string | undefined {
  return env.ARCHIVE_TERM_USES || undefined;
}

/** `ARCHIVE_BUILD_PARALLEL`: `1` runs astro build and the search index side by side whatever the size, like `--parallel`; default off. */
export function buildParallel(env: Env = process.env): boolean {
  return env.ARCHIVE_BUILD_PARALLEL === '1';
}

/** `ARCHIVE_BUILD_SEQUENTIAL`: `1` runs them one after the other whatever the size, like `--sequential`; default off. */
export function buildSequential(env: Env = process.env): boolean {
  return env.ARCHIVE_BUILD_SEQUENTIAL === '1';
}

/** `ARCHIVE_BUILD_VERBOSE`: `1` keeps Astro's line per built page in build:site's output; default off. */
export function buildVerbose(env: Env = process.env): boolean {
  return env.ARCHIVE_BUILD_VERBOSE === '1';
}
