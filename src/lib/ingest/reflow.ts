import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import {
  bothScripts,
  CONTINUATION,
  CONTINUED_TO,
  hasCreditTail,
  isNameLine,
  isWebTime,
  LEAD_BYLINE,
  LEAVES_PHRASE_OPEN,
  ORGANISATION,
  SUBTITLE,
} from './patterns.ts';
import { endsSentence, opensQuotation } from './text-utils.ts';
import type { BlockData } from './types.ts';
import { CLOSING_LINE_RULES, DECK_SPACE, profilePage, readsAsStoryText, type LineRule, type PageProfile } from './classify-lines.ts';
import { votePosition } from './split-units.ts';
import { endsOnVerb, isNamesRun, wordAcross } from './headline-grammar.ts';
import { SETTINGS } from './settings.ts';

interface Piece {
  text: string;
  block: BlockData;
}

/**
 * Join two pieces of text broken by the layout: no space between CJK characters,
 * one space between two Latin words; the result stays NFC.
 *
 * @example joinBroken('推进流程革命性', '再造') // → '推进流程革命性再造'
 * @example joinBroken('smart', 'city') // → 'smart city'
 */
export function joinBroken(left: string, right: string): string {
  // Look at the seam only: `left` can be a long paragraph so far (a test over all of it made reflow quadratic).
  const last = left.charCodeAt(left.length - 1);
  const first = right.charCodeAt(0);
  const latin = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (latin(last) && latin(first)) return `${left} ${right}`;
  // Both sides are NFC already; only the seam can compose (a combining mark, a Hangul vowel
  // jamo opening the right side), so only the seam is checked and normalised again.
  const cut = Math.max(0, left.length - 8);
  const seam = left.slice(cut) + right.slice(0, 8);
  if (seam.normalize('NFC') === seam) return left + right;
  return left.slice(0, cut) + (left.slice(cut) + right).normalize('NFC');
}

function textOf(node: Paragraph): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('');
}

function mergeBlocks(into: BlockData, next: BlockData): void {
  into.lines.push(...next.lines);
  into.widths.push(...next.widths);
}

/**
 * Reflow the classified lines of a page into blocks: body lines broken by the layout
 * join into paragraphs (a paragraph ends after a sentence-final mark on a short line),
 * heading lines broken across lines join into one heading, and a byline or continuation
 * marker that opens a paragraph is lifted into `data.block`.
 */
export function reflowPage(tree: Root, breaks: ReadonlySet<number> = new Set(), classified?: PageProfile): Root {
  const lines = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && Boolean(node.data?.block?.role));
  const pieces: Piece[] = lines.map((node) => ({ text: textOf(node), block: node.data!.block! }));
  const profile = classified ?? profilePage(pieces);
  // Rule `decks-over-lead`: where the page's headlines clearly stand before their bodies, the lines
  // of a headline group over a news lead are kept apart as decks (kicker, headline, subtitle) for
  // `readDecks` to read; elsewhere heading lines broken by the layout are joined.
  // (Counted the first time two headline lines over a lead meet, which most pages never ask: the vote reads the whole page.)
  let decksApartOnPage: boolean | undefined;
  const decksApart = () => (decksApartOnPage ??= headlinesStandBefore(pieces));
  const out: Piece[] = [];
  pieces.forEach((piece, index) => {
    const prev = out.at(-1);
    const role = piece.block.role;
    const prevLine = pieces[index - 1];
    if (prev && prevLine && role === prev.block.role) {
      // (Where every line is a paragraph, nor is the source of a story's facts, `資料來源：《蘋果》資料室`, after a box's last
      // row, `…上吊身亡`: a line of its own. In printed columns such a line may be a paragraph's wrapped last line,
      // `www.mtr.com.hk查閱。`.)
      const sourceApart = profile.longLines && piece.block.rule === 'source-note';
      if (role === 'body' && !startsUnit(piece, profile.longLines) && !breaks.has(piece.block.lines[0]!) && !isSignOff(piece) && !sourceApart) {
        const width = prevLine.block.widths[0] ?? 0;
        const local = profile.localWidths[index - 1] ?? width;
        // A photo credit (`… 本报记者 赵博 摄`) ends its caption as surely as a full stop.
        // Test the last line only: the paragraph so far can be long, and these patterns end in `$`.
        // So does a closing credit or note (`（王明 李华）`, `（附图片1张）`): the next line is not its continuation.
        const sentenceEnd = endsSentence(prevLine.text) || hasCreditTail(prevLine.text) || closesStretch(prevLine);
        const joins = !sentenceEnd || (!profile.longLines && width > local - 1 && !(profile.blankLinesMean && piece.block.blankBefore));
        if (joins) {
          prev.text = joinBroken(prev.text, piece.text);
          mergeBlocks(prev.block, piece.block);
          return;
        }
      }
      // Where every line is a whole paragraph, each heading line is printed whole too (a headline and its subtitle).
      const decks = prev.block.rule === 'headline-before-lead' && piece.block.rule === 'headline-before-lead' && decksApart();
      // Rule `decks-short-of-column`: a heading line set in phrases apart by a space (`西九今賣地 演領匯翻版`), clearly
      // short of its column, was not broken by the column's width: the heading line under it is another deck. (A
      // headline in large type holds few characters a line however wide it is set, `做内销，企业要重塑` / `竞争优势`: without
      // the phrases apart, the line's shortness says nothing. Not for lines in headline type, `# ` from OCR type sizes.)
      const shortOfColumn =
        prevLine.block.hashDepth === 0 &&
        (DECK_SPACE.test(prevLine.text) || DECK_SPACE.test(piece.text)) &&
        (prevLine.block.widths[0] ?? 0) <= (profile.localWidths[index - 1] ?? 0) - SETTINGS.segment.deckShortOfColumn;
      // (Nor on a page that sets every line apart with a blank (rule `usual-gap`): an extraction that spaces its lines so
      // sets a kicker, a headline and a subtitle each on a line of its own as it does a headline's two halves, and the
      // decks read apart give the headline, where joined they always give a wrong one.)
      if (
        role === 'heading' &&
        !piece.block.blankBefore &&
        !piece.block.spaced &&
        !profile.longLines &&
        !decks &&
        !shortOfColumn &&
        headingContinues(prev, piece, pieces[index + 1])
      ) {
        prev.text = joinBroken(prev.text, piece.text);
        mergeBlocks(prev.block, piece.block);
        return;
      }
      if (
        (role === 'byline' || role === 'credit') &&
        !piece.block.blankBefore &&
        !/[）)]$/u.test(prev.text) &&
        role === 'byline' &&
        LEAD_BYLINE.test(prev.text)
      ) {
        prev.text = joinBroken(prev.text, piece.text);
        mergeBlocks(prev.block, piece.block);
        return;
      }
    }
    out.push({ text: piece.text, block: { ...piece.block, lines: [...piece.block.lines], widths: [...piece.block.widths] } });
  });
  // Rule `indent-starts-unit`: where indents are rare on a page of printed columns they mark where
  // an article starts; where most paragraphs are indented they mark paragraphs only.
  const indented = pieces.filter((piece) => piece.block.indent && piece.block.role === 'body').length;
  const indentsMarkUnits = indented <= Math.max(SETTINGS.segment.indentUnitMinimum, SETTINGS.segment.indentUnitShare * pieces.length);
  markSignals(out, profile.longLines || !indentsMarkUnits);
  for (const piece of out) if (piece.block.role === 'body' && !piece.block.startSignal && breaks.has(piece.block.lines[0]!)) piece.block.startSignal = 'edit';
  tree.children = out.map(toNode);
  return tree;
}

/** Whether the page's headlines clearly stand before their bodies ({@link votePosition}): rule `decks-over-lead`. */
function headlinesStandBefore(pieces: readonly Piece[]): boolean {
  const votes = votePosition(
    pieces.map((piece) => ({ kind: piece.block.role === 'heading' ? 'heading' : piece.block.role === 'body' ? 'body' : 'other', text: piece.text })),
  );
  return votes.before >= 2 * votes.after + 2;
}

/** A closing line ends its stretch of text; a closing credit broken over lines ends with its last piece only. */
function closesStretch(line: Piece): boolean {
  const rule = line.block.rule as LineRule;
  return CLOSING_LINE_RULES.has(rule) && (rule !== 'closing-credit-broken' || /[）)]$/u.test(line.text.trim()));
}

/** A sign-off (`——编  者`) stands on a line of its own under the note it signs: never joined to its last paragraph. */
function isSignOff(piece: Piece): boolean {
  // (So is a court report's case number: `…准予保釋。` / `STCC2011/2023` is no paragraph's last words.)
  return piece.block.rule === 'closing-signature' || piece.block.rule === 'case-number' || piece.block.rule === 'end-mark-line';
}

function startsUnit(piece: Piece, longLines: boolean): boolean {
  return LEAD_BYLINE.test(piece.text) || CONTINUATION.test(piece.text) || (!longLines && piece.block.indent);
}

/** A line that is one quotation, its marks and all: `“给小车过海当好‘导游’”`, `「有新嘢樂意畀我哋試」`. */
const WHOLE_QUOTATION = /^(?:“[^“”]+”|「[^「」]+」|『[^『』]+』)$/u;

/** A head line ending on a person's role or on a profile's word (`…全国人大代表`, `最美奋斗者`, `追记援藏干部`): a name goes on from it. */
const PERSON_ROLE_END = bothScripts(
  /(?:代表|委员|干部|书记|主任|局长|校长|院长|村长|队长|教师|老师|医生|护士|工人|农民|战士|英雄|模范|标兵|楷模|者|员|师|家|人|记|访)$/u,
);

/**
 * Whether heading line `next` goes on from heading line `prev` (one heading broken by the layout) rather than opening
 * a deck or a line of its own; `after` is the line under `next`, if any.
 */
function headingContinues(prev: Piece, next: Piece, after?: Piece): boolean {
  if (SUBTITLE.test(next.text)) return false;
  // (Lines of different type sizes are different decks, unless the one above is broken off mid-word or mid-quotation:
  // OCR measures a headline's short last line, `业链`, `人?”`, as smaller type than the line over it.)
  if (next.block.hashDepth !== prev.block.hashDepth && !opensQuotation(prev.text) && !wordAcross(prev.text, next.text)) return false;
  if (ORGANISATION.test(prev.text) && prev.block.lines.length === 1) return false;
  // A kicker ends on a dash that leads into the headline (`百度构建校企直通育人路径——`): two decks, not one broken line.
  if (/[—－-]{2}$/u.test(prev.text.trim())) return false;
  // A whole quotation on a line of its own under a line that leaves no quotation open is a deck of its own, the
  // headline a feature quotes (`国铁北京局…将超1.5万份` / `“让热乎的盒饭温暖旅客的心”`), not the rest of a broken line,
  // unless the line above leaves a phrase open for it (`潍柴：逆势增长背后的` / `“约法三章”`).
  // (Nor a line ending on a verb whose object the quotation is: `永昌县深入学习运用` / `“千万工程”`.)
  if (WHOLE_QUOTATION.test(next.text.trim()) && !opensQuotation(prev.text) && !LEAVES_PHRASE_OPEN.test(prev.text.trim()) && !endsOnVerb(prev.text))
    return false;
  if (/^[的了着地得之]/u.test(next.text)) return true;
  // Rule `author-under-head`: a name alone under a head line that leaves nothing open (`莫让风筝线变成伤人线（民生观）` /
  // `李祉瑶`) is its author's line, not the headline's last word. (Not under a line ending on a verb: the name is its
  // object. Not where a reporter's line follows the name, `专访全国人大代表` / `钟秀玲` / `本报记者 王磊`: the name is the
  // one the headline is about, and the author is signed under it; nor under a head ending on a person's role,
  // `最美奋斗者` / `黄文秀`.)
  if (
    after?.block.role !== 'byline' &&
    !PERSON_ROLE_END.test(prev.text.trim()) &&
    [...next.text.trim()].length <= SETTINGS.segment.authorNameChars &&
    // (A name with a common surname, or one of three characters or more: two unknown characters are as often a word
    // cut short, `…珍品亮相` / `国博`.)
    (isNameLine(next.text) || [...next.text.trim()].length >= SETTINGS.segment.authorNameMinChars) &&
    isNamesRun(next.text) &&
    !LEAVES_PHRASE_OPEN.test(prev.text.trim()) &&
    !endsOnVerb(prev.text) &&
    !opensQuotation(prev.text) &&
    !wordAcross(prev.text, next.text)
  )
    return false;
  const prevWidth = prev.block.widths.reduce((most, width) => Math.max(most, width), 0);
  const nextWidth = next.block.widths[0] ?? 0;
  if (nextWidth > prevWidth * 1.6) return false;
  return true;
}

function markSignals(pieces: Piece[], longLines: boolean): void {
  pieces.forEach((piece, index) => {
    const block = piece.block;
    if (block.role !== 'body') return;
    block.startSignal = null;
    const continuation = CONTINUATION.exec(piece.text);
    // Rule `continued-to`, run into the next text: a marker sending the story before on (`（下转第二版）本报讯…`, an
    // extraction's line) ends that story; the line, marker and all (it stands in one place), opens the next.
    if (continuation && CONTINUED_TO.test(continuation[0]) && piece.text.slice(continuation[0].length).trim() !== '') {
      block.continuedTo = continuation[0];
      return;
    }
    // (A section label, `【曾经】`, is no lead, whatever brackets it wears; nor is a dispatch line closing a story, nor a
    // release's tagged picture caption, `【新聞局】行政長官…`.)
    const lead = block.rule === 'section-label' || block.rule === 'closing-dateline' || block.rule === 'tagged-caption' ? null : LEAD_BYLINE.exec(piece.text);
    if (lead && lead[0].trim() !== '') {
      block.leadByline = lead[0].trim();
      piece.text = piece.text.slice(lead[0].length);
      block.startSignal = 'lead-byline';
    } else if (continuation) {
      block.continuation = continuation[0];
      piece.text = piece.text.slice(continuation[0].length).trim();
      block.startSignal = 'continuation';
    } else if (!longLines && block.indent) {
      block.startSignal = 'indent';
    } else if (underWebTime(pieces, index)) {
      block.startSignal = 'web-time';
    }
  });
}

/**
 * Rule `web-time-starts`: text straight under a headline and a web copy's time (`降息1碼！…` / `2025.09.18  | 08:10`) opens
 * a story, as a lead does: sites set the time under each story's headline.
 */
function underWebTime(pieces: readonly Piece[], index: number): boolean {
  const time = pieces[index - 1];
  const head = pieces[index - 2];
  // (Not the last row of a schedule, a head over its time under another row's time.)
  const row = pieces[index - 3];
  if (row !== undefined && row.block.role === 'furniture' && isWebTime(row.text.trim())) return false;
  return (
    time !== undefined &&
    head !== undefined &&
    time.block.role === 'furniture' &&
    isWebTime(time.text.trim()) &&
    head.block.role === 'heading' &&
    readsAsStoryText(pieces[index]!.text)
  );
}

function toNode(piece: Piece): RootContent {
  const first = piece.block.lines[0]!;
  const last = piece.block.lines.at(-1)!;
  const position = { start: { line: first, column: 1 }, end: { line: last, column: 1 } };
  const children = [{ type: 'text' as const, value: piece.text }];
  if (piece.block.role === 'heading') {
    const heading: Heading = { type: 'heading', depth: 3, children, position, data: { block: piece.block } };
    return heading;
  }
  const paragraph: Paragraph = { type: 'paragraph', children, position, data: { block: piece.block } };
  return paragraph;
}

/** Options for {@link remarkReflow}. */
export interface ReflowOptions {
  /** Source lines where an editor says a new unit starts (a paragraph break is forced there). */
  readonly breaks?: ReadonlySet<number>;
}

/** remark plugin: reflow classified lines into paragraphs and headings ({@link reflowPage}). */
export const remarkReflow: Plugin<[ReflowOptions?], Root> = (options) => (tree, file) => {
  // The lines stand as they were classified unless `interleaved-blocks` moved some: then the profile is read again.
  reflowPage(tree, options?.breaks, file.data.interleaveMoves?.length ? undefined : file.data.lineProfile);
};
