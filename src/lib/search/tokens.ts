/**
 * Search tokens that give substring semantics for Chinese: every run of Han characters is
 * indexed as all its substrings of one to four characters, so any query of up to four
 * characters is one exact token, and a longer one is a chain of overlapping four-character
 * tokens (checked against the text afterwards). Latin words and numbers stay words.
 * Word segmentation (jieba, Intl.Segmenter) cannot promise this: a query that crosses a
 * word boundary (`村授`) or a term the dictionary splits (`整村授信` → 整|村|授|信) is lost.
 */

/** Longest n-gram indexed for a Han run. */
export const MAX_GRAM = 4;

const HAN = /\p{Script=Han}/u;
const PIECE = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

/**
 * Index tokens of a text: all 1–4-character substrings of each Han run, and each Latin or
 * numeric word (lower case).
 * @example indexTokens('整村授信') // → ['整', '整村', '整村授', '整村授信', '村', '村授', '村授信', '授', '授信', '信']
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const [piece] of text.matchAll(PIECE)) {
    if (!HAN.test(piece)) {
      tokens.push(piece.toLowerCase());
      continue;
    }
    const chars = [...piece];
    for (let i = 0; i < chars.length; i++) {
      for (let n = 1; n <= MAX_GRAM && i + n <= chars.length; n++) tokens.push(chars.slice(i, i + n).join(''));
    }
  }
  return tokens;
}

/** The parts of a query: Han runs (to match as substrings) and other words. */
export interface QueryParts {
  /** Han runs of the query, Simplified (after folding). */
  readonly han: string[];
  /** Latin or numeric words, lower case. */
  readonly words: string[];
}

/** Split a (folded) query into Han runs and other words; punctuation separates runs. */
export function queryParts(query: string): QueryParts {
  const han: string[] = [];
  const words: string[] = [];
  for (const [piece] of query.slice(0, 200).matchAll(PIECE)) (HAN.test(piece) ? han : words).push(HAN.test(piece) ? piece : piece.toLowerCase());
  return { han, words };
}

/**
 * The Pagefind query for a folded query: each Han run of up to four characters as itself,
 * a longer run as its overlapping four-character pieces; other words as they are.
 * @example searchTokens('高效办成一件事') // → ['高效办成', '效办成一', '办成一件', '成一件事']
 */
export function searchTokens(query: string): string[] {
  const { han, words } = queryParts(query);
  const tokens: string[] = [];
  for (const run of han) {
    const chars = [...run];
    if (chars.length <= MAX_GRAM) tokens.push(run);
    else for (let i = 0; i + MAX_GRAM <= chars.length; i++) tokens.push(chars.slice(i, i + MAX_GRAM).join(''));
  }
  return [...new Set([...tokens, ...words])];
}

/** True when a query needs checking against the text (a Han run longer than one token). */
export function needsVerification(query: string): boolean {
  return queryParts(query).han.some((run) => [...run].length > MAX_GRAM);
}

/** True when every Han run of the query occurs in the text (the text in Simplified script). */
export function matchesText(query: string, text: string): boolean {
  return queryParts(query).han.every((run) => text.includes(run));
}
