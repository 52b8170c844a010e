import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shardedFolder, type SearchManifest } from './fold.ts';
import { loadPagefind } from './node-pagefind.ts';
import { openSearch, PAGE_SIZE, searchArchive, type SearchCursor, type SearchHit, type SearchOptions } from './search-archive.ts';

/**
 * The archive's search, opened from a built site in Node: the browser's code path and data.
 * The folding map's shards are read through the same counted `fetch` as Pagefind's files, so
 * `bytesRead` covers everything a first search in the browser transfers.
 */
export async function openArchiveSearch(dist: string) {
  const bundle = join(dist, 'pagefind');
  const { api, bytesRead, resetBytes } = await loadPagefind(bundle);
  let manifest: Promise<SearchManifest> | null = null;
  let fold: SearchOptions['fold'] | null = null;
  const withManifest = async (options: Omit<SearchOptions, 'fold'>): Promise<SearchOptions> => {
    manifest ??= fetch(pathToFileURL(join(bundle, 'archive-search.json'))).then((response) => response.json() as Promise<SearchManifest>);
    const { t2sShards, years } = await manifest;
    fold ??= shardedFolder(
      t2sShards,
      async (shard) => (await fetch(pathToFileURL(join(bundle, 't2s', `${shard}.json`)))).json() as Promise<Record<string, string>>,
    );
    return { years, ...options, fold };
  };
  return {
    /** Every hit (reads every candidate). */
    search: async (query: string, options: Omit<SearchOptions, 'fold'> = {}): Promise<SearchHit[]> => searchArchive(api, query, await withManifest(options)),
    /** What the search box does: open the search and read the first page of hits. */
    firstPage: async (query: string, options: Omit<SearchOptions, 'fold'> = {}): Promise<SearchCursor> => {
      const cursor = await openSearch(api, query, await withManifest(options));
      await cursor.more(PAGE_SIZE);
      return cursor;
    },
    filters: () => api.filters(),
    bytesRead,
    resetBytes,
  };
}
