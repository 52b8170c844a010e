import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shardedFolder, type SearchManifest } from './fold.ts';
import { loadPagefind } from './node-pagefind.ts';
import { termLookup, type TermCard, type TermShard } from './term-cards.ts';
import { openSearch, PAGE_SIZE, searchArchive, searchArchiveAll, type SearchCursor, type SearchHit, type SearchOptions } from './search-archive.ts';
import { type VocabShard, vocabLoader } from './typos.ts';

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
  let lookup: ((folded: string) => Promise<TermCard[]>) | null = null;
  let vocab: SearchOptions['vocab'] | null = null;
  const read = async <T>(...path: string[]): Promise<T> => (await fetch(pathToFileURL(join(bundle, ...path)))).json() as Promise<T>;
  const withManifest = async (options: Omit<SearchOptions, 'fold'>): Promise<SearchOptions> => {
    manifest ??= read<SearchManifest>('archive-search.json');
    const { t2sShards, termShards, vocabShards, years } = await manifest;
    fold ??= shardedFolder(t2sShards, (shard) => read<Record<string, string>>('t2s', `${shard}.json`));
    lookup ??= termLookup(termShards, (shard) => read<TermShard>('terms', `${shard}.json`));
    vocab ??= vocabLoader(vocabShards, (key) => read<VocabShard>('vocab', `${key}.json`));
    return { years, vocab, terms: lookup, ...options, fold };
  };
  const termsOf = async (query: string): Promise<TermCard[]> => {
    const { fold: folder } = await withManifest({});
    return query.trim() === '' ? [] : lookup!(await folder(query));
  };
  return {
    /** Every hit (reads every candidate). */
    search: async (query: string, options: Omit<SearchOptions, 'fold'> = {}): Promise<SearchHit[]> => searchArchive(api, query, await withManifest(options)),
    /** Every hit, and the corrected query searched instead if a word was corrected. */
    searchAll: async (query: string, options: Omit<SearchOptions, 'fold'> = {}) => searchArchiveAll(api, query, await withManifest(options)),
    /** What the search box does: open the search, read the first page of hits and the glossary terms the query names. */
    firstPage: async (query: string, options: Omit<SearchOptions, 'fold'> = {}): Promise<SearchCursor & { terms: TermCard[] }> => {
      const cursor = await openSearch(api, query, await withManifest(options));
      const [terms] = await Promise.all([termsOf(query), cursor.more(PAGE_SIZE)]);
      return Object.assign(cursor, { terms });
    },
    /** The glossary terms a query names (shown before the articles). */
    terms: termsOf,
    filters: () => api.filters(),
    bytesRead,
    resetBytes,
  };
}
