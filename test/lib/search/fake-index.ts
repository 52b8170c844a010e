import type { PagefindApi, PagefindResultData } from '../../../src/lib/search/pagefind-api.ts';
import { normalise } from '../../../src/lib/search/query.ts';
import { indexTokens } from '../../../src/lib/search/tokens.ts';
import { pinyinTokens } from '../../../src/lib/search/pinyin.ts';
import { titleSyllables } from '../../../src/lib/search/records.ts';

/** A stand-in for Pagefind over a few texts: a record matches when it has every query token; `reads` counts fragments read. */
type FakeRecord = string | { text: string; en?: string; tags?: string; title?: string };
export function fakeIndex(texts: FakeRecord[], years: string[] = []) {
  let reads = 0;
  const records = texts.map((record, i) => {
    const { text, en = '', tags = '', title = '' } = typeof record === 'string' ? { text: record } : record;
    const syllables = titleSyllables(title);
    return {
      id: `a${i}`,
      text,
      en,
      tags,
      titlePinyin: syllables.join(''),
      year: years[i] ?? 'unknown',
      tokens: new Set([...indexTokens(normalise(`${text}\n${tags}\n${en}`)), ...pinyinTokens(syllables)]),
    };
  });
  const api: PagefindApi = {
    options: async () => {},
    init: async () => {},
    filters: async () => ({}),
    search: async (query, options) => {
      const tokens = (query ?? '').split(' ');
      const year = options?.filters?.year;
      const results = records
        .filter((record) => tokens.every((token) => record.tokens.has(token)) && (year === undefined || record.year === year))
        .map((record) => ({
          id: record.id,
          score: 1,
          data: async (): Promise<PagefindResultData> => {
            reads++;
            return {
              url: `/articles/${record.id}/`,
              content: '',
              excerpt: '',
              word_count: 0,
              filters: {},
              meta: { id: record.id, title: record.id, titlePinyin: record.titlePinyin, text: record.text, en: record.en, tags: record.tags },
            };
          },
        }));
      return { results, unfilteredResultCount: results.length };
    },
  };
  return { api, reads: () => reads };
}
