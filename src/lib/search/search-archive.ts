import type { PagefindApi, PagefindResultData } from './pagefind-api.ts';
import { pinyinQuery, pinyinTokens } from './pinyin.ts';
import { firstParagraph, highlight, type SnippetPart } from './snippet.ts';
import { indexQuery, isChinese, MAX_QUERY_CHARS, matchesAll, parseQuery, prepareText, type QueryTerm } from './query.ts';
import { correctTerms, knownWord, type VocabShard } from './typos.ts';

/** One search hit, as the UI and the CLI show it. */
export interface SearchHit {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly titleHant: string;
  readonly titleEn: string;
  readonly source: string;
  readonly year: string;
  readonly kind: string;
  /** About 60 characters around the first match, the match itself in `match`. */
  readonly excerpt: { readonly before: string; readonly match: string; readonly after: string };
  /** The excerpt with every match of every term marked. */
  readonly snippet: readonly SnippetPart[];
  /** The same snippet in Traditional script (for the Traditional site; the English one as it is). */
  readonly snippetHant: readonly SnippetPart[];
  /** The first paragraph that matches (`p593`), '' when only the title or metadata does. */
  readonly paragraph: string;
}

/** Where a hit links to: its article, at the first matching paragraph. */
export const hitLink = (hit: Pick<SearchHit, 'url' | 'paragraph'>): string => (hit.paragraph ? `${hit.url}#${hit.paragraph}` : hit.url);

/** Options for {@link searchArchive} and {@link openSearch}. */
export interface SearchOptions {
  /** Fold a query to Simplified script (OpenCC in Node, a character map in the browser). */
  readonly fold: (text: string) => string | Promise<string>;
  readonly filters?: Record<string, string | string[]>;
  /** Newest or oldest first; otherwise by relevance. Needs `years`. */
  readonly sort?: { readonly year: 'asc' | 'desc' };
  /** The years the archive has (`year` filter values, from the bundle's manifest), for sorting. */
  readonly years?: readonly string[];
  /** The English vocabulary's shards (see typos.ts): with it, unknown words of 5 letters or more are corrected. */
  readonly vocab?: (key: string) => Promise<VocabShard | null>;
  /** The glossary terms a (folded) query names (term-cards.ts): a query without Chinese that names one also finds the articles using it. */
  readonly terms?: (folded: string) => Promise<readonly { readonly term: string }[]>;
  /**
   * An article's Chinese text in Traditional script, by id (`pagefind/hant/<id>.json`): the
   * Traditional site passes it, and its hits' `snippetHant` is cut from it.
   */
  readonly traditional?: (id: string) => Promise<string>;
}

/** The order of year filter values for a sort: by year, `unknown` last either way. */
export function yearOrder(years: readonly string[], direction: 'asc' | 'desc'): string[] {
  const known = years.filter((year) => year !== 'unknown').sort();
  if (direction === 'desc') known.reverse();
  return years.includes('unknown') ? [...known, 'unknown'] : known;
}

/**
 * An open search: the index has been searched, and hits are read (and, where needed, checked)
 * a page at a time, so a first page costs the fragments of about one page of results, not
 * one per candidate.
 */
export interface SearchCursor {
  /** Articles the index matched: an upper bound on the hits (each is checked as it is read). */
  readonly candidates: number;
  /** Hits read so far, in order. */
  readonly hits: readonly SearchHit[];
  /** The query searched instead, when a word was corrected ("showing results for …"); else null. */
  readonly corrected: string | null;
  /** True when every candidate has been read. */
  readonly done: boolean;
  /** Read candidates until `count` more hits are found or none are left; resolves to those hits. */
  more(count?: number): Promise<SearchHit[]>;
}

/** Hits per page of results in the UI (and the first page the benchmark measures). */
export const PAGE_SIZE = 10;
/** Fragments read at once while filling a page (they are fetched in parallel). */
const BATCH = 10;

/**
 * Open a search of the archive's Pagefind index: the query is folded to Simplified, split into
 * terms (see query.ts), turned into index tokens (see tokens.ts), and searched. Candidates are
 * then read in rank order and each is checked against the article's text, translation and
 * metadata words, so no result is shown that lacks a term of the query. Empty,
 * punctuation-only and overlong queries give no results rather than an error.
 */
export async function openSearch(api: PagefindApi, query: string, options: SearchOptions): Promise<SearchCursor> {
  const folded = await options.fold(query.normalize('NFKC').slice(0, MAX_QUERY_CHARS));
  const parsed = parseQuery(folded);
  // A Latin query that reads as pinyin also searches the titles' pinyin; those hits come after the others.
  const surely = pinyinQuery(query);
  const syllables = surely ?? (options.vocab ? await twoSyllables(query, parsed, options.vocab) : null);
  // An English word no article has is corrected to its most frequent one-edit neighbour (not in
  // a query of three syllables or more, or with tones: that is pinyin).
  const correction = options.vocab && !surely ? await correctTerms(parsed, options.vocab) : null;
  const terms = correction?.terms ?? parsed;
  const tokens = indexQuery(terms);
  const hits: SearchHit[] = [];
  if (tokens.length === 0) return { candidates: 0, hits, corrected: null, done: true, more: async () => [] };
  // A query without Chinese that names a glossary term (by its pinyin or English) also finds the
  // articles that use the term; those hits come last.
  const named =
    options.terms && !parsed.some(isChinese) ? (await options.terms(folded)).map((card) => parseQuery(card.term)).filter((alt) => alt.length > 0) : [];
  const candidates = await searchTokens(api, tokens, options);
  const pinyinHits = syllables ? await searchTokens(api, pinyinTokens(syllables), options) : [];
  const termHits = (await Promise.all(named.map((alt) => searchTokens(api, indexQuery(alt), options)))).flat();
  const results = unique([...candidates, ...pinyinHits, ...termHits]);
  let next = 0;
  // Every candidate is checked against its text: Pagefind matches index tokens (character pairs,
  // stemmed English words), the check asks for every term of the query (see query.ts), for the
  // query's pinyin in the title's, or for a glossary term the query names. It gives the terms
  // the hit matched (for its snippet), or null.
  const accept = (data: PagefindResultData): readonly QueryTerm[] | null => {
    const prepared = prepareText(searchableText(data.meta));
    if (matchesAll(terms, prepared)) return terms;
    if (syllables !== null && (data.meta.titlePinyin ?? '').includes(syllables.join(''))) return terms;
    return named.find((alt) => matchesAll(alt, prepared)) ?? null;
  };
  const cursor: SearchCursor = {
    candidates: results.length,
    hits,
    corrected: correction?.shown ?? null,
    get done() {
      return next >= results.length;
    },
    async more(count = PAGE_SIZE) {
      const found: SearchHit[] = [];
      while (found.length < count && next < results.length) {
        const batch = results.slice(next, next + Math.min(BATCH, count - found.length));
        next += batch.length;
        const accepted = (await Promise.all(batch.map((result) => result.data())))
          .map((data) => ({ data, used: accept(data) }))
          .filter((hit): hit is { data: PagefindResultData; used: readonly QueryTerm[] } => hit.used !== null);
        const hant = options.traditional ? await Promise.all(accepted.map(({ data }) => options.traditional!(data.meta.id ?? ''))) : [];
        for (const [i, { data, used }] of accepted.entries()) {
          const text = data.meta.text ?? '';
          const en = data.meta.en ?? '';
          const { excerpt, start, chinese } = excerptFor(used, text, en);
          const snippet = highlight(`${excerpt.before}${excerpt.match}${excerpt.after}`, used);
          found.push({
            id: data.meta.id ?? '',
            url: data.meta.url ?? data.url,
            title: data.meta.title ?? '',
            titleHant: data.meta.titleHant ?? '',
            titleEn: data.meta.titleEn ?? '',
            source: data.meta.source ?? '',
            year: data.meta.year ?? '',
            kind: data.meta.kind ?? '',
            excerpt,
            snippet,
            snippetHant: chinese && hant[i] ? inOtherScript(snippet, text, hant[i]!, start) : snippet,
            paragraph: firstParagraph(used, [
              { text, index: data.meta.paras ?? '' },
              { text: en, index: data.meta.parasEn ?? '' },
            ]),
          });
        }
      }
      hits.push(...found);
      return found;
    },
  };
  return cursor;
}

/**
 * Two toneless syllables (`renshen`) read as pinyin too when no article's English has any word
 * of the query (`change`, `dehui`, `Qin Ying` stay English).
 */
async function twoSyllables(query: string, terms: readonly QueryTerm[], vocab: NonNullable<SearchOptions['vocab']>): Promise<string[] | null> {
  const syllables = pinyinQuery(query, 2);
  if (!syllables) return null;
  const known = await Promise.all(terms.map((term) => knownWord(term.text, vocab)));
  return known.some(Boolean) ? null : syllables;
}

type Candidates = Awaited<ReturnType<PagefindApi['search']>>['results'];

/**
 * Pagefind's candidates for index tokens, with the filters. Sorting by year is a search per year,
 * newest (or oldest) first: Pagefind's own sort would put an array over every article into the
 * metadata each first search loads.
 */
async function searchTokens(api: PagefindApi, tokens: readonly string[], options: SearchOptions): Promise<Candidates> {
  const search = async (filters: SearchOptions['filters']) => (await api.search(tokens.join(' '), { filters })).results;
  if (!options.sort || !options.years) return search(options.filters);
  const wanted = options.filters?.year;
  const years = yearOrder(wanted === undefined ? options.years : typeof wanted === 'string' ? [wanted] : wanted, options.sort.year);
  return (await Promise.all(years.map((year) => search({ ...options.filters, year })))).flat();
}

/** Candidates without repeats (the first of each kept). */
function unique(results: Candidates): Candidates {
  const seen = new Set<string>();
  return results.filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/** What a record's terms are checked against: its Chinese text (with the title), its translation and its metadata words. */
export function searchableText(meta: Readonly<Record<string, string | undefined>>): string {
  return [meta.text, meta.en, meta.tags].filter(Boolean).join('\n');
}

/**
 * The excerpt around the first term: a Chinese term in the Chinese text, another in the
 * translation (or else the Chinese); with where it starts (code points into the text with its
 * whitespace runs made single spaces) and whether it is from the Chinese.
 */
function excerptFor(terms: readonly QueryTerm[], text: string, en: string): Located & { chinese: boolean } {
  const term = terms[0]!;
  if (!isChinese(term)) {
    const english = locateExcerpt(en, term.text);
    if (english.excerpt.match) return { ...english, chinese: false };
  }
  return { ...locateExcerpt(text, term.text), chinese: true };
}

/**
 * A snippet of `text` carried over to the same text in another script (`other`, converted
 * character for character: the Traditional text), part by part; the snippet as it is when the
 * two do not align code point for code point.
 */
export function inOtherScript(parts: readonly SnippetPart[], text: string, other: string, start: number): readonly SnippetPart[] {
  const flat = [...text.replace(/\s+/gu, ' ')];
  const otherFlat = [...other.replace(/\s+/gu, ' ')];
  if (flat.length !== otherFlat.length) return parts;
  let at = start;
  return parts.map((part) => {
    const length = [...part.text].length;
    const converted = otherFlat.slice(at, at + length).join('');
    at += length;
    return { text: converted, mark: part.mark };
  });
}

/** Every hit of a query (reads every candidate: for the CLI, tests and benchmarks, not the first page in a browser). */
export async function searchArchive(api: PagefindApi, query: string, options: SearchOptions): Promise<SearchHit[]> {
  return (await searchArchiveAll(api, query, options)).hits;
}

/** Every hit of a query and the corrected query searched instead, if any. */
export async function searchArchiveAll(api: PagefindApi, query: string, options: SearchOptions): Promise<{ hits: SearchHit[]; corrected: string | null }> {
  const cursor = await openSearch(api, query, options);
  while (!cursor.done) await cursor.more(Number.POSITIVE_INFINITY);
  return { hits: [...cursor.hits], corrected: cursor.corrected };
}

/** About 30 characters either side of the first occurrence of `needle` (case-insensitive for Latin). */
export function excerptOf(text: string, needle: string, width = 30): SearchHit['excerpt'] {
  return locateExcerpt(text, needle, width).excerpt;
}

interface Located {
  readonly excerpt: SearchHit['excerpt'];
  /** Where the excerpt starts: code points into the text with whitespace runs made single spaces. */
  readonly start: number;
}

function locateExcerpt(text: string, needle: string, width = 30): Located {
  const flat = text.replace(/\s+/gu, ' ');
  const at = needle ? flat.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return { excerpt: { before: '', match: '', after: [...flat].slice(0, width * 2).join('') }, start: 0 };
  const ahead = [...flat.slice(0, at)];
  const before = ahead.slice(-width).join('');
  const after = [...flat.slice(at + needle.length)].slice(0, width).join('');
  return { excerpt: { before, match: flat.slice(at, at + needle.length), after }, start: ahead.length - [...before].length };
}
