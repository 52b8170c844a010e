/**
 * Search tokens that give substring semantics for Chinese: every run of Han characters is
 * indexed as its single characters and its overlapping pairs, so a query of one or two
 * characters is one exact token, and a longer one is the chain of its overlapping pairs
 * (every candidate is checked against the text afterwards). Latin words and numbers stay words.
 *
 * Why pairs and not longer n-grams: at 10,000 articles, 1–4-grams made Pagefind's indexer peak
 * at 9.5 GB and take 95 s, and the index 103 MB in 2,010 chunks; 1–2-grams take 5.3 GB, 49 s and
 * 59 MB in 950 chunks, for a first search about 20 kB larger (three pair tokens to look up
 * instead of one four-character one). See docs/scaling.md.
 * Word segmentation (jieba, Intl.Segmenter) cannot promise this: a query that crosses a
 * word boundary (`村授`) or a term the dictionary splits (`整村授信` → 整|村|授|信) is lost.
 */

/** Longest n-gram indexed for a Han run. */
export const MAX_GRAM = 2;

const HAN = /\p{Script=Han}/u;
// A Han run, or a word of other letters and digits (`5G` in 5G基站 is a word of its own).
const PIECE = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:[.'’](?:(?!\p{Script=Han})[\p{L}\p{N}])+)*/gu;

/**
 * Index tokens of a text: the characters and overlapping character pairs of each Han run, and
 * each Latin or numeric word (lower case).
 * @example indexTokens('整村授信') // → ['整', '整村', '村', '村授', '授', '授信', '信']
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
 * The Pagefind query for a folded query: each Han run of up to two characters as itself,
 * a longer run as its overlapping pairs; other words as they are.
 * @example searchTokens('高效办成一件事') // → ['高效', '效办', '办成', '成一', '一件', '件事']
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
