import { existsSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import { readYamlFile } from '../content-files/read-yaml.ts';
import { contentPath } from '../content-dir.ts';
import { convertByWords } from './word-convert.ts';

/**
 * The OpenCC conversion the archive uses for Traditional Chinese: mainland Simplified (`cn`)
 * to Taiwan-standard characters (`tw`), word by word ({@link convertByWords}: OpenCC's phrases
 * only where they do not straddle a jieba word boundary), without Taiwan phrase substitution (`twp` would turn 信息 into 資訊 and 网络 into 網路, changing what the
 * newspaper printed, not just how it is written). See README, "Decisions".
 */
export const TRADITIONAL_VARIANT = { from: 'cn', to: 'tw' } as const;

let toHant: ((text: string) => string) | null = null;

/** `content/opencc-overrides.yaml`: a list of `{ simplified, traditional }`, neither empty. */
const overridesSchema = z
  .array(
    z.object({ simplified: z.string().min(1, 'must not be empty'), traditional: z.string().min(1, 'must not be empty'), why: z.string().optional() }).strict(),
  )
  .nullable();
let overrides: [string, string][] | null = null;

/** Phrases OpenCC gets wrong (a surname 于 is not the preposition 於), from `content/opencc-overrides.yaml`. */
export function conversionOverrides(): [string, string][] {
  if (overrides) return overrides;
  const path = contentPath('opencc-overrides.yaml');
  const list = existsSync(path) ? (readYamlFile(path, overridesSchema) ?? []) : [];
  overrides = list.map((entry) => [entry.simplified, entry.traditional] as [string, string]).sort((a, b) => b[0].length - a[0].length);
  return overrides;
}
let toHans: ((text: string) => string) | null = null;

/**
 * Convert Simplified Chinese to Traditional (Taiwan-standard characters). The converter is
 * built once and reused. Latin text, digits and punctuation pass through unchanged.
 * @example toTraditional('规范化 乡村振兴') // → '規範化 鄉村振興'
 */
export function toTraditional(text: string): string {
  // Built pages repeat the same strings (navigation, glossary popovers, titles) thousands of times.
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const converted = convertTraditional(text);
  if (text.length <= MEMO_MAX_LENGTH) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(text, converted);
  }
  return converted;
}

const memo = new Map<string, string>();
const MEMO_MAX_LENGTH = 400;
const MEMO_MAX_ENTRIES = 50_000;

/** {@link toTraditional} without its memo (the benchmark compares conversions from cold). */
export function convertTraditional(text: string): string {
  return convertAroundOverrides(text, convertByWords);
}

/**
 * The conversion before issue 15: OpenCC's own longest match from the left, with the overrides.
 * Kept for the QA report's "before" figures (`npm run traditional:check -- --before`).
 */
export function toTraditionalMaximumMatching(text: string): string {
  toHant ??= OpenCC.Converter(TRADITIONAL_VARIANT);
  return convertAroundOverrides(text, toHant);
}

function convertAroundOverrides(text: string, convert: (text: string) => string): string {
  const phrases = conversionOverrides();
  if (phrases.length === 0) return convert(text);
  // Convert around the override phrases, which keep their own Traditional form.
  let out = '';
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let phrase: [string, string] | undefined;
    for (const candidate of phrases) {
      const index = text.indexOf(candidate[0], at);
      if (index >= 0 && (next < 0 || index < next)) {
        next = index;
        phrase = candidate;
      }
    }
    if (!phrase) break;
    out += convert(text.slice(at, next)) + phrase[1];
    at = next + phrase[0].length;
  }
  return out + convert(text.slice(at));
}

/**
 * Convert Traditional Chinese (any regional standard) to mainland Simplified, for folding
 * Traditional queries and Traditional-script sources onto the Simplified glossary.
 * @example toSimplified('規範化') // → '规范化'
 */
export function toSimplified(text: string): string {
  toHans ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toHans(text);
}
