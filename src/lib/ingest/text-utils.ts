/**
 * Small text helpers shared by the ingest steps: display width, punctuation classes,
 * character bigrams. Everything iterates by code point, so astral characters (𦫖) count once.
 */

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u300c-\u300f]/u;

/**
 * Width of a line as printed: a CJK or full-width character counts 1, anything else ½.
 * @example displayWidth('2020年') // → 3
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += CJK.test(char) ? 1 : char.trim() === '' ? 0.5 : 0.5;
  return width;
}

/** Punctuation that ends a sentence (a paragraph can end after it). */
export const SENTENCE_END = /(?:[。！？!?]|……|…)[”’」』）)]*$/u;

/** Punctuation after which a line certainly does not end a heading (a clause goes on). */
export const CLAUSE_END = /[，,、；;。！？!?…]$/u;

/** True when a line ends a sentence, e.g. `得了显著成效。` or `……“一次不用跑”。` */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/**
 * The set of character bigrams of a text, ignoring punctuation, digits and spaces.
 * Used to measure how much a headline shares with a body.
 */
export function bigrams(text: string): Set<string> {
  const chars = text.match(/[\p{Script=Han}A-Za-z]/gu) ?? [];
  const result = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) result.add(chars[i]! + chars[i + 1]!);
  return result;
}

/** Share of the bigrams of `a` that also occur in `b` (0 when `a` has none). */
export function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / a.size;
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** True when a character is Han (CJK ideograph), including astral planes. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Han}/u.test(char);
}
