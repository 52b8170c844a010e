import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentResult } from './ingest-document.ts';

/** What ingest remembers of a page: its result and its "nothing lost" figures. */
export interface CachedPage {
  readonly result: DocumentResult;
  readonly accounting: { source: string; chars: number; missing: number; extra: number };
  /** Editorial fixes the page's fixes file holds. */
  readonly edits: number;
}

/** A store of ingested pages by content hash ({@link pageCacheKey}). */
export interface PageCache {
  get(key: string): CachedPage | undefined;
  set(key: string, page: CachedPage): void;
}

let codeVersion: string | null = null;

/**
 * A hash of the ingest code itself (every module of src/lib/ingest and the schemas it reads),
 * so that changing how pages are segmented invalidates every cached page.
 */
export function ingestCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, 'formats'), join(here, '..', '..', 'schemas')]) {
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .sort())
      hash.update(name).update(readFileSync(join(dir, name)));
  }
  codeVersion = hash.digest('hex').slice(0, 16);
  return codeVersion;
}

/**
 * The cache key of a page: a hash of everything its result depends on: the page's bytes, its
 * metadata and editorial-fix files (as bytes, or absent), the encoding asked for, and the
 * ingest code.
 */
export function pageCacheKey(parts: { name: string; page: Uint8Array; meta: Uint8Array | null; edits: Uint8Array | null; encoding: string }): string {
  const hash = createHash('sha256').update(ingestCodeVersion()).update('\0').update(parts.name).update('\0').update(parts.encoding).update('\0');
  for (const part of [parts.page, parts.meta, parts.edits]) hash.update(part ? `${part.byteLength}:` : '-:').update(part ?? new Uint8Array());
  return hash.digest('hex');
}

/**
 * A page cache in a folder, one JSON file per key (written to a temporary name and renamed,
 * so an interrupted run never leaves half a file). Unreadable entries count as misses.
 */
export function folderPageCache(dir: string): PageCache & { hits: number; misses: number } {
  mkdirSync(dir, { recursive: true });
  const cache = {
    hits: 0,
    misses: 0,
    get(key: string): CachedPage | undefined {
      try {
        const page = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as CachedPage;
        cache.hits++;
        return page;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key: string, page: CachedPage): void {
      const temp = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(temp, JSON.stringify(page));
      renameSync(temp, join(dir, `${key}.json`));
    },
  };
  return cache;
}
