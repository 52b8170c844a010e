import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import './types.ts';

/** Options for {@link normaliseText}. */
export interface NormaliseOptions {
  /** Drop spaces between digits and Han characters (`1万 多` → `1万多`) (default: `true`). */
  readonly tightenDigits?: boolean;
}

/** Full-width ASCII digits and letters (`２００１`, `ＷＴＯ`): compatibility forms of the ASCII ones. */
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;

/** Is this code point a full-width digit or letter ({@link foldFullWidth} folds it by subtracting 0xfee0)? */
export const isFullWidthAlnum = (code: number): boolean =>
  (code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a);

/**
 * Fold full-width ASCII digits and letters to ASCII (`１２月３１日` → `12月31日`, `ＷＴＯ` → `WTO`), as NFKC does, and
 * nothing else: full-width punctuation and spaces stay as printed. Big5 pages and the People's Daily text of the
 * segmentation corpora print digits and Latin letters full width; folded, they read, search and match like any other.
 *
 * @example foldFullWidth('２００１年ＷＴＯ，') // → '2001年WTO，'
 */
export function foldFullWidth(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/** What {@link normaliseText} changes or looks at after NFC: white space, U+0000, full-width digits and letters. */
const NEEDS_NORMALISING = /[\s\u0000\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/u;

/**
 * Normalise one line of page text: Unicode NFC, full-width digits and letters folded ({@link foldFullWidth}), drop
 * U+0000, collapse letter-spaced runs
 * (`目 前 ，该 经 验` → `目前，该经验`), drop spaces between digits and Han characters.
 * Full-width punctuation stays as printed; spaces between Han words stay (they separate
 * headline halves such as `开拓创新解难题 成果转化促发展`).
 *
 * @example normaliseText('累计捐赠电脑 300多台') // → '累计捐赠电脑300多台'
 */
export function normaliseText(text: string, options: NormaliseOptions = {}): string {
  const composed = text.normalize('NFC');
  // Most printed lines hold no white space, U+0000 or full-width letter: one test finds them done.
  if (!NEEDS_NORMALISING.test(composed)) return composed;
  // U+0000 is no printed character, and no Markdown or MDX file can carry it (it reads back as U+FFFD).
  let value = foldFullWidth(composed)
    .replace(/\u0000/gu, '')
    .replace(/[\t\u00a0\u3000]+/gu, ' ');
  // Every later step removes or joins white space; most printed lines have none, so they are done.
  if (!/\s/u.test(value)) return value;
  if (options.tightenDigits ?? true) {
    value = value.replace(/(?<=\p{Script=Han}|[，。、；：）”])\s+(?=[0-9])/gu, '').replace(/(?<=[0-9%])\s+(?=\p{Script=Han}|[，。、；：（“])/gu, '');
  }
  // Decide on letter-spacing from the tightened, collapsed text, so normalising twice changes nothing.
  value = value.replace(/ {2,}/gu, ' ').trim();
  // Justified lines come out letter-spaced (`目 前 ，该 经 验`): mostly one- or two-character
  // pieces between spaces. Join them where both sides are not Latin.
  const pieces = value.split(' ');
  if (pieces.length >= 5 && /\p{Script=Han}/u.test(value) && pieces.filter((piece) => [...piece].length <= 2).length / pieces.length >= 0.8) {
    value = value.replace(/(?<=[^A-Za-z0-9]) (?=[^A-Za-z0-9])/gu, '');
  }
  return value.replace(/ {2,}/gu, ' ').trim();
}

const HASH = '#'.charCodeAt(0);

/**
 * Strip a markdown heading marker left by the extraction (`## 服务式治理 …`) and
 * return its depth, so the classifier can use it as a hint.
 *
 * @example stripHashMarker('## 服务式治理 让治理更人性') // → { text: '服务式治理 让治理更人性', depth: 2 }
 */
export function stripHashMarker(text: string): { text: string; depth: number } {
  // (Nearly every line opens otherwise, and is told so without a regex.)
  if (text.charCodeAt(0) !== HASH) return { text, depth: 0 };
  const match = /^(#{1,6})[ \t]+(?=\S)/u.exec(text);
  if (!match) return { text, depth: 0 };
  return { text: text.slice(match[0].length), depth: match[1]!.length };
}

/** remark plugin: normalise every line ({@link normaliseText}, {@link stripHashMarker}). */
export const remarkNormalisePage: Plugin<[NormaliseOptions?], Root> = (options) => (tree) => {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const block = node.data?.block;
    for (const child of node.children) {
      if (child.type !== 'text') continue;
      const { text, depth } = stripHashMarker(child.value);
      child.value = normaliseText(text, options);
      if (block && depth > 0) block.hashDepth = depth;
    }
  }
};
