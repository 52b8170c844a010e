import { isFullWidthAlnum, stripHashMarker } from './normalise.ts';
import { codePointTest, unitsOf } from './text-utils.ts';
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

const isUncounted = codePointTest(/[\s\u0000]/u);

/**
 * How often each character was seen in the source less how often it was published, keyed by
 * code point. A page has ~10⁵ characters and a Map update (or a string) per character was the
 * largest single cost of ingest, so BMP code points are counted in a typed array and only
 * astral ones (rare) in a Map. `order` keeps the order characters were first seen, which is
 * the order of the `missing` and `extra` maps.
 */
class Balance {
  /** Code points in the order first seen. */
  readonly order: number[] = [];
  readonly #bmp = new Int32Array(0x10000);
  readonly #seen = new Uint8Array(0x10000);
  readonly #astral = new Map<number, number>();

  add(code: number, sign: 1 | -1): void {
    if (code > 0xffff) {
      const n = this.#astral.get(code);
      if (n === undefined) this.order.push(code);
      this.#astral.set(code, (n ?? 0) + sign);
      return;
    }
    if (this.#seen[code] === 0) {
      this.#seen[code] = 1;
      this.order.push(code);
    }
    this.#bmp[code] = this.#bmp[code]! + sign;
  }

  get(code: number): number {
    return code > 0xffff ? this.#astral.get(code)! : this.#bmp[code]!;
  }

  /** Forget every character, clearing only the entries in use (the tables are large). */
  reset(): this {
    for (const code of this.order) {
      if (code > 0xffff) continue;
      this.#bmp[code] = 0;
      this.#seen[code] = 0;
    }
    this.#astral.clear();
    this.order.length = 0;
    return this;
  }
}

/**
 * One balance serves every page (accounting is synchronous, so pages never share it at once):
 * allocating and zeroing the tables per page showed up in profiles.
 */
const pageBalance = new Balance();

/** Add `sign` per counted character of `text` to its balance; returns how many were counted. */
function count(text: string, into: Balance, sign: 1 | -1): number {
  let total = 0;
  // Canonical decompositions are counted, so a base and a combining mark that joined lines
  // compose (`e` + `\u0301` → `é`) balance the one character published.
  const decomposed = text.normalize('NFD');
  // Walk by code point, allocating nothing per character.
  for (let index = 0; index < decomposed.length; ) {
    const code = decomposed.codePointAt(index)!;
    index += unitsOf(code);
    if (isUncounted(code)) continue;
    // A full-width digit or letter is published folded to ASCII (normalise.ts, foldFullWidth): the same character.
    into.add(isFullWidthAlnum(code) ? code - 0xfee0 : code, sign);
    total++;
  }
  return total;
}

/** Every text an article record publishes: head fields, body blocks. */
export function publishedTexts(article: ArticleRecord): string[] {
  return [
    article.title && !article.titleInferred ? article.title : '',
    article.subtitle,
    article.kicker,
    article.series,
    article.byline,
    article.organisation,
    article.continuationMarker,
    ...article.blocks.map((block) => block.text),
  ].filter((text): text is string => Boolean(text));
}

/**
 * Check the "nothing lost" invariant for one page: every non-white-space character of the
 * source ends up in exactly one published place (a unit's title, subtitle, kicker, series,
 * byline, organisation, continuation marker or body, or the page's unassigned list).
 * Inferred titles are not counted: they repeat body text.
 */
export function accountForText(source: string, articles: readonly ArticleRecord[], unassigned: readonly UnassignedText[]): Accounting {
  const balance = pageBalance.reset();
  return balanceOf(balance, countSource(source, balance), articles, unassigned);
}

/**
 * Count the source's characters into `balance`, without the Markdown heading markers that open its lines. A source
 * with no `#` has none: it is counted whole (white space is not counted, and NFD never reorders across a line break).
 */
function countSource(source: string, balance: Balance): number {
  if (!source.includes('#')) return count(source, balance, 1);
  let sourceChars = 0;
  for (const line of source.split('\n')) sourceChars += count(stripHashMarker(line.trim()).text, balance, 1);
  return sourceChars;
}

/** Count the published texts against the source's count in `balance`, and list what is missing or extra. */
function balanceOf(balance: Balance, sourceChars: number, articles: readonly ArticleRecord[], unassigned: readonly UnassignedText[]): Accounting {
  let publishedChars = 0;
  for (const article of articles) for (const text of publishedTexts(article)) publishedChars += count(text, balance, -1);
  for (const entry of unassigned) publishedChars += count(entry.text, balance, -1);
  const missing = new Map<string, number>();
  const extra = new Map<string, number>();
  for (const code of balance.order) {
    const n = balance.get(code);
    if (n > 0) missing.set(String.fromCodePoint(code), n);
    if (n < 0) extra.set(String.fromCodePoint(code), -n);
  }
  return { sourceChars, publishedChars, missing, extra };
}
