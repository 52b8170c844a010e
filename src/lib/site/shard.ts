import { readFileSync } from 'node:fs';
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { TermUse } from '../glossary/uses.ts';
import { archiveShard, shardSpec, termUsesFile } from '../config/env.ts';

/**
 * A sharded build (`npm run build -- --shard k/n`, then `npm run build:merge`, see
 * docs/scaling.md): shard k of n builds the pages of its share of the source pages (their
 * articles and source pages, with Traditional copies) and writes its share of term uses and
 * search records; the merge builds every other page from the merged uses and one search index
 * from every shard's records.
 *
 * Which part this process builds: `ARCHIVE_SHARD` is `k/n` for a shard, `merge` for the merge,
 * unset (or empty) for the whole site in one piece.
 */
export type ShardRole = { readonly kind: 'all' } | { readonly kind: 'shard'; readonly k: number; readonly n: number } | { readonly kind: 'merge' };

/**
 * Parse `k/n` (1 ≤ k ≤ n); a clear error otherwise.
 * @example parseShard('2/8') // → { kind: 'shard', k: 2, n: 8 }
 */
export function parseShard(text: string): { kind: 'shard'; k: number; n: number } {
  const shard = shardSpec(text);
  if (!shard) throw new Error(`--shard takes k/n with 1 ≤ k ≤ n (for example 1/2), not "${text}"`);
  return { kind: 'shard', ...shard };
}

/** This build's role, from `ARCHIVE_SHARD`. */
export function shardRole(env: NodeJS.ProcessEnv = process.env): ShardRole {
  return archiveShard(env);
}

/**
 * Split the source pages into n contiguous runs (in file-name order) of about the same number of
 * articles: each source page (and so each article) is in exactly one shard, and a shard's pages
 * stay together. A page counts as its articles plus one, so pages without articles spread too.
 */
export function splitSources(files: readonly string[], articles: readonly Pick<ArticleRecord, 'source'>[], n: number): string[][] {
  const count = new Map<string, number>();
  for (const article of articles) count.set(article.source, (count.get(article.source) ?? 0) + 1);
  const sorted = [...files].sort();
  const weight = (file: string) => (count.get(file) ?? 0) + 1;
  const total = sorted.reduce((sum, file) => sum + weight(file), 0);
  const shards: string[][] = Array.from({ length: n }, () => []);
  let done = 0;
  for (const file of sorted) {
    // The shard whose share of the total this page's midpoint falls in.
    const at = Math.min(n - 1, Math.floor(((done + weight(file) / 2) / total) * n));
    shards[at]!.push(file);
    done += weight(file);
  }
  return shards;
}

/** The source pages of shard k of n (k from 1). */
export function sourcesOfShard(files: readonly string[], articles: readonly Pick<ArticleRecord, 'source'>[], k: number, n: number): Set<string> {
  return new Set(splitSources(files, articles, n)[k - 1]);
}

/**
 * Term uses gathered from every shard, in the archive's order (the order `collectUses` gives
 * over the whole archive): each shard's lists are in its articles' order, so a stable sort by
 * article position restores the whole order.
 */
export function mergeUses(parts: readonly Record<string, TermUse[]>[], articles: readonly Pick<ArticleRecord, 'id'>[]): Map<string, TermUse[]> {
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const merged = new Map<string, TermUse[]>();
  for (const part of parts) for (const [id, uses] of Object.entries(part)) merged.set(id, [...(merged.get(id) ?? []), ...uses]);
  for (const uses of merged.values()) uses.sort((a, b) => position.get(a.article)! - position.get(b.article)!);
  return merged;
}

let mergedUses: Map<string, TermUse[]> | null = null;

/** In the merge: the merged term uses the build was handed (`ARCHIVE_TERM_USES`, a JSON file), or null. */
export function handedUses(env: NodeJS.ProcessEnv = process.env): Map<string, TermUse[]> | null {
  const file = termUsesFile(env);
  if (!file) return null;
  mergedUses ??= new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, TermUse[]>));
  return mergedUses;
}
