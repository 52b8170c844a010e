import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWith } from './fold.ts';
import { loadPagefind } from './node-pagefind.ts';
import { searchArchive, type SearchHit, type SearchOptions } from './search-archive.ts';

/** The archive's search, opened from a built site in Node: the browser's code path and data. */
export async function openArchiveSearch(dist: string) {
  const bundle = join(dist, 'pagefind');
  const map = JSON.parse(readFileSync(join(bundle, 't2s.json'), 'utf8')) as Record<string, string>;
  const { api, bytesRead, resetBytes } = await loadPagefind(bundle);
  const fold = (text: string) => foldWith(map, text);
  return {
    search: (query: string, options: Omit<SearchOptions, 'fold'> = {}): Promise<SearchHit[]> => searchArchive(api, query, { ...options, fold }),
    filters: () => api.filters(),
    bytesRead,
    resetBytes,
  };
}
