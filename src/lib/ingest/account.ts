import { stripHashMarker } from './normalise.ts';
import type { ArticleRecord } from './ingest-page.ts';
import type { UnassignedText } from './types.ts';

/** Result of {@link accountForText}: characters of the source that were not published, or published twice. */
export interface Accounting {
  /** Non-white-space code points of the source, canonically decomposed (NFD), without stray markdown `#` markers and U+0000, which normalise drops. */
  readonly sourceChars: number;
  readonly publishedChars: number;
  /** Characters of the source missing from every published place, with their counts. */
  readonly missing: Map<string, number>;
  /** Characters published more often than the source has them. */
  readonly extra: Map<string, number>;
}

function count(text: string, into: Map<string, number>, sign: 1 | -1): number {
  let total = 0;
  // Canonical decompositions are counted, so a base and a combining mark that joined lines
  // compose (`e` + `\u0301` → `é`) balance the one character published.
  for (const char of text.normalize('NFD')) {
    if (/[\s\u0000]/u.test(char)) continue;
    into.set(char, (into.get(char) ?? 0) + sign);
    total++;
  }
  return total;
}

/** Every text an article record publishes: head fields, body blocks. */
export function publishedTexts(article: ArticleRecord): string[] {
  return [article.title && !article.titleInferred ? article.title : '', article.subtitle, article.kicker, article.series, article.byline, article.organisation, article.continuationMarker, ...article.blocks.map((block) => block.text)].filter((text): text is string => Boolean(text));
}

/**
 * Check the "nothing lost" invariant for one page: every non-white-space character of the
 * source ends up in exactly one published place (a unit's title, subtitle, kicker, series,
 * byline, organisation, continuation marker or body, or the page's unassigned list).
 * Inferred titles are not counted: they repeat body text.
 */
export function accountForText(source: string, articles: readonly ArticleRecord[], unassigned: readonly UnassignedText[]): Accounting {
  const balance = new Map<string, number>();
  let sourceChars = 0;
  for (const line of source.split('\n')) sourceChars += count(stripHashMarker(line.trim()).text, balance, 1);
  let publishedChars = 0;
  for (const article of articles) for (const text of publishedTexts(article)) publishedChars += count(text, balance, -1);
  for (const entry of unassigned) publishedChars += count(entry.text, balance, -1);
  const missing = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const [char, n] of balance) {
    if (n > 0) missing.set(char, n);
    if (n < 0) extra.set(char, -n);
  }
  return { sourceChars, publishedChars, missing, extra };
}
