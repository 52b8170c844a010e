import { SETTINGS } from '../settings.ts';

/**
 * Corpus copies of newspaper text often come word-segmented: a space (or two) between every word
 * (`国务院  总理  今天  会见`), sometimes with part-of-speech tags (`国务院/nt 总理/n`). Read as
 * printed text, every word looks like a column run or a headline, and a page falls apart. The
 * spaces are the corpus's, not the paper's: a page that is word-segmented throughout is read with
 * them (and the tags) removed, and its summary says so.
 */

/** How a page's lines are word-segmented, if they are. */
export interface WordSpacing {
  /** Lines long enough to judge (`SETTINGS.format.wordSpacedMinChars` characters or more, spaces aside). */
  readonly judged: number;
  /** … of which word-segmented: many short pieces between spaces. */
  readonly spaced: number;
  /** Whether nearly every piece of those lines carries a part-of-speech tag (`词/n`). */
  readonly tagged: boolean;
  /** Whether the page is word-segmented: its lines are read with the spaces (and tags) removed. */
  readonly segmented: boolean;
}

const HAN = /\p{Script=Han}/u;
/** A part-of-speech tag after a word (`/n`, `/vn`, `/nr1`), and a tagged compound's brackets (`[中央/n 电视台/n]nt`). */
const TAG = /\/[A-Za-z]{1,5}\d?$/u;
const TAGGED_PIECE = /^\[?[^\s/]+\/[A-Za-z]{1,5}\d?(?:\][A-Za-z]{1,5})?$/u;

const SPACE = /[ \t\u3000]/u;
const piecesOf = (line: string) =>
  line
    .trim()
    .split(/[ \t\u3000]+/u)
    .filter(Boolean);
const length = (text: string) => [...text].length;

/** Whether one line is word-segmented: enough pieces, mostly Chinese, nearly all a word long. */
function isWordSpaced(pieces: readonly string[], tagged: boolean): boolean {
  const settings = SETTINGS.format;
  if (pieces.length < settings.wordSpacedMinPieces) return false;
  const words = tagged ? pieces.map(untag) : pieces;
  const lengths = words.map(length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  const short = lengths.filter((n) => n <= settings.wordSpacedWordMax).length / lengths.length;
  const han = words.filter((word) => HAN.test(word)).length / words.length;
  return median <= settings.wordSpacedMedianMax && short >= settings.wordSpacedShortShare && han >= settings.wordSpacedHanShare;
}

/** A piece without its tag and a compound's brackets (`[中央/n` → `中央`, `电视台/n]nt` → `电视台`). */
function untag(piece: string): string {
  return piece
    .replace(/^\[(?=[^\s/])/u, '')
    .replace(/\][A-Za-z]{1,5}$/u, '')
    .replace(TAG, '');
}

/**
 * Whether a page is word-segmented (see the module comment).
 *
 * @example wordSpacing(['国务院  总理  今天  在  人民大会堂  会见  了  来访  的  客人  。', …]).segmented // → true
 */
export function wordSpacing(lines: readonly string[]): WordSpacing {
  const settings = SETTINGS.format;
  // Most pages have no line with a space in it: they are judged without splitting a line.
  const spacedLines = lines.filter((line) => SPACE.test(line.trim()));
  // A word-spaced line has `wordSpacedMinPieces` pieces or more: a page with too few such lines is judged no further.
  const manyPieces = spacedLines.filter((line) => (line.trim().match(/[ \t\u3000]+/gu)?.length ?? 0) + 1 >= settings.wordSpacedMinPieces).length;
  if (spacedLines.length < settings.wordSpacedMinLines || manyPieces < settings.wordSpacedMinLines)
    return { judged: 0, spaced: 0, tagged: false, segmented: false };
  const judgedLines = lines.map(piecesOf).filter((pieces) => pieces.join('').length >= settings.wordSpacedMinChars);
  const allPieces = judgedLines.flat();
  const tagged = allPieces.length > 0 && allPieces.filter((piece) => TAGGED_PIECE.test(piece)).length / allPieces.length >= settings.wordSpacedTaggedShare;
  const spaced = judgedLines.filter((pieces) => isWordSpaced(pieces, tagged)).length;
  return {
    judged: judgedLines.length,
    spaced,
    tagged,
    segmented: spaced >= settings.wordSpacedMinLines && spaced / Math.max(1, judgedLines.length) >= settings.wordSpacedShare,
  };
}

/**
 * A word-segmented line as printed: its words joined, a space kept only between two Latin words
 * (`Windows  XP`), its tags removed if the page is tagged; its indent kept.
 *
 * @example joinWords('　　国务院  总理  会见  了  Windows  XP  用户', false) // → '　　国务院总理会见了Windows XP用户'
 */
export function joinWords(line: string, tagged: boolean): string {
  const indent = /^[ \t\u3000]*/u.exec(line)![0];
  const pieces = piecesOf(line).map((piece) => (tagged ? untag(piece) : piece));
  let out = '';
  for (const piece of pieces) {
    if (out && /[A-Za-z]$/u.test(out) && /^[A-Za-z]/u.test(piece)) out += ' ';
    out += piece;
  }
  return indent + out;
}
