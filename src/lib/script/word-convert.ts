import type { Jieba } from '@node-rs/jieba';
import { ConverterFactory, Trie, type DictGroup } from 'opencc-js/core';
import { configs } from 'opencc-js/preset/cn2t';
import { jieba } from './jieba.ts';

/**
 * Simplified → Traditional (Taiwan-standard characters, OpenCC `s2tw`) that respects words.
 *
 * OpenCC matches its phrase table longest-first from the left, so a phrase that straddles two
 * words wins over the right reading: 集中签约 → 集中籤約 (中签 "win a draw"), 把握发展 → 把握髮展
 * (握发 "hold one's hair"). Here the text is first cut into words by jieba, and an OpenCC phrase
 * is taken only where it does not cut a word: it starts and ends on word boundaries (a phrase
 * may cover several whole words, 风|采 → 風采), or it lies inside one word. Where no phrase fits,
 * the character's own table applies. The dictionaries are OpenCC's own (opencc-js), in the same
 * order as its `s2tw` configuration: normalisation, phrases and characters, then Taiwan variants.
 */

interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}

interface S2twConfig {
  normalizationChain?: DictGroup[];
  conversionChain: readonly DictGroup[];
}

let state: { phrases: TrieNode; variants: (text: string) => string; normalise: (text: string) => string; jieba: Jieba } | null = null;

function load() {
  if (state) return state;
  const config = configs.s2tw as unknown as S2twConfig;
  const [phraseGroup, ...rest] = config.conversionChain;
  const trie = new Trie();
  trie.loadDictGroup(phraseGroup!);
  const normalise = config.normalizationChain ? ConverterFactory(...config.normalizationChain) : (text: string) => text;
  const variants = rest.length > 0 ? ConverterFactory(...rest) : (text: string) => text;
  state = { phrases: (trie as unknown as { map: TrieNode }).map, variants, normalise, jieba: jieba() };
  return state;
}

/**
 * The words of a text as jieba cuts it (HMM on, so unknown names hold together).
 *
 * @example segmentWords('集中签约') // → ['集中', '签约']
 */
export function segmentWords(text: string): string[] {
  return load().jieba.cut(text, true);
}

/** Every end of an OpenCC phrase or character entry that starts at `start`, with its replacement, longest last. */
function matchesAt(root: TrieNode, text: string, start: number): { end: number; value: string }[] {
  const found: { end: number; value: string }[] = [];
  let node: TrieNode | undefined = root;
  for (let at = start; at < text.length; ) {
    const code = text.codePointAt(at)!;
    at += code > 0xffff ? 2 : 1;
    node = node.get(code);
    if (!node) break;
    if (node.trie_val !== undefined) found.push({ end: at, value: node.trie_val });
  }
  return found;
}

/**
 * Convert Simplified to Traditional without taking a phrase that straddles a word boundary.
 *
 * @example convertByWords('集中签约，把握发展') // → '集中簽約，把握發展'
 */
export function convertByWords(text: string): string {
  const { phrases, variants, normalise } = load();
  const source = normalise(text);
  const words = segmentWords(source);
  // For each UTF-16 offset, the end of the word it lies in; boundaries are word starts and the end.
  const wordEnd = new Array<number>(source.length + 1);
  const boundary = new Set<number>([source.length]);
  let offset = 0;
  for (const word of words) {
    boundary.add(offset);
    for (let i = 0; i < word.length; i++) wordEnd[offset + i] = offset + word.length;
    offset += word.length;
  }
  if (offset !== source.length) return variants(phraseTrie().convert(source));
  let out = '';
  let plain = '';
  for (let at = 0; at < source.length; ) {
    const fits = matchesAt(phrases, source, at).filter(({ end }) => (boundary.has(at) && boundary.has(end)) || end <= wordEnd[at]!);
    const best = fits.at(-1);
    if (best) {
      out += variants(plain) + variants(best.value);
      plain = '';
      at = best.end;
    } else {
      const length = source.codePointAt(at)! > 0xffff ? 2 : 1;
      plain += source.slice(at, at + length);
      at += length;
    }
  }
  return out + variants(plain);
}

let fallback: Trie | null = null;
/** OpenCC's own phrase trie (used only if the segmenter ever returned words that do not add up to the text). */
function phraseTrie(): Trie {
  if (fallback) return fallback;
  fallback = new Trie();
  fallback.loadDictGroup((configs.s2tw as unknown as S2twConfig).conversionChain[0]!);
  return fallback;
}
