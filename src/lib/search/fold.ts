/**
 * Fold a text with a Traditional→Simplified character map (built at build time from OpenCC),
 * character by character; used by the browser and the CLI alike.
 * @example foldWith({ 規: '规', 範: '范' }, '規範化') // → '规范化'
 */
export function foldWith(map: Readonly<Record<string, string>>, text: string): string {
  let out = '';
  for (const char of text) out += map[char] ?? char;
  return out;
}

/**
 * The map is split by code point into shards of 1,024 characters (`pagefind/t2s/<shard>.json`),
 * so a query reads only the shards of its own characters: a few hundred bytes, not the
 * whole map (~38 kB).
 */
export const SHARD_BITS = 10;

/** The shard a character's mapping is in (hex of its code point without the low bits). */
export const shardOf = (char: string): string => (char.codePointAt(0)! >> SHARD_BITS).toString(16);

/** Split a character map into shards by {@link shardOf}. */
export function shardMap(map: Readonly<Record<string, string>>): Record<string, Record<string, string>> {
  const shards: Record<string, Record<string, string>> = {};
  for (const [from, to] of Object.entries(map)) (shards[shardOf(from)] ??= {})[from] = to;
  return shards;
}

/**
 * `pagefind/archive-search.json`, read with Pagefind at the first search: the folding map's
 * shards that exist (so absent ones are never fetched), the glossary term index's shards (see
 * term-cards.ts), the English vocabulary's shards (see typos.ts) and the archive's years (for sorting).
 */
export interface SearchManifest {
  readonly t2sShards: readonly string[];
  readonly termShards: readonly string[];
  /** The English vocabulary's shards (see typos.ts). */
  readonly vocabShards: readonly string[];
  readonly years: readonly string[];
}

/**
 * A folder that loads the shards a text needs (once each) before folding it.
 * `load` fetches a shard; `shards` lists the shards that exist.
 */
export function shardedFolder(shards: readonly string[], load: (shard: string) => Promise<Record<string, string>>): (text: string) => Promise<string> {
  const known = new Set(shards);
  const loaded = new Map<string, Promise<Record<string, string>>>();
  return async (text) => {
    const needed = new Set<string>();
    for (const char of text) if (char.codePointAt(0)! >= 0x3400 && known.has(shardOf(char))) needed.add(shardOf(char));
    const maps = await Promise.all(
      [...needed].map((shard) => {
        let map = loaded.get(shard);
        if (!map) {
          map = load(shard);
          loaded.set(shard, map);
        }
        return map;
      }),
    );
    let out = '';
    for (const char of text) {
      let folded: string | undefined;
      for (const map of maps) if ((folded = map[char]) !== undefined) break;
      out += folded ?? char;
    }
    return out;
  };
}
