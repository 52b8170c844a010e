/**
 * One-edit typo tolerance for English words, against the archive's own vocabulary: a query word
 * of {@link TYPO_MIN} letters or more that no article has (neither as a word nor by its stem) is
 * replaced by the most frequent word of the archive one edit away (a letter inserted, deleted,
 * changed, or two neighbours swapped), and the search says "showing results for …".
 *
 * The vocabulary is built at build time from the translations and the English metadata words,
 * in shards by word length and first letter (`pagefind/vocab/<length><letter>.json`), so a word
 * reads only the few shards a one-edit neighbour can be in: lengths L−1 to L+1 with its first
 * letter, length L with its second letter (a swap of the first two), and its stem's shard.
 * A typo in the first letter (other than that swap) is not corrected.
 */
import { stemmer } from 'stemmer';
import { normalise, type QueryTerm, STEM_MIN } from './query.ts';

/** Words shorter than this are never corrected (codes, names, units: too many neighbours). */
export const TYPO_MIN = 5;

/** A vocabulary shard: its words, most frequent first, how often each occurs, and the stems of words with that key. */
export interface VocabShard {
  readonly words: readonly string[];
  readonly counts: readonly number[];
  readonly stems: readonly string[];
}

/** The shard key of a word: its length and first letter. */
export const vocabKey = (word: string): string => `${word.length}${word[0] ?? ''}`;

const LATIN_WORD = /^[a-z]+$/u;

/** The vocabulary of some English texts, in shards by {@link vocabKey}: words most frequent first, and stems. */
export function buildVocabShards(texts: Iterable<string>): Record<string, VocabShard> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [word] of normalise(text).matchAll(/\p{Script=Latin}+/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts].filter(([word]) => LATIN_WORD.test(word)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shards: Record<string, { words: string[]; counts: number[]; stems: Set<string> }> = {};
  const shard = (key: string) => (shards[key] ??= { words: [], counts: [], stems: new Set() });
  for (const [word, count] of words) {
    shard(vocabKey(word)).words.push(word);
    shard(vocabKey(word)).counts.push(count);
    if (word.length >= STEM_MIN) {
      const stem = stemmer(word);
      if (stem !== word) shard(vocabKey(stem)).stems.add(stem);
    }
  }
  return Object.fromEntries(
    Object.entries(shards).map(([key, { words: list, counts: n, stems }]) => [key, { words: list, counts: n, stems: [...stems].sort() }]),
  );
}

/** True when `a` and `b` are one edit apart: one letter inserted, deleted or changed, or two neighbours swapped. */
export function oneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The shards a word's known forms and one-edit neighbours can be in. */
export function shardsFor(word: string): string[] {
  const keys = [vocabKey(word), `${word.length - 1}${word[0]}`, `${word.length + 1}${word[0]}`, `${word.length}${word[1] ?? ''}`];
  if (word.length >= STEM_MIN) keys.push(vocabKey(stemmer(word)));
  return [...new Set(keys)];
}

/**
 * The correction of one word against the shards it needs (`load` returns a shard, or null when
 * there is none): null when the word is known (as a word, or its stem as some word's stem) or
 * has no neighbour; else the most frequent neighbour.
 */
export async function correctWord(word: string, load: (key: string) => Promise<VocabShard | null>): Promise<string | null> {
  const shards = new Map<string, VocabShard | null>(await Promise.all(shardsFor(word).map(async (key) => [key, await load(key)] as const)));
  if (known(word, shards)) return null;
  let best: { word: string; count: number } | null = null;
  for (const shard of shards.values()) {
    const at = shard?.words.findIndex((candidate) => oneEdit(word, candidate)) ?? -1;
    if (at >= 0 && (!best || shard!.counts[at]! > best.count)) best = { word: shard!.words[at]!, count: shard!.counts[at]! };
  }
  return best?.word ?? null;
}

/** True when some article has the word, or a word with its stem (`shards`: at least the word's and its stem's). */
function known(word: string, shards: ReadonlyMap<string, VocabShard | null>): boolean {
  if (shards.get(vocabKey(word))?.words.includes(word)) return true;
  if (word.length < STEM_MIN) return false;
  const stem = stemmer(word);
  const stemShard = shards.get(vocabKey(stem));
  return Boolean(stemShard?.stems.includes(stem) || stemShard?.words.includes(stem));
}

/** True when some article has the word (as it is, or by its stem). */
export async function knownWord(word: string, load: (key: string) => Promise<VocabShard | null>): Promise<boolean> {
  const keys = [vocabKey(word), ...(word.length >= STEM_MIN ? [vocabKey(stemmer(word))] : [])];
  return known(word, new Map(await Promise.all(keys.map(async (key) => [key, await load(key)] as const))));
}

/** True when a term is a word that may be corrected: Latin letters only, at least {@link TYPO_MIN} of them. */
export const correctable = (term: QueryTerm): boolean => !term.phrase && term.text.length >= TYPO_MIN && LATIN_WORD.test(term.text);

/**
 * The query's terms with unknown words corrected, and the corrected query to show, or null when
 * nothing changed.
 * @example await correctTerms([{ text: 'intelectual', phrase: false }, { text: 'property', phrase: false }], load)
 * // → { terms: [intellectual, property], shown: 'intellectual property' }
 */
export async function correctTerms(
  terms: readonly QueryTerm[],
  load: (key: string) => Promise<VocabShard | null>,
): Promise<{ terms: QueryTerm[]; shown: string } | null> {
  const corrected = await Promise.all(terms.map(async (term) => (correctable(term) ? ((await correctWord(term.text, load)) ?? term.text) : term.text)));
  if (corrected.every((text, i) => text === terms[i]!.text)) return null;
  const fixed = terms.map((term, i) => ({ text: corrected[i]!, phrase: term.phrase }));
  return { terms: fixed, shown: fixed.map((term) => (term.phrase ? `"${term.text}"` : term.text)).join(' ') };
}

/** A shard loader that fetches each shard that exists once (`shards`: the keys the manifest lists). */
export function vocabLoader(shards: readonly string[], load: (key: string) => Promise<VocabShard>): (key: string) => Promise<VocabShard | null> {
  const known = new Set(shards);
  const loaded = new Map<string, Promise<VocabShard>>();
  return async (key) => {
    if (!known.has(key)) return null;
    let shard = loaded.get(key);
    if (!shard) {
      shard = load(key);
      loaded.set(key, shard);
    }
    return shard;
  };
}
