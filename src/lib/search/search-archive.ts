import type { PagefindApi } from './pagefind-api.ts';
import { matchesText, queryParts, searchTokens } from './tokens.ts';

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
}

/** Options for {@link searchArchive}. */
export interface SearchOptions {
  /** Fold a query to Simplified script (OpenCC in Node, a character map in the browser). */
  readonly fold: (text: string) => string;
  readonly filters?: Record<string, string | string[]>;
  readonly sort?: Record<string, 'asc' | 'desc'>;
}

const normaliseEnglish = (text: string) => text.toLowerCase().replace(/[‘’“”"'`]/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Search the archive's Pagefind index with substring semantics for Chinese: the query is
 * folded to Simplified, turned into n-gram tokens (see tokens.ts), searched, and every hit is
 * checked against the article's text (Chinese runs as substrings, English as a phrase), so no
 * result is shown that does not contain the query. Empty, punctuation-only and overlong queries
 * give no results rather than an error.
 */
export async function searchArchive(api: PagefindApi, query: string, options: SearchOptions): Promise<SearchHit[]> {
  const folded = options.fold(query.normalize('NFC').slice(0, 200)).trim();
  const tokens = searchTokens(folded);
  if (tokens.length === 0) return [];
  const { han, words } = queryParts(folded);
  const phrase = normaliseEnglish(words.join(' '));
  const response = await api.search(tokens.join(' '), { filters: options.filters, sort: options.sort });
  const hits: SearchHit[] = [];
  for (const result of response.results) {
    const data = await result.data();
    const text = data.meta.text ?? '';
    // A query without spaces must occur as it is (`一门受理、协同办理`, `5+X`); words separated
    // by spaces must each occur (Han runs as substrings, the Latin words as a phrase).
    const whole = /\s/u.test(folded) ? null : folded;
    if (whole && han.length > 0 ? !text.includes(whole) : !matchesText(folded, text)) continue;
    if (phrase && han.length === 0 && !` ${normaliseEnglish(data.meta.en ?? '')} `.includes(` ${phrase} `) && !` ${normaliseEnglish(text)} `.includes(` ${phrase} `)) continue;
    hits.push({
      id: data.meta.id ?? '',
      url: data.meta.url ?? data.url,
      title: data.meta.title ?? '',
      titleHant: data.meta.titleHant ?? '',
      titleEn: data.meta.titleEn ?? '',
      source: data.meta.source ?? '',
      year: data.meta.year ?? '',
      kind: data.meta.kind ?? '',
      excerpt: excerptOf(han[0] ? text : (data.meta.en ?? ''), han[0] ?? words.join(' ')),
    });
  }
  return hits;
}

/** About 30 characters either side of the first occurrence of `needle` (case-insensitive for Latin). */
export function excerptOf(text: string, needle: string, width = 30): SearchHit['excerpt'] {
  const flat = text.replace(/\s+/gu, ' ');
  const at = needle ? flat.toLowerCase().indexOf(needle.toLowerCase()) : -1;
  if (at < 0) return { before: '', match: '', after: [...flat].slice(0, width * 2).join('') };
  const before = [...flat.slice(0, at)].slice(-width).join('');
  const after = [...flat.slice(at + needle.length)].slice(0, width).join('');
  return { before, match: flat.slice(at, at + needle.length), after };
}

