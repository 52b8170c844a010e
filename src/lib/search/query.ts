/**
 * The query model: a query is a list of terms, and an article matches when every term occurs in
 * it (in any order, anywhere in its text, title, translation or metadata). Terms are split at
 * spaces, punctuation and script boundaries; a quoted part ("…", “…”, 「…」, 『…』) is one phrase.
 * Query and text are normalised alike before matching ({@link normalise}).
 */
import { stemmer } from 'stemmer';
import { searchTokens } from './tokens.ts';

/** Longest query read (characters); the rest is ignored. */
export const MAX_QUERY_CHARS = 200;

/** One term of a query, normalised: a word, a Han run, or a phrase (its words one space apart). */
export interface QueryTerm {
  readonly text: string;
  readonly phrase: boolean;
}

const HAN = /\p{Script=Han}/u;
// A letter or digit that is not Han (Latin words and numbers need a boundary around them; Han does not).
const WORD_CHAR = /^(?!\p{Script=Han})[\p{L}\p{N}]$/u;
// A number followed by a Han character keeps it (700张, 2024年: a measure word or unit belongs to
// its number); otherwise a Han run, or a word of other letters and digits.
const TERM = /\p{N}+(?:\.\p{N}+)?\p{Script=Han}|\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|『([^』]*)』/gu;

/**
 * Full/half width and compatibility forms (NFKC), lower case, and Latin diacritics dropped
 * (Lü → lu, é → e). Traditional folding is separate (it needs the character map).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/** Letters and digits only, one space between runs (punctuation and spacing ignored, for phrases). */
export function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const termsOf = (text: string): string[] => [...text.matchAll(TERM)].map(([term]) => term);

/**
 * The terms of a query (already folded to Simplified): quoted parts as phrases, the rest split.
 * @example parseQuery('营商环境 济南') // → [{ text: '营商环境' }, { text: '济南' }]
 * @example parseQuery('700张床位') // → [{ text: '700张' }, { text: '床位' }]
 */
export function parseQuery(query: string): QueryTerm[] {
  const text = normalise(query.slice(0, MAX_QUERY_CHARS));
  const terms: QueryTerm[] = [];
  const rest = text.replace(QUOTED, (_, ...groups: (string | undefined)[]) => {
    const phrase = compact(groups.slice(0, 4).find((group) => group !== undefined) ?? '');
    if (phrase) terms.push({ text: phrase, phrase: true });
    return ' ';
  });
  for (const term of termsOf(rest)) terms.push({ text: term, phrase: false });
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text));
}

/** The Pagefind query for the terms: the index tokens of each (see tokens.ts), once each. */
export function indexQuery(terms: readonly QueryTerm[]): string[] {
  return [...new Set(terms.flatMap((term) => searchTokens(term.text)))];
}

/** True when `needle` occurs in `haystack` with no Latin letter or digit running on either side of a Latin or numeric end. */
export function occurs(haystack: string, needle: string): boolean {
  const first = [...needle][0] ?? '';
  const last = [...needle].at(-1) ?? '';
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (WORD_CHAR.test(first) && WORD_CHAR.test(before)) continue;
    if (WORD_CHAR.test(last) && WORD_CHAR.test(after)) continue;
    return true;
  }
  return false;
}

/** A text prepared for {@link matchesAll}: normalised, compacted for phrases, and its English word stems. */
export interface PreparedText {
  readonly plain: string;
  readonly compact: string;
  /** Porter stems of its Latin words of {@link STEM_MIN} letters or more (`drills` → `drill`). */
  readonly stems: ReadonlySet<string>;
}

/** Latin words at least this long also match by their stem (shorter ones are names, codes, units). */
export const STEM_MIN = 4;

const LATIN_WORD = /\p{Script=Latin}+/gu;
const stemmable = (word: string) => word.length >= STEM_MIN && /^\p{Script=Latin}+$/u.test(word);

export function prepareText(text: string): PreparedText {
  const plain = normalise(text);
  const stems = new Set<string>();
  for (const [word] of plain.matchAll(LATIN_WORD)) if (stemmable(word)) stems.add(stemmer(word));
  return { plain, compact: compact(plain), stems };
}

/**
 * True when every term occurs in the text: words and Han runs as they are, an English word also
 * by its stem (`drills` finds "drill", `regulations` finds "regulation"), phrases with punctuation
 * ignored.
 */
export function matchesAll(terms: readonly QueryTerm[], text: PreparedText): boolean {
  return terms.every(
    (term) => occurs(term.phrase ? text.compact : text.plain, term.text) || (!term.phrase && stemmable(term.text) && text.stems.has(stemmer(term.text))),
  );
}

/** True when a term is Chinese (has a Han character): its excerpt comes from the Chinese text. */
export const isChinese = (term: QueryTerm): boolean => HAN.test(term.text);
