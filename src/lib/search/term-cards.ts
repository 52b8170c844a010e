/**
 * The glossary in search results: a query that names a glossary term (its term or a variant, in
 * Simplified or Traditional, its English rendering, or its pinyin with or without tones and
 * spaces) shows a card for the term before the articles.
 *
 * The build writes a compact term index in shards (`pagefind/terms/<shard>.json`, each a map
 * from lookup key to the cards it names); a query reads only the shards of its own keys.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { foldWith } from './fold.ts';
import { normalise, parseQuery } from './query.ts';

/** What a search result shows of a glossary term. */
export interface TermCard {
  readonly id: string;
  /** The term's page. */
  readonly url: string;
  readonly term: string;
  readonly pinyin: string;
  readonly english: string;
  /** The first sentence of the English definition, at most {@link CARD_LINE_CHARS} characters. */
  readonly line: string;
}

/** Longest definition line a card carries (characters). */
export const CARD_LINE_CHARS = 160;
/** Shards of the term index (a first search reads one or two of them, a kB or two each). */
export const TERM_SHARDS = 256;

/** A shard of the term index: lookup key → cards. */
export type TermShard = Record<string, TermCard[]>;

/**
 * The lookup key of a form or a query: normalised (NFKC, lower case, Latin diacritics dropped, so
 * tone marks go) with everything but letters and digits removed (spaces, hyphens, punctuation).
 * @example termKey('zhěng cūn shòu xìn') // → 'zhengcunshouxin'
 * @example termKey('Whole-village credit') // → 'wholevillagecredit'
 */
export const termKey = (text: string): string => normalise(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** The shard a key is in: a small hash of its code points. */
export function termShardOf(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) % 1_000_003;
  return (hash % TERM_SHARDS).toString(36);
}

/** The first sentence of a definition, cut at a word boundary to {@link CARD_LINE_CHARS} characters. */
export function cardLine(definition: string): string {
  const sentence = (definition.match(/^.*?[.!?](?=\s|$)/u)?.[0] ?? definition).replace(/\s+/gu, ' ').trim();
  if (sentence.length <= CARD_LINE_CHARS) return sentence;
  const cut = sentence.slice(0, CARD_LINE_CHARS - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), CARD_LINE_CHARS / 2)).trimEnd()}…`;
}

/** Every key an entry is found by: term and variants (folded to Simplified with `t2s`), English renderings, pinyin. */
export function entryKeys(entry: GlossaryEntry, t2s: Readonly<Record<string, string>>): string[] {
  const han = [entry.term, ...entry.variants].map((form) => foldWith(t2s, termKey(form)));
  const english = [entry.english, ...entry.englishVariants, entry.officialEnglish ?? ''].map(termKey);
  return [...new Set([...han, ...english, termKey(entry.pinyin)])].filter(Boolean);
}

/** The term index, in shards: every key of every entry, with the card it names (`base`: the site's base path, ending in `/`). */
export function buildTermShards(entries: readonly GlossaryEntry[], t2s: Readonly<Record<string, string>>, base: string): Record<string, TermShard> {
  const shards: Record<string, TermShard> = {};
  for (const entry of entries) {
    const card: TermCard = {
      id: entry.id,
      url: `${base}glossary/${entry.id}/`,
      term: entry.term,
      pinyin: entry.pinyin,
      english: entry.english,
      line: cardLine(entry.definitionEn),
    };
    for (const key of entryKeys(entry, t2s)) {
      const cards = ((shards[termShardOf(key)] ??= {})[key] ??= []);
      if (!cards.some((known) => known.id === card.id)) cards.push(card);
    }
  }
  return shards;
}

/** The keys a query can name a term by: the whole query, then each of its Chinese terms (a query already folded to Simplified). */
export function queryKeys(folded: string): string[] {
  const whole = termKey(folded);
  const han = parseQuery(folded)
    .filter((term) => /\p{Script=Han}/u.test(term.text))
    .map((term) => termKey(term.text));
  return [...new Set([whole, ...han])].filter(Boolean);
}

/**
 * A lookup of glossary terms by query: `load` fetches a shard; `shards` lists those that exist
 * (absent ones are never fetched). Each shard is read once.
 */
export function termLookup(shards: readonly string[], load: (shard: string) => Promise<TermShard>): (folded: string) => Promise<TermCard[]> {
  const known = new Set(shards);
  const loaded = new Map<string, Promise<TermShard>>();
  const shard = (name: string) => {
    let map = loaded.get(name);
    if (!map) loaded.set(name, (map = load(name)));
    return map;
  };
  return async (folded) => {
    const keys = queryKeys(folded).filter((key) => known.has(termShardOf(key)));
    const found = (
      await Promise.all(
        keys.map(async (key) => {
          const map = await shard(termShardOf(key));
          return Object.hasOwn(map, key) ? map[key]! : [];
        }),
      )
    ).flat();
    const seen = new Set<string>();
    return found.filter((card) => !seen.has(card.id) && seen.add(card.id));
  };
}
