/**
 * Small text helpers shared by the ingest steps: display width, punctuation classes,
 * character bigrams. Everything iterates by code point, so astral characters (𦫖) count once.
 */

/**
 * A one-character regex test as a function of the code point, memoised for the Basic
 * Multilingual Plane. The hot loops of ingest test every character of every page; a table
 * lookup answers exactly as the regex does at a fraction of the cost. Astral code points
 * (rare) still go through the regex. `pattern` must match a single character and have no `g`/`y` flag.
 * @example codePointTest(/\p{Script=Han}/u)(0x4e2d) // → true ('中')
 */
export function codePointTest(pattern: RegExp): (code: number) => boolean {
  const UNKNOWN = 0,
    NO = 1,
    YES = 2;
  const bmp = new Uint8Array(0x10000);
  return (code) => {
    if (code > 0xffff) return pattern.test(String.fromCodePoint(code));
    let known = bmp[code]!;
    if (known === UNKNOWN) bmp[code] = known = pattern.test(String.fromCharCode(code)) ? YES : NO;
    return known === YES;
  };
}

/**
 * UTF-16 units a code point takes (2 for astral ones). Hot loops walk a string by index with
 * `codePointAt` and this step, which sees the code points `for…of` sees (a surrogate pair is
 * one, a lone surrogate stands for itself) without allocating a string per character.
 */
export function unitsOf(code: number): 1 | 2 {
  return code > 0xffff ? 2 : 1;
}

const isCjk = codePointTest(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u300c-\u300f]/u);

/**
 * Width of a line as printed: a CJK or full-width character counts 1, anything else ½.
 * @example displayWidth('2020年') // → 3
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    width += isCjk(code) ? 1 : 0.5;
    index += unitsOf(code);
  }
  return width;
}

/**
 * Punctuation that ends a sentence (a paragraph can end after it), and what a wire or paper prints after the
 * last sentence of a story: an end mark or an editor's note (`。（完）`, `。（編輯：張均懋）1130106`).
 */
export const SENTENCE_END = /(?:[。！？!?]|……|…)[”’」』）)]*(?:\s*[（(][^（()）]{1,20}[）)])?(?:\s*\d{4,10})?$/u;

/** Punctuation after which a line certainly does not end a heading (a clause goes on). */
export const CLAUSE_END = /[，,、；;。！？!?…]$/u;

/** Whether a line leaves a quotation open (more opening marks than closing ones). */
export function opensQuotation(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/[“「『]/gu) > count(/[”」』]/gu);
}

/** Characters a {@link SENTENCE_END} match can end with: a final mark, or a closing quote or bracket after one. */
const isSentenceLast = codePointTest(/[。！？!?…”’」』）)\d]/u);

/** True when a line ends a sentence, e.g. `得了显著成效。` or `……“一次不用跑”。` */
export function endsSentence(text: string): boolean {
  const trimmed = text.trimEnd();
  // Most lines end otherwise, and an unanchored regex is tried at every position to find that out.
  if (trimmed === '' || !isSentenceLast(trimmed.codePointAt(trimmed.length - 1)!)) return false;
  // Only the tail can hold the end (a mark, quotes, a bracketed note, a code): a long paragraph is not searched through.
  return SENTENCE_END.test(trimmed.length > 48 ? trimmed.slice(-48) : trimmed);
}

const isBigramChar = codePointTest(/[\p{Script=Han}A-Za-z]/u);

/** First and size of the CJK Unified Ideographs block, where nearly every bigram of a page falls. */
const UNIFIED_FIRST = 0x4e00;
const UNIFIED_SIZE = 0x5200;

/**
 * A character bigram as a set member: a pair of CJK Unified Ideographs is packed into one
 * small integer (below 2³⁰, so V8 keeps it unboxed and hashes it cheaply, where a two-character
 * string had to be allocated and hashed); any other pair is its two characters as a string.
 * Numbers and strings never compare equal, so distinct bigrams stay distinct.
 */
export type Bigram = number | string;

/**
 * The set of character bigrams of a text, ignoring punctuation, digits and spaces.
 * Used to measure how much a headline shares with a body.
 */
export function bigrams(text: string): Set<Bigram> {
  const result = new Set<Bigram>();
  forEachBigram(text, (gram) => {
    result.add(gram);
    return undefined;
  });
  return result;
}

/** Calls `visit` with each bigram of `text` in turn (as {@link bigrams} counts them), until it returns true. */
function forEachBigram(text: string, visit: (gram: Bigram) => boolean | undefined): void {
  // The last counted character: its code point and where it stands (a bigram spans skipped characters).
  let previous = -1;
  let previousStart = -1;
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index)!;
    const end = index + unitsOf(code);
    if (isBigramChar(code)) {
      if (previous >= 0 && visit(bigramOf(previous, code, text, previousStart, index, end)) === true) return;
      previous = code;
      previousStart = index;
    }
    index = end;
  }
}

/** `overlap(grams, bigrams(text))` without building the text's set: the share of `grams` that occur in `text`. */
export function overlapWithText(grams: Set<Bigram>, text: string): number {
  if (grams.size === 0) return 0;
  const found = new Set<Bigram>();
  forEachBigram(text, (gram) => {
    if (grams.has(gram)) found.add(gram);
    return found.size === grams.size;
  });
  return found.size / grams.size;
}

function bigramOf(first: number, second: number, text: string, firstStart: number, secondStart: number, secondEnd: number): Bigram {
  const a = first - UNIFIED_FIRST;
  const b = second - UNIFIED_FIRST;
  if (a >= 0 && a < UNIFIED_SIZE && b >= 0 && b < UNIFIED_SIZE) return a * UNIFIED_SIZE + b;
  return text.slice(firstStart, firstStart + unitsOf(first)) + text.slice(secondStart, secondEnd);
}

/** Share of the bigrams of `a` that also occur in `b` (0 when `a` has none). */
export function overlap(a: Set<Bigram>, b: Set<Bigram>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared / a.size;
}

/** Median of a list of numbers (0 for an empty list). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  // A typed array sorts numerically without a comparator call per comparison.
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A text's length in characters (code points), white space left out: how long a head or a paragraph reads. */
export function charsOf(text: string): number {
  return [...text.replace(/\s/gu, '')].length;
}

/** True when a character is Han (CJK ideograph), including astral planes. */
export function isHan(char: string | undefined): boolean {
  return char !== undefined && /\p{Script=Han}/u.test(char);
}

/**
 * Share of text lines (at least `minWidth` wide) within one character of the most common width:
 * printed columns fill their width line after line (0.35–0.99 on the seeds and the corpus), lines
 * that are whole paragraphs vary (0.06–0.27).
 */
export function columnShare(widths: readonly number[], minWidth = 10): number {
  // (Counted in one pass, with no list of the rounded widths: every page is measured so, twice or more.)
  const counts = new Map<number, number>();
  let lines = 0;
  for (const width of widths) {
    if (width < minWidth) continue;
    const rounded = Math.round(width);
    counts.set(rounded, (counts.get(rounded) ?? 0) + 1);
    lines++;
  }
  if (lines === 0) return 0;
  let best = 0;
  counts.forEach((count, width) => {
    best = Math.max(best, (counts.get(width - 1) ?? 0) + count + (counts.get(width + 1) ?? 0));
  });
  return best / lines;
}

/**
 * A count and its noun for a summary, plural past one.
 *
 * @example countOf(1, 'image link') // → '1 image link'
 * @example countOf(3, 'invisible character') // → '3 invisible characters'
 */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * The least and the greatest of some numbers (Infinity and -Infinity for none), by a loop: `Math.min(...values)`
 * overflows the call stack past about 120,000 values, which one OCR file of word boxes can hold.
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) if (value < least) least = value;
  return least;
}

/** The greatest of some numbers, -Infinity for none (see {@link minOf}). */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) if (value > most) most = value;
  return most;
}
