import { toSimplified } from '../script/to-traditional.ts';
import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import {
  BRACKET_CREDIT_LINE,
  CREDIT_FIRST_CAPTION,
  CAPTION_CREDIT_END,
  CAPTION_TRAILING_CREDIT,
  CAPTION_SOURCE_END,
  CASE_NUMBER,
  HK_CASE_NUMBERS,
  SURNAMES,
  END_MARK_LINE,
  CLOSING_CREDIT,
  COLUMN_LABEL,
  CONTINUATION,
  CREDIT_LINE,
  DRAWING_CREDIT,
  FURNITURE_BOX,
  INDEX_BOX,
  LEAD_BYLINE,
  NUMBERED_SECTION,
  ORGANISATION,
  LABEL_VALUE,
  isReleaseField,
  isPublicationField,
  SECTION_IN_LINE,
  SECTION_NAME_LINE,
  CONTACT_FIELD_LINE,
  MARKED_BYLINE,
  MASTHEAD,
  PAGE_FURNITURE,
  PAGE_CREDITS,
  PICTURE_NOTE,
  SALUTATION,
  SERIES_LABEL,
  BRACKET_NAMES,
  WEB_COPY_END,
  WEB_READ_ON,
  WEB_COPY_META,
  WEB_PROMO,
  WEB_TIME_BAR_LINE,
  isWebTime,
  WEB_ADDRESS_LINE,
  FEED_ITEM_LABEL,
  COLUMN_TAG_LINE,
  HAS_WEB_ADDRESS,
  PAGE_HEAD_LINE,
  PAGE_NUMBER_LINE,
  STAFF_ROLE,
  REPORTER_LINE,
  SOURCE_CREDIT,
  COLUMN_TAGGED_HEADLINE,
  SECTION_LABEL,
  SECTION_LABEL_LINE,
  DATE_LINE,
  FIGURE_DATE_LINE,
  SIGNED_DATE_LINE,
  NAMES_DATE_LINE,
  EDITOR_SIGNED_END,
  hasSlashCredit,
  bothScripts,
  endsWithSourceCredit,
  SIGNATURE,
  DISPATCH_WORD,
  endsWithDispatch,
  LEAVES_PHRASE_OPEN,
  endsWithReporter,
  SENDER_GREETING,
  SOURCE_NOTE,
  SUBTITLE,
  isNameLine,
  PHOTO_IS,
} from './patterns.ts';
import { CLAUSE_END, charsOf, columnShare, endsSentence, median, opensQuotation } from './text-utils.ts';
import { SETTINGS } from './settings.ts';
import { deckGrammar, endsOnVerb, endsWithBracketNames, isNamesRun, wordAcross } from './headline-grammar.ts';
import { isLongLines } from './text-profile.ts';
import type { BlockData, BlockRole } from './types.ts';

/** Layout facts measured over a whole page. */
export interface PageProfile {
  /** Most lines hold a whole paragraph (web-style extraction) rather than a printed column line. */
  readonly longLines: boolean;
  /** Estimated column width around each line, parallel to the input lines. */
  readonly localWidths: readonly number[];
  /**
   * One paragraph per line, and the paragraphs are indented (`　　…`) while heads, bylines and
   * standfirsts are not: indentation tells body from head (rules `indented-paragraph`, `unindented-head`).
   */
  readonly indentedParagraphs: boolean;
  /** The white-space character nearly every indented paragraph opens with (`\u3000`), or null where they differ. */
  readonly paragraphIndentChar: string | null;
  /**
   * Blank lines separate blocks here: some lines have one before them, but not nearly all (a double-spaced
   * extraction's blank lines, and a page with none, say nothing).
   */
  readonly blankLinesMean: boolean;
  /**
   * Rule `blank-line-head`: where every line is a paragraph, the page sets a blank line before each story and nowhere
   * else (a dump of transcripts, 新闻联播 items one after another): its blocks open with a headline or a news lead.
   */
  readonly blankLineHeads: boolean;
}

interface Line {
  readonly text: string;
  readonly block: BlockData;
}

/** Scratch space for {@link p70}: a window holds at most six widths. */
const sorted = new Float64Array(6);

/**
 * 70th percentile of `widths[start..end)` (at most six values), or undefined for fewer than three.
 * Every line asks for two of these, so the window is sorted in scratch space (insertion sort)
 * rather than as a fresh slice.
 */
function p70(widths: readonly number[], start: number, end: number): number | undefined {
  const n = end - start;
  if (n < 3) return undefined;
  for (let i = 0; i < n; i++) {
    const value = widths[start + i]!;
    let j = i;
    for (; j > 0 && sorted[j - 1]! > value; j--) sorted[j] = sorted[j - 1]!;
    sorted[j] = value;
  }
  return sorted[Math.floor(n * 0.7)];
}

/**
 * Measure a page: are lines whole paragraphs or printed column lines, and how wide is
 * the column around each line (median of the twelve neighbouring lines)?
 */
export function profilePage(lines: readonly Line[]): PageProfile {
  const widths = lines.map((line) => line.block.widths[0] ?? 0);
  // The page's banner at its top (`人民日报`, `2025年7月8日 星期二 第5版`) is no column: a column's width is
  // measured without it, so the first headline is short against the column, not against the banner.
  const banner = bannerLines(lines);
  const columnWidths = widths.slice(banner);
  // The column can change width mid-page (a photo ends, a new article starts): measure each
  // side separately and take the narrower, so a short line is only short against its own column.
  const localWidths = widths.map((width, index) => {
    const at = Math.max(0, index - banner);
    const before = index < banner ? undefined : p70(columnWidths, Math.max(0, at - 6), at);
    const after = p70(columnWidths, index < banner ? 0 : at + 1, Math.min(columnWidths.length, at + 7));
    return Math.min(before ?? after ?? width, after ?? before ?? width);
  });
  // Web-style extraction gives one paragraph per line, so most text lines end a sentence;
  // printed columns break lines anywhere, so most do not.
  const textLines = lines.filter((line) => (line.block.widths[0] ?? 0) >= 10);
  const sentenceEnds = textLines.filter((line) => endsSentence(line.text)).length / Math.max(1, textLines.length);
  const longLines = isLongLines(median(widths), sentenceEnds, columnShare(widths));
  // (Blank lines over the page's first line set nothing apart.)
  const blankCount = lines.filter((line, index) => index > 0 && line.block.blankBefore).length;
  const blankLinesMean = blankCount > 0 && blankCount / Math.max(1, lines.length) < SETTINGS.segment.blankLinesMeanShare;
  return {
    longLines,
    localWidths,
    indentedParagraphs: longLines && indentsMarkParagraphs(lines),
    paragraphIndentChar: longLines ? paragraphIndentChar(lines) : null,
    blankLinesMean,
    blankLineHeads: blankLinesMean && (longLines ? blocksOpenWithHeads(lines) : columnBlocksOpenWithHeads(lines)),
  };
}

/** The page's runs of lines between blank lines. */
function blocksBetweenBlanks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  for (const line of lines) {
    if (blocks.length === 0 || line.block.blankBefore) blocks.push([]);
    blocks.at(-1)!.push(line);
  }
  return blocks;
}

/**
 * Whether the page's blank lines set off stories ({@link PageProfile.blankLineHeads}): at least
 * `segment.blankHeadBlocks` blocks of two lines or more, and `segment.blankHeadShare` of all its blocks such a block
 * opening with a line that ends no sentence (a headline, or a page's date over the first) or with a news lead. Blank
 * lines between a story's paragraphs make blocks that open with a paragraph's sentence, and the page is not read so.
 */
function blocksOpenWithHeads(lines: readonly Line[]): boolean {
  const blocks = blocksBetweenBlanks(lines);
  if (blocks.filter((block) => block.length >= 2).length < SETTINGS.segment.blankHeadBlocks) return false;
  // (Every block counts: one paragraph alone between blanks opens with a sentence.)
  const opened = blocks.filter((block) => block.length >= 2 && (!endsSentence(block[0]!.text) || LEAD_BYLINE.test(block[0]!.text)));
  return opened.length >= SETTINGS.segment.blankHeadShare * blocks.length;
}

/**
 * {@link blocksOpenWithHeads} for printed columns, where every line but a paragraph's last ends no sentence: at least
 * `segment.blankHeadBlocks` blocks of two lines or more, and `segment.blankHeadShare` of the blocks after the first
 * opening, after a sentence's end, with a line that ends no sentence or clause and holds no comma (a headline as a PDF
 * of stories run one after another sets it). Where blank lines fall where a column breaks off, mid-sentence, or before a
 * paragraph's first line, the page is not read so.
 */
function columnBlocksOpenWithHeads(lines: readonly Line[]): boolean {
  const blocks = blocksBetweenBlanks(lines);
  if (blocks.filter((block) => block.length >= 2).length < SETTINGS.segment.blankHeadBlocks) return false;
  const headed = blocks.slice(1).filter((block, k) => {
    const first = block[0]!.text.trim();
    // (Nor a paragraph's first line whose last word runs on into the next, `…带着记者走` / `进菜园`.)
    return (
      block.length >= 2 &&
      endsSentence(blocks[k]!.at(-1)!.text) &&
      !endsSentence(first) &&
      !CLAUSE_END.test(first) &&
      !/[，,；;]/u.test(first) &&
      !wordAcross(first, block[1]!.text.trim())
    );
  });
  return headed.length >= SETTINGS.segment.blankHeadShare * (blocks.length - 1);
}

/** A notice's name: a correction or a note to an earlier item (`更正`, `补充说明`), its text a paragraph under it. */
const NOTICE_BOX = bothScripts(/^(?:更正|补充说明|更正启事|更正说明|启事)$/u);

/** A weather forecast box's name: `明天气象预报（１月２３日２０时—…）`, `天气预报`. */
const FORECAST_BOX = bothScripts(/^(?:明天|明日|今天|今日)?(?:气象|天气)预报/u);

/**
 * Rule `furniture-box`, after the box's name: whether the line at `index` goes on the box above it. Short rows go on
 * under the box's name or under rows, not after a paragraph of its text (a headline may follow that); a notice's text is
 * the paragraph under its name (`补充说明` / `1月5日本版…示意图由…提供。`); a forecast box takes a whole sentence under its
 * name or a label (`天气趋势分析` / `据中央气象台提供的信息：…。`).
 */
function boxGoesOn(lines: readonly Line[], rules: readonly LineRule[], leads: readonly boolean[], index: number): boolean {
  const { text } = lines[index]!;
  const above = lines[index - 1]!.text.trim();
  const underName = FURNITURE_BOX.test(above);
  // (An index of the page's headlines is over at the first headline over its story: a line with text under it that is
  // no row, or a row of headline length that comes again.)
  if (INDEX_BOX.test(boxHead(lines, rules, index - 1))) {
    const under = lines[index + 1]?.text;
    if (under !== undefined && under.trim() !== '' && !isBoxRow(under)) return false;
    if ([...text.trim()].length >= SETTINGS.segment.indexRepeatChars && boxRows(lines, rules, index - 1).includes(text.trim())) return false;
  }
  if (isBoxRow(text)) return underName || isBoxRow(above);
  if (underName && NOTICE_BOX.test(above)) return true;
  return !leads[index] && endsSentence(text) && (underName || isBoxRow(above)) && FORECAST_BOX.test(boxHead(lines, rules, index - 1));
}

/** The rows of the box the line at `index` belongs to, so far (trimmed). */
function boxRows(lines: readonly Line[], rules: readonly LineRule[], index: number): string[] {
  const rows: string[] = [];
  for (let k = index; k > 0 && rules[k] === 'furniture-box' && rules[k - 1] === 'furniture-box'; k--) rows.push(lines[k]!.text.trim());
  return rows;
}

/** The name of the box the line at `index` is a row of (the first line of its run of `furniture-box` lines). */
function boxHead(lines: readonly Line[], rules: readonly LineRule[], index: number): string {
  let top = index;
  while (top > 0 && rules[top - 1] === 'furniture-box') top--;
  return lines[top]!.text.trim();
}

/** A staff role with no name after it: `新华社记者`, `本报记者`, `本報特約記者`. */
const STAFF_ROLE_ALONE = new RegExp(`${STAFF_ROLE.source}$`, 'u');

/**
 * `closing-dateline`: whether the line at `index` stands after a story's last sentence with nothing of the story after
 * it: the page ends, or a line follows that is short and ends no sentence (a headline).
 */
function closesStory(lines: readonly Line[], index: number, prevRole: BlockRole | undefined): boolean {
  const prev = lines[index - 1];
  if (prevRole !== 'body' || !prev || !endsSentence(prev.text)) return false;
  const next = lines[index + 1];
  if (next === undefined) return true;
  // (Not over its own story's reporters or title line: `记者 李四 王五`, `题：花城五月天`.)
  const text = next.text.trim();
  if (REPORTER_LINE.test(text) || STAFF_ROLE_ALONE.test(text) || /^[题題][:：]/u.test(text)) return false;
  return (next.block.widths[0] ?? 0) <= SETTINGS.segment.closingDatelineNextChars && !endsSentence(next.text);
}

/** A section's number alone on a line: `1`, `２`, `三`. */
const SECTION_NUMBER = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})$/u;

/**
 * A banner line as OCR reads it, its gaps back as spaces: OCR takes the wide space between a banner's parts for a
 * quote mark or a bar (`第19版”党建`, `2025年5月13日”星期二`).
 */
const bannerText = (text: string) =>
  text
    .replace(/[”“"'｜|丨]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** A section's name in the banner: `党建`, `评论`, with its part after a slash (`港聞／法庭`). */
const SECTION_NAME = /^[\p{Script=Han}·\s]{2,6}(?:[／/][\p{Script=Han}·\s]{2,6})?$/u;

/** How many lines at the page's top are its banner: the paper's name, a page or section line, a date line. */
function bannerLines(lines: readonly Line[]): number {
  const isBanner = (index: number) => {
    const text = lines[index]?.text.trim() ?? '';
    const gapped = bannerText(text);
    return (
      MASTHEAD.test(text) ||
      PAGE_FURNITURE.test(text) ||
      PAGE_HEAD_LINE.test(text) ||
      DATE_LINE.test(text) ||
      PAGE_HEAD_LINE.test(gapped) ||
      PAGE_FURNITURE.test(gapped)
    );
  };
  let count = 0;
  // (A section's name between two banner lines, or over the masthead at the page's top, is part of the banner, as rule
  // `banner-section` reads it.)
  while (count < Math.min(lines.length, BANNER_LINES) && (isBanner(count) || (SECTION_NAME.test(lines[count]!.text.trim()) && isBanner(count + 1)))) count++;
  return count;
}

/** Rule behind {@link PageProfile.indentedParagraphs}: nearly every wide line is indented, and some line is not. */
/** The character nearly every wide indented line opens with (`segment.indentStyleShare` of them), or null. */
function paragraphIndentChar(lines: readonly Line[]): string | null {
  const chars = lines
    .filter((line) => line.block.indent && (line.block.widths[0] ?? 0) >= SETTINGS.segment.indentStyleWidth)
    .map((line) => line.block.indentChar);
  const counts = new Map<string | undefined, number>();
  for (const char of chars) counts.set(char, (counts.get(char) ?? 0) + 1);
  const [char, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  return char !== undefined && count >= SETTINGS.segment.indentStyleShare * chars.length && chars.length >= SETTINGS.segment.indentStyleMinimum ? char : null;
}

function indentsMarkParagraphs(lines: readonly Line[]): boolean {
  const { indentStyleShare, indentStyleWidth, indentStyleMinimum } = SETTINGS.segment;
  const wide = lines.filter((line) => (line.block.widths[0] ?? 0) >= indentStyleWidth);
  const indented = wide.filter((line) => line.block.indent).length;
  const unindented = lines.some((line) => !line.block.indent && line.text.trim() !== '');
  return unindented && indented >= indentStyleMinimum && indented >= indentStyleShare * wide.length;
}

/**
 * Rule `head-over-lost-indent`: in printed columns an extraction drops the indent of a paragraph's first line, which
 * then stops a couple of characters short of the column (`作为一名乡村科技特派` under `“授鱼”更“授渔”`), and runs on in a
 * full line. A line like that is a paragraph's first line: a "heading" straight over it is a head, not the first line
 * of a paragraph (no paragraph has two first lines).
 */
function lostIndent(lines: readonly Line[], rules: readonly string[], index: number, profile: PageProfile): boolean {
  const line = lines[index];
  const after = lines[index + 1];
  // (Not over a line that opens a paragraph itself: an indented line, a news lead: the line after must be plain body.)
  if (!line || !after || after.block.blankBefore || after.block.indent || rules[index + 1] !== 'body' || endsSentence(line.text)) return false;
  const local = profile.localWidths[index]!;
  const width = line.block.widths[0] ?? 0;
  const { lostIndentMin, lostIndentMax } = SETTINGS.segment;
  return local - width >= lostIndentMin && local - width <= lostIndentMax && (after.block.widths[0] ?? 0) >= local - 1;
}

/** A tag in 【】 opening a line with text after it: `【有線新聞】行政長官…`. */
const OPENING_TAG = /^【([^【】]{2,12})】\S/u;
/** A news outlet's word in a tag or a name (`有線新聞`, `澳門電台`, `星島日報`), which a series' label (`街坊好去處`), a speaker (`主持人`) or a place (`大埔`) lacks. */
const OUTLET_WORD = bothScripts(/新闻|电视|电台|广播|日报|晚报|早报|时报|商报|快报|通讯社|媒体|TV/u);
/** Whether the tag opening a line is a news outlet's that opens at least `segment.leadTagLines` lines of the page. */
const outletTag = (tag: string | undefined, openingTags: ReadonlyMap<string, number>) =>
  tag !== undefined && OUTLET_WORD.test(tag) && (openingTags.get(tag) ?? 0) >= SETTINGS.segment.leadTagLines;

/** `【貓食貓】恐怖動物之家`: a tag in 【】 with no dispatch word, then a short head with no sentence in it. */
function isTaggedHead(text: string): boolean {
  const match = /^【([^【】]{2,12})】(.+)$/u.exec(text.trim());
  if (!match || DISPATCH_WORD.test(match[1]!) || SECTION_LABEL.test(match[1]!)) return false;
  const rest = match[2]!.trim();
  return [...rest].length <= 20 && !endsSentence(rest) && !/[，,。；;：:]/u.test(rest);
}

/** A graphic's title: `吊車肇事示意圖`, `昂坪360路線圖`, `歷年數字一覽`, `資料圖` (short, naming a kind of graphic at its end). */
// (And a stock chart's: `南僑日 K 線圖`, `台積電周K線圖`.)
const GRAPHIC_TITLE = bothScripts(/^.{0,16}(?:示意图|路线图|线路图|位置图|分布图|流程图|走势图|[日周月年]\s*K\s*线图|一览表?|资料图|图表)$/u);
/**
 * A chart's title with its source in brackets (`美股巴菲特指標變化 (來源: advisorperspectives)`): a graphic's title too, but
 * only inside a story's text (body before it, no lead after it): a reposted headline says where it came from the same way,
 * `国务院常务会议部署稳就业举措（来源：新华社）`.
 */
const CHART_SOURCE_TITLE = bothScripts(/^\S.{1,23}\s*[（(]\s*(?:资料|数据)?来源\s*[:：][^（）()]{1,40}[）)]$/u);

/** How a graphic's title ends ({@link GRAPHIC_TITLE}), asked first: the pattern is slow on lines that cannot match it. */
const GRAPHIC_END = /[图圖表览覽）)]$/u;

/** A cry inside someone's words, an exclamation after a particle: `武汉加油！`, `故乡啊！`, `太心痛了！`. */
const CRY_MARK = /(?:啊|呀|吧|哪|哇|啦|了|喔|呢|加油)[!！]/u;

/** Two phrases set apart by a space, as decks printed on one line are. */
export const DECK_SPACE = /\p{Script=Han}[”’」]?[ \u3000][“‘「]?\p{Script=Han}/u;
/** The same, where a phrase may end on an exclamation or a straight quote (`悲劇! 為了1300元`, `"ATM不能取消訂單!" 警助…`): `exclaimed-decks` only. */
const EXCLAIMED_DECK_SPACE = /[\p{Script=Han}!！"][”’」"]?[ \u3000][“‘「"]?\p{Script=Han}/u;

/** A row of three or more stars, asterisks or dots alone on a line: a break inside a story's text. */
const SECTION_BREAK = /^(?:[*＊※☆★·•◆◇●○][\s\u3000]*){3,}$/u;

/** A label in 【】 alone on a line: `【曾经】`, `【生意招數】`, `【本報訊】`. */
const BRACKET_LABEL = /^【[^【】]{1,12}】$/u;

/**
 * Rule `feed-tag-repeat`: a column tag alone (`【大美中国】`) under the feed item title that carries it
 * (`01版头版 - 【大美中国】假日时光`), with only page furniture (the item's date line) between.
 */
function isFeedTagRepeat(lines: readonly Line[], roles: readonly BlockRole[], index: number): boolean {
  const text = lines[index]!.text.trim();
  if (!COLUMN_TAG_LINE.test(text)) return false;
  for (let above = index - 1; above >= 0 && index - above <= SETTINGS.segment.feedTagLines; above--) {
    if (roles[above] === 'furniture') continue;
    return roles[above] === 'heading' && FEED_ITEM_LABEL.exec(lines[above]!.text.trim())?.[1] === text.slice(1, -1);
  }
  return false;
}

/** A time between a line that could be a head (no sentence or lead-in ends it; no time over it) and a story's first paragraph. */
function underHeadOverText(lines: readonly Line[], index: number): boolean {
  const above = lines[index - 1]?.text.trim();
  const next = lines[index + 1];
  if (above === undefined || next === undefined || endsSentence(above) || /[:：]$/u.test(above)) return false;
  if (index >= 2 && isWebTime(lines[index - 2]!.text.trim())) return false;
  return readsAsStoryText(next.text);
}

/**
 * Text that reads as a story's first paragraph under a web copy's time (`headline-over-time`, `web-time-starts`): a sentence,
 * or wider than any head; not a schedule's or a score table's next row.
 */
export function readsAsStoryText(text: string): boolean {
  const trimmed = text.trim();
  return endsSentence(trimmed) || charsOf(trimmed) > SETTINGS.segment.leadDeckChars;
}

/** A chart's or a table's title (`图表：2024年全县主要经济指标`, `表1：…`): no headline a release's fields sign (nor is a box's label, `相关链接`, {@link SECTION_LABEL}, nor a caption). */
const CHART_TITLE = bothScripts(/^(?:图表|表|图)\s*\d*\s*[：:]/u);

/** A line of a release's fields ({@link isPublicationField}); not a site's time with its source (`来源：人民网－人民日报  2020年01月01日05:39`), `web-copy-meta`'s furniture. */
const isFieldLine = (text: string) => !WEB_COPY_META.test(text) && isPublicationField(text);

/** Story text starts at line `at`: it reads as a paragraph ({@link readsAsStoryText}) or, in printed columns, runs to its column's width. */
function startsStoryText(lines: readonly Line[], at: number, profile: PageProfile): boolean {
  const line = lines[at]!;
  return readsAsStoryText(line.text) || (!profile.longLines && (line.block.widths[0] ?? 0) >= (profile.localWidths[at] ?? 0) - 1);
}

/** A release's fields that sign a story: the line of its headline (`head`) and the fields' lines from `start` to `end` (not included), a site's furniture among them. */
interface FieldsRun {
  head: number;
  start: number;
  end: number;
}

/**
 * Rules `release-fields` and `headline-over-fields`: a press release's or a site copy's publication fields under its
 * headline (`發稿單位：社會局` / `發稿時間：114年3月7日` / `聯絡電話：06-6322231`, `发布时间：…  来源：…`) sign the story:
 * they are its head's, never its headline or its text, and the line straight over them that ends no sentence and is no
 * wider than a head is the story's headline, whatever it held (`「愛‧無限」接住每個孩子 臺南市中輟預防績效亮眼 全國表揚`).
 * Contact fields stand among them (first, too: `聯絡人：…` / `聯絡電話：…` / `發稿單位：…`), and a site's type-size
 * switch. Only over story text (a paragraph, or a lead-in ending on a colon, `…现将有关事项公告如下：`): a data box's
 * source under its rows (`年份：06年` / `資料來源：衞生署`) signs no story; nor under a chart's title, a link label or a
 * caption (`图表：…` / `来源：县统计局`, `圖為…（工務局提供）` / `發稿單位：…`).
 * The run of such fields whose first publication field is line `index`, or `undefined` where none signs a story there.
 */
function releaseFieldsAt(
  lines: readonly Line[],
  index: number,
  roles: readonly BlockRole[],
  rules: readonly LineRule[],
  leads: readonly boolean[],
  profile: PageProfile,
): FieldsRun | undefined {
  const text = (at: number) => lines[at]!.text.trim();
  const meta = (at: number) => WEB_COPY_META.test(text(at));
  if (meta(index) || !isReleaseField(text(index)) || leads[index]) return undefined;
  let start = index;
  while (start > 0 && !meta(start - 1) && CONTACT_FIELD_LINE.test(text(start - 1)) && !leads[start - 1]) start--;
  let end = index + 1;
  while (end < lines.length && ((isFieldLine(text(end)) && !leads[end]) || meta(end))) end++;
  // (Fields at the page's top, contact fields first, `聯絡電話：…` / `發稿單位：…`, have no line over them to sign.)
  if (start === 0) return undefined;
  const overText =
    end < lines.length &&
    (startsStoryText(lines, end, profile) || (/[:：]$/u.test(text(end)) && charsOf(lines[end]!.text) >= SETTINGS.segment.fieldsLeadInChars));
  const head = start - 1;
  const above = text(head);
  const headShaped =
    !leads[head] &&
    !endsSentence(above) &&
    !/[:：]$/u.test(above) &&
    charsOf(above) <= SETTINGS.segment.leadDeckChars &&
    !isFieldLine(above) &&
    rules[head] !== 'caption-line' &&
    !PHOTO_IS.test(above) &&
    !CAPTION_CREDIT_END.test(above) &&
    !CHART_TITLE.test(above) &&
    !SECTION_LABEL.test(above);
  return overText && headShaped && (roles[head] === 'body' || roles[head] === 'heading') ? { head, start, end } : undefined;
}

/** Mark each run of a release's fields that signs a story ({@link releaseFieldsAt}): the fields `byline`, the line over them, if read as text, `heading`. */
function markReleaseFields(lines: readonly Line[], roles: BlockRole[], rules: LineRule[], leads: readonly boolean[], profile: PageProfile): void {
  for (let index = 1; index < lines.length; index++) {
    const run = releaseFieldsAt(lines, index, roles, rules, leads, profile);
    if (run === undefined) continue;
    if (roles[run.head] === 'body') [roles[run.head], rules[run.head]] = ['heading', 'headline-over-fields'];
    // (A site's furniture among the fields, `【字号：大 中 小】`, stays furniture.)
    for (let at = run.start; at < run.end; at++) if (isFieldLine(lines[at]!.text.trim())) [roles[at], rules[at]] = ['byline', 'release-fields'];
    index = run.end - 1;
  }
}

/** A notice's particular, a label and its value: `地點：…`, `报名时间：…`, `查詢電話：…` (not a speaker and what they said). */
const NOTICE_DETAIL = bothScripts(
  /^(?:活动|报名|截止|开放|开幕|展览|演出|比赛|讲座)?(?:日期|时间|地点|地址|对象|费用|名额|方式|内容|形式)\s*[:：]|^(?:主办|协办|承办|指导)(?:单位|机构)?\s*[:：]|^(?:咨询|查询|报名)?(?:电话|热线|网址)\s*[:：]/u,
);
/** A whole line in quotation marks that ends on a question inside them: `“洗衣机又罢工了，快帮俺瞅瞅到底咋回事？”`. */
function isQuotedQuestion(text: string): boolean {
  return /^[“「].*[？?][”」]$/u.test(text.trim());
}

/** A head that names a speaker and gives their words: `國際特赦組織：不受控警員以報復心態對待示威者`. */
// (Who speaks is named in three characters or more, and what they said runs to 8 or more and opens on a word: a fact
// box's rows, `面积：622984平方公里`, `语言：官方语言为法语，通用桑戈语`, are no heads.)
export const SPEAKER_HEAD = /^[^：:，,。！？!?「」“”]{3,14}[：:][「“]?\p{Script=Han}[^：:。！？!?]{7,}$/u;
/**
 * Someone quoted inside a story, not a head's speaker: a speech verb before the colon (`王大姐说：`), a person addressed
 * by kin or courtesy (`李女士：`), or an unnamed member of the public (`市民李女士：`, `一位村民：`).
 */
const QUOTED_SPEAKER =
  /(?:说|說|表示|问|問|称|稱|指出|强调|強調|认为|認為|介绍|介紹|告诉记者|告訴記者|坦言|直言|笑言|感叹|感嘆|先生|女士|小姐|大爷|大爺|大姐|大妈|大媽|阿姨|师傅|師傅)[：:]|^(?:市民|村民|居民|网友|網友|游客|遊客|家长|家長|学生|學生|群众|群眾|一位|一名|有人|有的|记者|記者)/u;

function isHeadingShaped(text: string, width: number, localWidth: number, profile: PageProfile): boolean {
  // Rule `exclaimed-decks` (pages of whole paragraphs): a short line in phrases apart by spaces is a headline even where
  // it exclaims, as television and web news set theirs (`悲劇! 為了1300元 泰籍移工將同事刺死`, `無照酒駕又逆向 少女1死1重傷!`):
  // no paragraph is that short and set apart in phrases.
  // (In printed columns too where the line is set across columns, wider than its column: no line of text is, and none
  // sets its phrases apart by a space.)
  if (
    (profile.longLines || width >= localWidth * SETTINGS.segment.wideHeadingRatio || width <= localWidth - SETTINGS.segment.exclaimedDeckShortChars) &&
    width <= SETTINGS.segment.exclaimedDecksChars &&
    !/[。，,]/u.test(text) &&
    EXCLAIMED_DECK_SPACE.test(text) &&
    // (Past 30 characters, not a cry someone posted: `太心痛了！辛苦一整年的文旦幾乎全部掉光 今年…`.)
    !(width > 30 && CRY_MARK.test(text)) &&
    // (Not someone speaking: a quotation standing alone or after its speaker, `民眾：「快點! 東西快被買光了!」`, or slogans that
    // each exclaim, `香港回归祖国万岁！ 中华人民共和国万岁！`.)
    !(/[：:]\s*[「“"].*[」”"]$/u.test(text.trim()) || /^[「“"].*[」”"]$/u.test(text.trim()) || (text.match(/[!！]/gu) ?? []).length > 1)
  )
    return true;
  // (The same without the space, where the line ends on a word, as no paragraph ends: `花蓮拆屋損鄰！水泥塊砸破民宅屋頂、陽台及玻璃`.)
  if (
    (profile.longLines || width >= 2 * localWidth) &&
    width <= SETTINGS.segment.exclaimedDecksChars &&
    !/[。，,]/u.test(text) &&
    !/^[「“"]/u.test(text.trim()) &&
    /^[^!！]+[!！][^!！]+$/u.test(text.trim()) &&
    // (Not a cry inside the text: `武汉加油！中国加油`, `故乡啊！我回来了`.)
    !CRY_MARK.test(text) &&
    !/[!！][」”"]/u.test(text) &&
    /[\p{Script=Han}A-Za-z0-9）)》」”]$/u.test(text.trim())
  )
    return true;
  if (text.includes('。') || /[！!]/u.test(text.slice(0, -1))) return false;
  if (/[:：]$/u.test(text)) return width <= 12;
  if (CLAUSE_END.test(text)) return false;
  const comma = /[，,]/u.test(text);
  // A quotation standing alone is a heading (`“就想勤勤恳恳,踏踏实实做点事”`), commas and all; so are decks
  // joined by spaces (`俄烏戰火，燒出原物料漲價潮 成本漲翻 食品廠譜驚魂記`): no paragraph sets phrases apart with spaces.
  // And a headline ending with its column's name (`敢拼搏、不服输，让爱无碍（聚焦残特奥会）`).
  // (Where every line is a paragraph, a head in phrases set apart by spaces, no comma in it, may run longer: a release's
  // `副總統接見經濟學獎得主埃里克·馬斯金　盼強化臺灣國際學術連結　回應全球變局與政策挑戰`.)
  if (profile.longLines && !comma && DECK_SPACE.test(text) && width <= SETTINGS.segment.spacedHeadChars) return true;
  if (profile.longLines)
    return (
      width <= 40 &&
      // (A quotation that ends on a question inside its quotes is someone speaking: `“洗衣机又罢工了，快帮俺瞅瞅到底咋回事？”`.)
      (!comma ||
        (/^[“「]/u.test(text) && /[”」]$/u.test(text) && !isQuotedQuestion(text) && width <= 30) ||
        DECK_SPACE.test(text) ||
        COLUMN_TAGGED_HEADLINE.test(text) ||
        // (A speaker and what they said, as web and Hong Kong heads run: `蔡英文：北京港府該回應港人的不是子彈，而是對民主自由承諾`;
        // a paragraph that quotes someone ends on its full stop or its closing quote.)
        (SPEAKER_HEAD.test(text.trim()) && !QUOTED_SPEAKER.test(text.trim()) && /[\p{Script=Han}A-Za-z0-9]$/u.test(text.trim())))
    );
  // A headline signed with its column's name (`精细的背后是温度（金台潮声）`) may be as wide as its column or wider.
  if (COLUMN_TAGGED_HEADLINE.test(text) && !comma && width <= localWidth + 8) return true;
  // Two phrases set apart by a space are a headline (`千名干部联千企 党建引领促发展`), never body text.
  if (DECK_SPACE.test(text) && !comma && width <= localWidth + 8) return true;
  if (width >= localWidth + 3) return true;
  // A paragraph's first line is about two characters short (its indent was lost), so a
  // heading must be clearly shorter than that.
  return comma ? width <= Math.min(localWidth - 3, localWidth * 0.8) : width <= localWidth - 3;
}

/**
 * Give every line of a page a role from its shape and its neighbours:
 * byline, photo credit, continuation marker, heading (headline, subtitle, section, label) or body.
 *
 * @example
 * classifyLines(['一、案例背景', '东北师范大学谢海明教授团队多年从事锂离子电池研发，']) // → ['heading', 'body']
 */
export function classifyLines(lines: readonly Line[], profile: PageProfile = profilePage(lines)): BlockRole[] {
  return explainLines(lines, profile).map((entry) => entry.role);
}

/**
 * The rules that give a line its role, in the order they are tried; the first that holds decides.
 * Each id names one printed convention; `--explain` prints it beside the line.
 */
export const LINE_RULES = {
  'continuation-marker': 'a continuation marker alone on its line: （上接第一版）',
  'section-break': 'a row of stars or dots alone (***, ※ ※ ※): a break inside a story, text, never a head',
  'page-furniture': 'a page number, or a dateline naming the page: 1946年5月15日 人民日报 第2版',
  masthead: "a paper's name alone in the first lines of a page: 人 民 日 报",
  'banner-section': "a short name between two parts of the page's banner at its top (人民日报 / 党建 / 2025年12月16日 第18版): the page's section",
  'feed-tag-repeat': "under a feed item's title (`01版头版 - 【大美中国】假日时光`), its column tag printed again alone (`【大美中国】`) is part of the head",
  'headline-over-time':
    "the line straight over a web copy's time (2025.09.18 | 08:10) that ends no sentence is its story's headline (in printed columns, a head of headline length standing after a break, over a story's text)",
  'web-promo':
    "a feed's or site's promotion, a short label asking the reader to go for more and web addresses, alone on a line (获取更多RSS：https://…): furniture, never a head",
  'web-address': 'a short label and web addresses alone on a line (完整提名名單：https://…): text of its story, never a head',
  'page-credits': "the page's staff credits or a column's letters address alone on a line (本版责编：…, 栏目投稿邮箱：…@…): furniture",
  'web-copy-meta':
    "a news site's time and source under a headline, or its share and print links (2020年01月01日05:39  来源：人民网－人民日报, 分享到：): furniture",
  'web-copy-end':
    "a web copy's closing lines, the printed paper's citation and the web editor (《 人民日报 》（ 2020年01月01日 04 版）, （责编：王静）): the last lines of its story",
  'web-read-on': "a news site's prompt to read on, left in a copy's text (請繼續往下閱讀..., 展开全文): text of the story, which goes on under it",
  'related-links':
    "a news site's list of related stories (相關新聞：…, 相关报道：…, or headlines in its topic's form one after another): text of the story it closes, never a headline",
  'list-after-colon':
    'where every line is a paragraph, the short lines under a line that ends on a colon (弔唁處地點如下：) are the list it announces: text of the story, never heads',
  'topic-bar-head':
    "a headline in a news site's topic form (大埔宏福苑五級火｜…) straight over the story's text (in printed columns, one set across columns whose topic recurs)",
  'furniture-box': 'a box that is no article, by its name (天气预报, 本版导读) and the short rows under it',
  'closing-dateline':
    "a dispatch line alone after a story's last sentence, a headline or the page's end after it (新华社白俄罗斯霍伊尼基4月26日电): the story's last line",
  'lead-byline-alone':
    "a news lead with nothing after it (本报讯(记者方双)): a byline where every line is a paragraph, and in printed columns a tag in brackets that is no dateline (【林宏聰／高雄報導】); elsewhere its paragraph's first line",
  'reporter-line': 'a reporter byline alone: 本报记者 李抑焜',
  'marked-byline': 'a byline as Hong Kong and Taiwan papers print it: ■記者張家豪, 本報記者, 文／李某',
  'credit-line': 'a photo credit alone: 本报记者 隋二龙 摄, （本报记者李舸摄）, 图片来源:…',
  'drawing-credit': 'a drawing credit alone (洪 琥绘（《讽刺与幽默》供图）): it stays in the story, no caption goes with it',
  'column-label': 'a column label (·开栏的话·, 编者按) or a line the extraction marked with #',
  'numbered-question': 'a numbered question heading: 一、…？',
  'graphic-title': "a graphic's own title alone on a line (吊車肇事示意圖, 昂坪360路線圖, 案件一覽): text of the story it illustrates, never a headline",
  'closing-signature': 'a dash and a name or role after text signs it off (——编  者, ——王 者): the last line of its story, not a subtitle',
  'subtitle-dash': 'a subtitle opening with a dash: ——…',
  'headline-over-subtitle':
    'in printed columns, a short line standing apart straight over a dash subtitle (——…), or one set across columns over a subtitle set so too, is its headline',
  'question-kicker': 'in printed columns, a question standing alone between blank lines after a story, straight over a head standing alone too, is its kicker',
  'head-over-wide-deck':
    'in printed columns, after a story, a line short of its column ending no sentence over a deck set across columns (wider than the column) are the next story’s head',
  'wide-deck': 'the deck set across columns under a head that `head-over-wide-deck` reads: part of the head, never its headline',
  'dash-attribution':
    "a dash line naming who said or wrote the words above it (——护林员王大山在接受采访时说, ——文天祥《过零丁洋》): the story's text, never a subtitle",
  'indented-body': 'an indented line of printed columns starts a paragraph',
  'indented-paragraph': 'where one paragraph per line is indented and heads are not, an indented line is body text',
  'unindented-head': 'where one paragraph per line is indented, an unindented line with no full stop at its end is a head line (headline, kicker, standfirst)',
  'tagged-caption': "straight under a headline, a tagged line over story text (【新聞局】行政長官…) is the release's picture caption: text",
  'notice-detail': "a notice's particulars (地點：…, 报名时间：…): text, never a head",
  'headline-over-fields': "the line straight over a release's publication fields, ending no sentence, is its headline",
  'release-fields':
    "under a head, a press release's or a site copy's publication fields (發稿單位：社會局, 发布时间：…, 聯絡電話：…): the story's signature, in its head",
  'label-value':
    'a label and a code or number (案件編號：HCAL36/05, 查詢電話：2345 6789), or a publication or contact field that signs no story (新聞聯絡人：… 王科長): data, not a heading',
  'end-mark-line': "a story's printed end alone on a line after its text (（完）, （全文完）): the story's last line",
  'case-number':
    "a court report's case numbers alone after its text, as Hong Kong court news closes a report (FLCC854/2024, HCCC164/2022、HCCC255/2023): the story's last line",
  'source-note': "where a story's facts came from, alone on a line (資料來源：美聯社, 資料來源： over a web address): the last lines of its story",
  'outlet-over-lead': "an outlet's name alone over a lead its tag opens (有線新聞 over 【有線新聞】…): the story's credit, no headline",
  'source-credit': 'the outlets a brief was taken from, alone after its text (中新社/鳳凰網, 江蘇《現代快報》): a closing byline',
  'section-number': 'where every line is a paragraph, a number alone between two paragraphs numbers a section of the story',
  salutation: 'a speech’s salutation (各位常委、各位同志：) opens its text',
  'series-label': 'a series label straight under a headline (大家谈·选择西部扎根西部建功西部⑥) is part of its head',
  'bullet-deck': 'a deck set as a bullet point under a headline (●辟有热门话题、…) is part of its head',
  'picture-note': 'a note straight under a headline that pictures go with the story (（附图片1张）) is part of its head',
  'closing-credit': 'a closing credit in brackets is the last line of its story: （裴囡囡参与采写）, （张明 赵天华）, （附图片1张）',
  'closing-credit-broken':
    'in printed columns, a closing credit broken over two or three lines (（作者为中共上海市金山区委书 / 记）) is the last lines of its story, not a head',
  'closing-credit-tail':
    "in printed columns, a closing credit, photo credit or writer's name run on after a story's last sentence and broken at the column's width (…外部边界。（本报波恩1 / 月13日电）, …（周 / 宝华）, …（編輯： / 李錫璋）1141112): its last piece closes the story",
  'section-label':
    'a section label of a commentary or box, alone or opening its paragraph (核心阅读, 【点评】, 【关键词】地铁站里的“美术馆”): text of the story',
  'date-line': 'a date alone on a line (五月十五日) closes a letter or notice: text, never a head',
  'caption-line': 'a caption signed at its end in brackets is text, never a headline: …（資料照）, 圖為…（記者陳梅英攝）',
  'tagged-head': 'a story tag in 【】 with no dispatch word before a short head with no sentence in it (【貓食貓】恐怖動物之家): a head line, not a lead',
  'lead-byline-body': 'a paragraph opening with a news lead: 本报讯…',
  'after-numbered-section': 'the line after a numbered section heading is its text',
  'wide-heading': 'much wider than its column and heading-shaped: a headline across columns',
  'heading-shape': 'after a break, short against its column and heading-shaped',
  'organisation-heading': 'a heading line under an organisation name',
  body: 'none of the above: body text',
  'heading-above-heading': 'a line just above a heading that could end a heading joins it',
  'headline-before-lead': 'short lines with no sentence end just above a news lead (after a break) are its headline',
  'head-block-over-byline': 'in printed columns set apart by blank lines, a block of one to three head-like lines over a byline set apart is a head',
  'heading-runs-into-body':
    'where blank lines set blocks apart, a "heading" running straight into body text is a paragraph that lost its indent (never the page\'s first head)',
  'head-over-lost-indent':
    'a paragraph’s first line that lost its indent (a couple of characters short of its column, a full line after it) ends the head over it',
  'name-byline': 'a short line of personal names next to body text is a byline',
  'standfirst-under-byline': 'on a page of one paragraph per line, a comma line ending on no punctuation straight under a byline is the standfirst',
  'head-block-apart':
    'in printed columns whose blank lines set blocks apart, two to four short lines between blank lines ending no sentence or clause, over text, are a head, whatever the text above ends on',
  'isolated-line-head':
    "in printed columns whose blank lines set blocks apart, a line alone between blank lines after a story's last sentence (or the reporter's line signing it), ending no sentence or clause, is a head",
  'blank-line-head':
    'on a page that sets a blank line before each story, a line after a blank that ends no sentence, over the text of its block, is its headline',
  'headline-over-byline': 'a line with no sentence end just above a reporter line is its headline (in printed columns, only one standing apart)',
} as const;
export type LineRule = keyof typeof LINE_RULES;

/**
 * Rules whose line closes a stretch of text (a closing credit or note, a signed caption, a graphic's title): never part of
 * a headline, a break like a sentence end, and the last line of its paragraph.
 */
export const CLOSING_LINE_RULES: ReadonlySet<LineRule> = new Set([
  'closing-credit',
  'case-number',
  'end-mark-line',
  'closing-dateline',
  'closing-credit-broken',
  'closing-credit-tail',
  'web-copy-end',
  'closing-signature',
  'graphic-title',
  'drawing-credit',
  'caption-line',
  'source-note',
  'date-line',
]);

/** A full stop, then a bracketed signature closing the line: `…请你斟酌。（邵力平）` (a headline may end `？（…）`, its column's tag). */
const SIGNED_SENTENCE = /[。][”’」』]*\s*[（(][^（()）]{1,20}[）)]$/u;

/** Longest line (characters) `headline-over-byline` takes for a headline. */
const HEADLINE_OVER_BYLINE_CHARS = SETTINGS.segment.headlineOverBylineChars;

/** A row of a box's table: short, no sentence in it (`北京 晴 零下5℃至3℃`). */
function isBoxRow(text: string): boolean {
  const trimmed = text.trim();
  return [...trimmed].length <= SETTINGS.segment.boxRowChars && !/[。，,；;！!？?]/u.test(trimmed);
}

/** The rules of the parts of a page's banner (a web copy's time and source line is furniture, but no banner). */
export const BANNER_RULES: ReadonlySet<LineRule> = new Set(['masthead', 'page-furniture', 'banner-section']);

/** A date or a page number, as a banner prints it: digits with 年, 月, 日 or 版 after them. */
const BANNER_DATE_HINT = /[0-9０-９]{4}\s*年|[0-9０-９]\s*版|第\s*[0-9０-９]{1,3}|星期/u;
/** What a banner prints under its page line: a date, a weekday, a lunar date, the day's page count (`今日4版`, `共16版`). */
const BANNER_GOES_ON = /[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月|星期|农历|農曆|(?:今日|本期|共)\s*[0-9０-９]{1,3}\s*版/u;
/** A banner's date however long its weekday and lunar date run: `2025年1月8日星期三农历甲辰年十二月初九` (spaces removed). */
const BANNER_DATE_LINE = /^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:星期.|周.)?(?:农历|農曆)[\p{Script=Han}]{2,12}$/u;

/** A page's number alone on its line, as a banner prints it: `A02`, `第2版`, `12`. */
const PAGE_NUMBER_ALONE = /^(?:[A-Z]?[0-9０-９]{1,3}|第\s*[0-9０-９]{1,3}\s*版)$/u;

/** A page's banner stands in its first lines (`banner-section` looks no further). */
const BANNER_LINES = 6;

/** Most lines a broken closing credit runs over (`closing-credit-broken`). */
const BROKEN_CREDIT_LINES = 3;

/**
 * `closing-credit-broken`: a line opening a bracket it does not close, whose next lines (no blank between) close it
 * within {@link BROKEN_CREDIT_LINES} lines, is a closing credit where the joined text is one (`（作者为…书` / `记）`).
 */
function markBrokenCredits(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index]!.text.trim();
    if (!/^[（(]/u.test(first) || /[）)]/u.test(first) || roles[index] === 'furniture') continue;
    let joined = first;
    for (let end = index + 1; end < lines.length && end - index < BROKEN_CREDIT_LINES; end++) {
      if (lines[end]!.block.blankBefore || roles[end] === 'furniture') break;
      joined += lines[end]!.text.trim();
      if (!/[）)]/u.test(joined)) continue;
      if (CLOSING_CREDIT.test(joined)) for (let k = index; k <= end; k++) [roles[k], rules[k]] = ['body', 'closing-credit-broken'];
      break;
    }
  }
}

/** A writer's name alone in brackets (`（周宝华）`): after a sentence's end and broken at the column's width, a signature. */
const SIGNED_NAME = /^[（(][\p{Script=Han}·]{2,4}[）)]$/u;

/** A wire's filing code after a story's closing bracket (`）1141112`: the date by the Republic of China calendar and a serial). */
const FILING_CODE = /(?<=[）)])\s*\d{4,10}$/u;

/**
 * `closing-credit-tail`: a line that closes a bracket it does not open (`月13日电）`), under a line whose last sentence
 * ends and whose bracket then opens (`…外部边界。（本报波恩1`), the two (or three) lines joined ending in a closing credit
 * ({@link CLOSING_CREDIT}), a photo credit (`…欢度春节。（本报记者任维东` / `摄）`, {@link BRACKET_CREDIT_LINE}) or a writer's name
 * (`…提高120—480元。（周` / `宝华）`): that line closes the story or the caption, as the credit does when it is not broken.
 */
function markBrokenCreditTails(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  for (let index = 1; index < lines.length; index++) {
    // (A wire's filing code may follow the bracket: `李錫璋）1141112`, as the Central News Agency closes a story.)
    const last = lines[index]!.text.trim().replace(FILING_CODE, '');
    if (!/[）)]$/u.test(last) || /[（(]/u.test(last) || roles[index] === 'furniture' || lines[index]!.block.blankBefore) continue;
    let joined = last;
    for (let above = index - 1; above >= 0 && index - above < BROKEN_CREDIT_LINES; above--) {
      const text = lines[above]!.text.trim();
      const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
      if (open < 0) {
        if (/[）)]/u.test(text) || lines[above]!.block.blankBefore) break;
        joined = text + joined;
        continue;
      }
      // (The bracket opens after a sentence's end, not inside a sentence: `…边界。（本报波恩1`.)
      const credit = text.slice(open) + joined;
      // (Set apart from the full stop by a space, `…繳款。 (郭` / `錦冰  雷翠雲)`, only names: `…如下。 (詳見` / `附表)` is a note.)
      const spaced = /\s$/u.test(text.slice(0, open));
      if (
        open > 0 &&
        /[。！？!?”」]$/u.test(text.slice(0, open).trimEnd()) &&
        !/[）)]/u.test(text.slice(open)) &&
        (spaced
          ? CLOSING_CREDIT.test(credit) || BRACKET_NAMES.test(credit)
          : CLOSING_CREDIT.test(credit) || BRACKET_CREDIT_LINE.test(credit) || SIGNED_NAME.test(credit))
      )
        [roles[index], rules[index]] = ['body', 'closing-credit-tail'];
      break;
    }
  }
}

/** Longest piece (characters) of a Taiwan site's picture credit on either side of a column's break (`markBrokenSlashCredits`). */
const SLASH_CREDIT_PIECE = 16;
/** How a picture credit's supplier ends it: `…提供`, `…供圖`, `…攝影`. */
const CREDIT_SUPPLIER_END = bothScripts(/(?:提供|供图|摄影?)$/u);
/** A sentence's end mark anywhere in a line. */
const SENTENCE_MARK = /[。！？!?]/u;

/**
 * `closing-credit-tail` for a picture's credit as Taiwan sites set it (`…拆除。記者游` / `明煌／攝影`, `…招租。圖╱都發局提` / `供`),
 * broken at the column's width: the line that finishes it, with no sentence of its own, closes the caption as the whole
 * credit does ({@link hasSlashCredit}).
 */
function markBrokenSlashCredits(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  for (let index = 1; index < lines.length; index++) {
    const text = lines[index]!.text.trim();
    // (Only a line read as text or a head: a credit alone, `李学伟/摄`, is a credit line already.)
    if (
      !(rules[index] === 'body' || rules[index] === 'heading-shape') ||
      lines[index]!.block.blankBefore ||
      charsOf(text) > SLASH_CREDIT_PIECE ||
      SENTENCE_MARK.test(text)
    )
      continue;
    const above = lines[index - 1]!.text.trim();
    const end = Math.max(...['。', '！', '？', '!', '?'].map((mark) => above.lastIndexOf(mark)));
    // (Not after a whole credit, `…。圖／台北市文化局提供`: the line under it is the next story's.)
    if (end < 0 || charsOf(above.slice(end + 1)) > SLASH_CREDIT_PIECE || CREDIT_SUPPLIER_END.test(above)) continue;
    // (After a credit that reads whole already, `…。圖／中央社`, only the last characters of its supplier's word:
    // `…。圖╱都發局提` / `供`; a headline under it is none.)
    const joined = above.slice(end) + text;
    const finishes = hasSlashCredit(above)
      ? charsOf(text) <= SETTINGS.segment.slashCreditTailChars && CREDIT_SUPPLIER_END.test(joined)
      : hasSlashCredit(joined);
    if (finishes) [roles[index], rules[index]] = ['body', 'closing-credit-tail'];
  }
}

/** A news site's related-stories label opening a line (`相關新聞：`, `相关报道 :`, `延伸閱讀：`). */
const RELATED_LINKS = bothScripts(/^(?:相关新闻|相关报道|相关阅读|相关文章|延伸阅读|推荐阅读|更多新闻)\s*[:：]/u);
/** A staff role or a page's field, never a site's topic before a bar (`记者｜王某`, `编辑｜赵某`). */
const STAFF_WORD = bothScripts(/^(?:记者|通讯员|编辑|责任编辑|责编|摄影|美编|校对|来源|作者|文|图)$/u);
/** A headline in a news site's topic form: the topic, a vertical bar, the headline (`大埔宏福苑五級火︱義工自發支援…`). */
const TOPIC_BAR = /^[\p{Script=Han}A-Za-z0-9．.·\s]{2,20}[｜︱|]\s*\S/u;

/** What a list's item holds and a kicker does not: a clause mark or a number (`雅麗氏何妙齡那打素醫院，援助站查詢熱線：2658 4040`). */
const LIST_ITEM_MARKS = /[，,：:；;（(]|\d{3}/u;

/**
 * Each line's topic in a news site's topic form ({@link TOPIC_BAR}; null where the line is in none), and how often each
 * topic stands on the page. (A site's topic recurs over its stories, `大埔宏福苑五級火｜` on every one; a bar once in a page,
 * `票价｜免费`, `奋进新征程｜综述`, or after a staff role, `记者｜王某`, is no such topic.)
 */
function pageTopics(lines: readonly Line[]): { topics: (string | null)[]; counts: Map<string, number> } {
  const topics = lines.map(({ text }) =>
    TOPIC_BAR.test(text.trim()) ? (/^([^｜︱|]+)[｜︱|]/u.exec(text.trim())?.[1]?.replace(/[．.·\s]|持續更新|持续更新/gu, '') ?? '') : null,
  );
  const counts = new Map<string, number>();
  for (const topic of topics) if (topic !== null) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return { topics, counts };
}

/**
 * Rules `topic-bar-head` and `related-links` (pages of whole paragraphs): of lines in a news site's topic form
 * ({@link TOPIC_BAR}) that end no sentence, the one straight over the story's text (or its byline) is its headline; those
 * over another such line are a list of related stories closing the story above, its text.
 */
function markTopicHeads(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  const { topics, counts } = pageTopics(lines);
  const topical = (index: number) => {
    const topic = topics[index];
    if (topic === undefined || topic === null || (roles[index] !== 'body' && roles[index] !== 'heading')) return false;
    const text = lines[index]!.text.trim();
    return (
      (counts.get(topic) ?? 0) >= SETTINGS.segment.topicBarRecurs &&
      !STAFF_WORD.test(topic) &&
      // (It may ask or exclaim, `…：我可以做啲咩？`; a full stop ends a sentence of text.)
      !/[。.]$/u.test(text) &&
      [...text].length <= SETTINGS.segment.headlineOverBylineChars
    );
  };
  for (let index = 0; index < lines.length; index++) {
    if (!topical(index)) continue;
    // A run of such lines: the last one over the text is the headline; the lines over it are a list of related stories
    // where two or more stand there or a related-stories label opens them, else the one is its kicker (`奋进新征程｜综述`).
    let end = index;
    while (topical(end + 1)) end++;
    const next = end + 1;
    const opensText = next < lines.length && (roles[next] === 'byline' || (roles[next] === 'body' && rules[next] !== 'related-links'));
    const listed = end - index >= 2 || (index > 0 && rules[index - 1] === 'related-links') || !opensText;
    for (let k = index; k < end; k++) [roles[k], rules[k]] = listed ? ['body', 'related-links'] : ['heading', 'topic-bar-head'];
    if (opensText) {
      [roles[end], rules[end]] = ['heading', 'topic-bar-head'];
      // (The topic's headline opens its head: lines over it in no topic form that `headline-before-lead` took for head
      // lines are the text above, a list's last items: `設立援助站：` / `雅麗氏何妙齡那打素醫院` / `大埔宏福苑五級火｜…`.)
      // (Only list-like lines, with a clause mark or a number in them: a kicker over the headline, `直擊現場`, stays in its head.)
      for (let k = index - 1; k >= 0 && rules[k] === 'headline-before-lead' && topics[k] === null && LIST_ITEM_MARKS.test(lines[k]!.text); k--)
        [roles[k], rules[k]] = ['body', 'body'];
    } else if (end > index) [roles[end], rules[end]] = ['body', 'related-links'];
    index = end;
  }
}

/**
 * `topic-bar-head` in printed columns: a headline across columns (wider than its column by `segment.wideHeadingRatio`) in a news site's topic form whose topic
 * recurs on the page (`大埔宏福苑五級火︱…` over each story of a web copy printed to PDF) is that story's headline, as
 * where every line is a paragraph ({@link markTopicHeads}); a related story's title in a list is broken at the column's
 * width and never so wide.
 */
function markWideTopicHeads(lines: readonly Line[], rules: LineRule[], profile: PageProfile, leads: readonly boolean[]): void {
  const { topics, counts } = pageTopics(lines);
  for (let index = 0; index < lines.length; index++) {
    const wide =
      rules[index] === 'wide-heading' ||
      (rules[index] === 'heading-shape' && (lines[index]!.block.widths[0] ?? 0) >= profile.localWidths[index]! * SETTINGS.segment.wideHeadingRatio);
    // (Where the page's stories open with leads, only one over a lead: a quotation set wide inside a story,
    // `居民心聲︱陳伯：…` over plain text, is none.)
    if (!wide || (leads.some(Boolean) && !leads[index + 1])) continue;
    const topic = topics[index] ?? null;
    if (topic !== null && !STAFF_WORD.test(topic) && (counts.get(topic) ?? 0) >= SETTINGS.segment.topicBarRecurs) rules[index] = 'topic-bar-head';
  }
}

/** The rules that read a short line as a head or a byline on its shape alone, which a list's items share. */
const SHAPE_RULES: ReadonlySet<LineRule> = new Set(['heading-shape', 'wide-heading', 'name-byline', 'unindented-head']);

/**
 * Rule `list-after-colon` (pages of whole paragraphs): the short lines under a line that ends on a colon
 * (`弔唁處地點如下：` / `中西區` / `西營盤社區綜合大樓` / …) are the list it announces, text of its story, where only their
 * shape made them heads. The list ends at a line standing over a paragraph (it may head the next story) or where the
 * short lines end.
 */
function markColonLists(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  const chars = (index: number) => [...lines[index]!.text.trim()].length;
  for (let index = 0; index + 1 < lines.length; index++) {
    if (roles[index] === 'furniture' || !/[：:]$/u.test(lines[index]!.text.trim())) continue;
    let end = index + 1;
    while (
      end < lines.length &&
      chars(end) <= SETTINGS.segment.listItemChars &&
      // (An item names a thing; a sentence, `大廈窗戶封上發泡膠板，助長火勢蔓延。`, is the text going on.)
      !endsSentence(lines[end]!.text) &&
      (roles[end] === 'body' || SHAPE_RULES.has(rules[end]!)) &&
      !(end + 1 < lines.length && roles[end + 1] === 'body' && chars(end + 1) > SETTINGS.segment.listItemChars && roles[end] === 'heading')
    )
      end++;
    if (end - index - 1 < SETTINGS.segment.listItemsMin) continue;
    // (The line announcing the list is text too, where its shape alone made it a head.)
    for (let k = index; k < end; k++) if (SHAPE_RULES.has(rules[k]!)) [roles[k], rules[k]] = ['body', 'list-after-colon'];
    index = end - 1;
  }
}

/**
 * Rule `head-block-apart`: in printed columns whose blank lines set blocks apart (not every line), a block of two to
 * `segment.headBlockMaxLines` + 1 lines between blank lines, its last line short of its column, no line ending a
 * sentence, a clause or on a colon, with no comma in it, over a block of text, is a head, whatever the text above it ends on: an extraction
 * sets a story's headline between two pieces of another story's columns (`男子聚餐饮酒后死亡` / `8名同饮者被索赔30万` /
 * `一审判酒局组织者赔偿4.5万元` / `其余7人不担责`, after `…按0.15%费率计` that goes on in another column).
 */
function markHeadBlocksApart(lines: readonly Line[], roles: BlockRole[], rules: LineRule[], profile: PageProfile): void {
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && !lines[end + 1]!.block.blankBefore) end++;
    const size = end - start + 1;
    const under = lines[end + 1];
    const headLike = (k: number) => {
      const text = lines[k]!.text.trim();
      const chars = [...text].length;
      return (
        roles[k] === 'body' &&
        rules[k] === 'body' &&
        !endsSentence(text) &&
        !CLAUSE_END.test(text) &&
        !/[，,；;]|[：:]$/u.test(text) &&
        chars >= SETTINGS.segment.headBlockApartMinChars &&
        // (The lines above the last may fill the column, as a headline's first line does; the last stands short of it.)
        (k < end || (lines[k]!.block.widths[0] ?? 0) <= (profile.localWidths[k] ?? 0) - SETTINGS.segment.headBlockApartShortChars)
      );
    };
    if (
      start > 0 &&
      lines[start]!.block.blankBefore &&
      // (Not the rows a line ending on a colon announces: a schedule, a poem, a table, `…安排如下：`.)
      !/[：:]$/u.test(lines[start - 1]!.text.trim()) &&
      size >= 2 &&
      size <= SETTINGS.segment.headBlockApartMaxLines &&
      under !== undefined &&
      roles[end + 1] === 'body' &&
      Array.from({ length: size }, (_, k) => headLike(start + k)).every(Boolean) &&
      // (Nor the last lines of a list or a poem: the text under the head goes on as a paragraph, wider than the head.)
      (under.block.widths[0] ?? 0) > Math.max(...Array.from({ length: size }, (_, k) => lines[start + k]!.block.widths[0] ?? 0))
    )
      for (let k = start; k <= end; k++) [roles[k], rules[k]] = ['heading', 'head-block-apart'];
    start = end + 1;
  }
}

/**
 * A writers' line {@link isNameLine} leaves to its context, read only straight under a headline: four names, at most one
 * opening with a surname the list lacks (`毛锦伟 栗思 郑朕 唐乙隽`; elsewhere four words so are a list of cities,
 * `石家庄 唐山 邢台 邯郸`), or a name of three characters jieba reads as a person's or does not know (`俱鹤飞`).
 */
function isUnlistedName(text: string): boolean {
  const names = text.trim().split(/\s+/u);
  if (names.length === 1) return /^\p{Script=Han}{3}$/u.test(names[0]!) && isNamesRun(names[0]!);
  return names.length === 4 && names.every((name) => /^\p{Script=Han}{2,3}$/u.test(name)) && names.filter((name) => !SURNAMES.has([...name][0]!)).length <= 1;
}

/**
 * {@link isUnlistedName} for the line under the one at `index`, read as its writers only where that line introduces no
 * list (`…获得一等奖的是` / `张子涵 李沐阳 王思远 陈可欣`, `…入选的城市依次为` / `石家庄 唐山 邢台 邯郸`) and the text under
 * the names does not name them (a writer is not named in the story's first paragraph: `寒山寺` / `寒山寺始建于…`).
 */
function isUnlistedNameUnder(lines: readonly Line[], index: number): boolean {
  const names = lines[index + 1]?.text.trim() ?? '';
  if (!isUnlistedName(names) || LIST_INTRO_END.test(lines[index]!.text.trim())) return false;
  const text = lines[index + 2]?.text ?? '';
  return !names.split(/\s+/u).some((name) => text.includes(name));
}

/** A line that announces the names under it: `…的是`, `…依次为`, `…包括`. */
const LIST_INTRO_END = bothScripts(/(?:是|为|有|包括|分别|依次)$/u);

/** Rule `head-block-over-byline` (see {@link explainLines}). */
function markHeadBlocksOverBylines(lines: readonly Line[], roles: BlockRole[], rules: LineRule[], profile: PageProfile): void {
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && !lines[end + 1]!.block.blankBefore) end++;
    const under = end + 1;
    const size = end - start + 1;
    const headLike = (k: number) => {
      const text = lines[k]!.text.trim();
      return (
        (roles[k] === 'body' || roles[k] === 'heading') &&
        !endsSentence(text) &&
        !CLAUSE_END.test(text) &&
        // (A court report's case number closes its story over the closing byline, `案件編號：HCAL258/15` / `■記者楊思雅`.)
        !CASE_NUMBER.test(text) &&
        !CLOSING_LINE_RULES.has(rules[k]!) &&
        (lines[k]!.block.widths[0] ?? 0) <= (profile.localWidths[k] ?? 0) + 1 &&
        [...text].length <= HEADLINE_OVER_BYLINE_CHARS
      );
    };
    // (Nor a caption, `图为…`, over its photographer's line; nor running text: a line as wide as its column with a clause
    // break in it, a last paragraph that lost its full stop over its writer's name.)
    const runningText = Array.from({ length: size }, (_, k) => start + k).some(
      (k) => (lines[k]!.block.widths[0] ?? 0) >= (profile.localWidths[k] ?? 0) - 1 && /[，,；;]/u.test(lines[k]!.text),
    );
    const caption = PHOTO_IS.test(lines[start]!.text.trim());
    const bylineUnder =
      under < lines.length && (['reporter-line', 'marked-byline'].includes(rules[under]!) || isNameLine(lines[under]!.text)) && roles[under] !== 'furniture';
    const openedApart = start === 0 || roles[start - 1] !== 'body' || endsSentence(lines[start - 1]!.text) || CLOSING_LINE_RULES.has(rules[start - 1]!);
    if (
      size <= SETTINGS.segment.headBlockMaxLines &&
      bylineUnder &&
      openedApart &&
      !runningText &&
      !caption &&
      Array.from({ length: size }, (_, k) => headLike(start + k)).every(Boolean)
    )
      for (let k = start; k <= end; k++) if (roles[k] === 'body') [roles[k], rules[k]] = ['heading', 'head-block-over-byline'];
    start = end + 1;
  }
}

/** Line `k` is set across columns: wider than its column by `segment.wideHeadingRatio`. */
function setAcross(lines: readonly Line[], profile: PageProfile, k: number): boolean {
  return (lines[k]!.block.widths[0] ?? 0) >= (profile.localWidths[k] ?? 0) * SETTINGS.segment.wideHeadingRatio;
}

/**
 * Whether a story ends at line `k` (a head may stand after it): the line ends a sentence, or its last sentence runs into
 * the reporter's line (`…状态。本报记者 左妍`), or it is a closing line (a credit, a dateline, an end mark), or it is the
 * reporter's line signing a last sentence (`…回家了。` / `本报记者 左妍`). The passes that read heads standing apart
 * after a story (`isolated-line-head`, `question-kicker`, `head-over-wide-deck`) ask it.
 */
function storyEndsAt(lines: readonly Line[], roles: readonly BlockRole[], rules: readonly LineRule[], k: number): boolean {
  const line = lines[k];
  if (line === undefined) return false;
  if (roles[k] === 'body') return endsSentence(line.text) || endsWithReporter(line.text) || CLOSING_LINE_RULES.has(rules[k]!);
  return rules[k] === 'reporter-line' && k >= 1 && roles[k - 1] === 'body' && endsSentence(lines[k - 1]!.text);
}

/**
 * Rule `question-kicker`: in printed columns whose blank lines set blocks apart, a question standing alone between
 * blank lines after a story's end, straight over a head standing alone too (`成人感染被转运，孩子谁来照顾？` /
 * `“儿童督导员”“儿童主任”上线了`), is the head's kicker: a paragraph's question goes on in the lines under it.
 */
function markQuestionKickers(lines: readonly Line[], roles: BlockRole[], rules: LineRule[]): void {
  lines.forEach((line, index) => {
    const under = lines[index + 1];
    if (roles[index] !== 'body' || rules[index] !== 'body' || !under || roles[index + 1] !== 'heading') return;
    if (!line.block.blankBefore || !under.block.blankBefore || (lines[index + 2] !== undefined && !lines[index + 2]!.block.blankBefore)) return;
    if (!storyEndsAt(lines, roles, rules, index - 1)) return;
    const text = line.text.trim();
    if (/[？?]$/u.test(text) && !/[。！!]/u.test(text) && [...text].length <= SETTINGS.segment.blankHeadMaxChars)
      [roles[index], rules[index]] = ['heading', 'question-kicker'];
  });
}

/**
 * Rule `head-over-wide-deck`: in printed columns, after a story's end, a line ending no sentence over a deck set across
 * columns (wider than the column, ending no sentence) over the story's text are its head (`下楼做核酸，129人忘带钥匙` /
 * `友情提醒：出门前除了戴口罩，千万别忘了带钥匙，煤气关火电器断电`): no line of text is wider than its column.
 */
function markHeadsOverWideDecks(lines: readonly Line[], roles: BlockRole[], rules: LineRule[], profile: PageProfile, leads: readonly boolean[]): void {
  lines.forEach((line, index) => {
    const deck = lines[index + 1];
    const story = lines[index + 2];
    if (!deck || !story || rules[index] !== 'body' || rules[index + 1] !== 'body' || roles[index + 2] !== 'body') return;
    if (!storyEndsAt(lines, roles, rules, index - 1)) return;
    const width = line.block.widths[0] ?? 0;
    if (
      width > (profile.localWidths[index] ?? 0) - SETTINGS.segment.shortLineChars ||
      endsSentence(line.text) ||
      CLAUSE_END.test(line.text.trim()) ||
      // (Nor a paragraph's last words announcing a list, `榜。各場賽果：`, whose rows may be set wide.)
      line.text.includes('。') ||
      /[:：]$/u.test(line.text.trim()) ||
      !setAcross(lines, profile, index + 1) ||
      endsSentence(deck.text) ||
      deck.text.includes('。') ||
      leads[index + 1] ||
      // (Not a paragraph's first line that runs on into a wide line: it leaves a quotation or a word open, or ends on
      // a verb whose object follows, `“下一步，我们将继续深化和总结…，实现` / `从‘滨州经验’向‘滨州模式’的跨越…`.)
      opensQuotation(line.text) ||
      endsOnVerb(line.text) ||
      wordAcross(line.text, deck.text)
    )
      return;
    [roles[index], rules[index]] = ['heading', 'head-over-wide-deck'];
    [roles[index + 1], rules[index + 1]] = ['heading', 'wide-deck'];
  });
}

/** A dash line naming a source: what someone said (`——…在接受采访时说`, `…表示`), or an excerpt (`——摘自…`); a writer's work is {@link namesWork}. */
const DASH_ATTRIBUTION = bothScripts(/^[—―－]{1,2}\s*(?:摘自|引自|选自|.*(?:说|写道|表示|指出)$)/u);

/** A dash line naming a writer and the work (`——文天祥《过零丁洋》`): the name is a name to jieba, not a genre (`——舞蹈《…》`). */
function namesWork(text: string): boolean {
  const match = /^[—―－]{1,2}\s*([\p{Script=Han}·]{2,4})《[^》]+》/u.exec(text);
  return match !== null && isNamesRun(match[1]!);
}

/** A tag in brackets that is no dispatch's dateline (`【林宏聰／高雄報導】`, `【生意招數】`; not `【新华社博山二十二日电】`, `【本報訊】`). */
const TAG_ALONE = /^【[^【】]+(?<![电電讯訊])】$/u;

/** A line that opens with a tag in brackets: group 1, what follows it (`【2026年全民國家安全教育系列活動】無人機匯演明晚9時與公眾見面`). */
const AFTER_BRACKET_TAG = /^【[^【】]{2,40}】(.+)$/u;

/**
 * Where every line is a paragraph, a tag in brackets before a line of at most `segment.taggedHeadChars` characters with no
 * stop, comma or colon in it, over story text, is a headline set under its series' or its office's tag
 * (`【2026年全民國家安全教育系列活動】無人機匯演明晚9時與公眾見面`), not a bracketed lead like `【本報訊】今日…`.
 */
function isTaggedHeadline(lines: readonly Line[], index: number, profile: PageProfile): boolean {
  const tail = AFTER_BRACKET_TAG.exec(lines[index]!.text.trim())?.[1] ?? '';
  return (
    profile.longLines &&
    tail !== '' &&
    charsOf(tail) <= SETTINGS.segment.taggedHeadChars &&
    !/[。！？!?；;：:，,]/u.test(tail) &&
    lines[index + 1] !== undefined &&
    readsAsStoryText(lines[index + 1]!.text)
  );
}

/** Every line's role and the rule ({@link LINE_RULES}) that gave it. */
export function explainLines(lines: readonly Line[], profile: PageProfile = profilePage(lines)): { role: BlockRole; rule: LineRule }[] {
  const roles: BlockRole[] = [];
  const rules: LineRule[] = [];
  // Whether each line opens with a news lead: the longest pattern, asked up to four times a line, so asked once.
  // Rule `broken-bracket-lead`: in printed columns a bracketed lead may be broken at the column's width
  // (`【新华社晋冀鲁豫总分社邯` / `郸讯】国际公谊救护队…`): the line opens a lead where it and the next line together do.
  // (Not a headline set under its series' or its office's tag: {@link isTaggedHeadline}.)
  const leads = lines.map(
    (line, index) =>
      (LEAD_BYLINE.test(line.text) && !isTaggedHeadline(lines, index, profile)) ||
      (!profile.longLines &&
        /^【[^】]*$/u.test(line.text.trim()) &&
        lines[index + 1] !== undefined &&
        LEAD_BYLINE.test(`${line.text.trim()}${lines[index + 1]!.text.trim()}`)),
  );
  // Rule `credit-line`: a bracketed credit alone is a credit only where captions do not open with theirs.
  // (Taiwan papers' convention: one such caption in Traditional script shows it; on a Simplified page it takes two.)
  const creditFirst = lines.filter((line) => CREDIT_FIRST_CAPTION.test(line.text.trim()));
  const creditsFirst = creditFirst.length >= SETTINGS.segment.creditFirstCaptions || creditFirst.some((line) => toSimplified(line.text) !== line.text);
  const bracketLabels = new Map<string, number>();
  for (const { text } of lines) if (BRACKET_LABEL.test(text.trim())) bracketLabels.set(text.trim(), (bracketLabels.get(text.trim()) ?? 0) + 1);
  // How often each tag in 【】 opens a line with text after it (`【有線新聞】行政長官…`): an outlet's tag opens every story's lead.
  const openingTags = new Map<string, number>();
  for (const { text } of lines) {
    const tag = OPENING_TAG.exec(text.trim())?.[1];
    if (tag !== undefined) openingTags.set(tag, (openingTags.get(tag) ?? 0) + 1);
  }
  lines.forEach((line, index) => {
    const { text, block } = line;
    const trimmed = text.trim();
    const width = block.widths[0] ?? 0;
    const prev = index > 0 ? lines[index - 1] : undefined;
    const prevRole = roles[index - 1];
    // (Asked first, so the web-address patterns are tried only on lines that could match them.)
    const hasAddress = HAS_WEB_ADDRESS.test(trimmed);
    // (Indented as the page's paragraphs are: a headline's second line a crawler kept with the tabs of its title field,
    // `\t\t\t 紧急提醒：…`, on a page whose paragraphs open with `　　`, is no paragraph, rule `indent-kind`.)
    const paragraphIndent =
      profile.indentedParagraphs && block.indent && (profile.paragraphIndentChar === null || block.indentChar === profile.paragraphIndentChar);
    // A caption or a credit line ends its text like a sentence end does.
    // So does a court report's case number (`案件編號：KCCC1573/06`, rule `end-mark`).
    const closesText = CLOSING_LINE_RULES.has(rules[index - 1]!) || (prev !== undefined && CASE_NUMBER.test(prev.text.trim()));
    const afterBreak =
      !prev ||
      prevRole !== 'body' ||
      endsSentence(prev.text) ||
      closesText ||
      (profile.longLines && ((prev.block.blankBefore && block.blankBefore) || (prev.block.spaced && block.spaced))) ||
      (profile.longLines && endsWithSourceCredit(prev.text)) ||
      // (Where every line is a paragraph, a paragraph ending on its dispatch ends the story; in printed columns only a
      // head over a lead is read after it, `headline-before-lead`: sections each closing on their dispatch go on.)
      (profile.longLines && endsWithDispatch(prev.text)) ||
      // (In printed columns the names may be broken over two lines: `…规定要求。（` / `肖咸鸣杜文育）`.)
      // (Run into the line, `…农校来帮助。”（贺文）`, they end a sentence as `endsSentence` reads it.)
      (!profile.longLines &&
        index > 1 &&
        /[）)]\s*$/u.test(prev.text) &&
        !/[（(]/u.test(prev.text) &&
        endsWithBracketNames(`${lines[index - 2]!.text.trim()}${prev.text.trim()}`)) ||
      // (A caption's credit as Taiwan sites set it closes the caption; in printed columns where a sentence ends on its line
      // first: `，感謝大家。記者魯永明／攝影`.)
      (hasSlashCredit(prev.text.trim()) && (profile.longLines || SENTENCE_MARK.test(prev.text))) ||
      // An editor's note signed at its end (`…谈谈各自的打算。———编者`) is over.
      EDITOR_SIGNED_END.test(prev.text.trim());
    let role: BlockRole = 'body';
    let rule: LineRule = 'body';
    if (CONTINUATION.test(text) && text.replace(CONTINUATION, '').trim() === '') [role, rule] = ['continuation', 'continuation-marker'];
    // Rule `section-break`: a row of stars or dots alone (`***`, `＊＊＊`, `※ ※ ※`) breaks a story's text; it heads nothing.
    else if (SECTION_BREAK.test(trimmed)) [role, rule] = ['body', 'section-break'];
    // Rule `section-number`: where every line is a paragraph, a number alone between two paragraphs (`1`, `2`, `一`) numbers
    // a section of the story, as a feature prints it; it is no page number.
    else if (
      profile.longLines &&
      SECTION_NUMBER.test(trimmed) &&
      prevRole === 'body' &&
      lines[index + 1] !== undefined &&
      !leads[index + 1] &&
      (lines[index + 1]!.block.widths[0] ?? 0) > SETTINGS.segment.sectionNumberTextChars
    )
      [role, rule] = ['heading', 'section-number'];
    else if (width <= 40 && /[年版0-9０-９]/u.test(text) && (PAGE_FURNITURE.test(text) || PAGE_FURNITURE.test(bannerText(trimmed))))
      [role, rule] = ['furniture', 'page-furniture'];
    else if (index < 3 && MASTHEAD.test(text.replace(/\s/gu, ''))) [role, rule] = ['furniture', 'masthead'];
    else if (index < 4 && roles.every((entry) => entry === 'furniture') && (PAGE_HEAD_LINE.test(trimmed) || PAGE_HEAD_LINE.test(bannerText(trimmed))))
      [role, rule] = ['furniture', 'page-furniture'];
    // A page's running head set among its columns by the extraction (`党建 第19版`): its section and page number.
    else if (PAGE_NUMBER_LINE.test(trimmed)) [role, rule] = ['furniture', 'page-furniture'];
    else if (PAGE_CREDITS.test(trimmed)) [role, rule] = ['furniture', 'page-credits'];
    else if (isFeedTagRepeat(lines, roles, index)) [role, rule] = ['heading', 'feed-tag-repeat'];
    // Rule `web-promo` (not a bare address, which `source-note` keeps as its story's last line).
    else if (hasAddress && WEB_PROMO.test(trimmed) && !SOURCE_NOTE.test(trimmed)) [role, rule] = ['furniture', 'web-promo'];
    else if (hasAddress && WEB_ADDRESS_LINE.test(trimmed) && !SOURCE_NOTE.test(trimmed)) [role, rule] = ['body', 'web-address'];
    else if (WEB_COPY_META.test(trimmed)) [role, rule] = ['furniture', 'web-copy-meta'];
    // Rule `web-time-bar`: a time with a bar or dots (`2025.09.18  | 08:10`) is a web copy's where every line is a paragraph
    // and it stands as a site sets it, between a head and a story's first paragraph; a timeline's or a schedule's times
    // (`开幕式` / `2025.11.09 | 20:00` / `火炬传递` / …) are text.
    else if (profile.longLines && WEB_TIME_BAR_LINE.test(trimmed) && underHeadOverText(lines, index)) [role, rule] = ['furniture', 'web-copy-meta'];
    else if (WEB_COPY_END.test(trimmed)) [role, rule] = ['body', 'web-copy-end'];
    else if (WEB_READ_ON.test(trimmed)) [role, rule] = ['body', 'web-read-on'];
    else if (profile.longLines && RELATED_LINKS.test(trimmed)) [role, rule] = ['body', 'related-links'];
    else if (FURNITURE_BOX.test(trimmed) || (rules[index - 1] === 'furniture-box' && boxGoesOn(lines, rules, leads, index)))
      [role, rule] = ['furniture', 'furniture-box'];
    // A label in 【】 with no dispatch word that the page prints more than once (a feature's 【曾经】 / 【修复】 /
    // 【现在】 in every section) labels sections of a story: text, never a lead or a story's tag.
    else if (BRACKET_LABEL.test(trimmed) && !DISPATCH_WORD.test(text) && (bracketLabels.get(trimmed) ?? 0) >= 2) [role, rule] = ['body', 'section-label'];
    // (In printed columns a lead alone is its paragraph's first line, broken at the column's width: text, and the
    // paragraph goes on under it; where every line is a paragraph it stands alone, like a byline.)
    // Rule `closing-dateline` (pages of whole paragraphs): a dispatch line alone after a story's last sentence, with a
    // headline or the page's end after it, closes that story (`新华社白俄罗斯霍伊尼基4月26日电`, as features print it).
    else if (leads[index] && text.replace(LEAD_BYLINE, '').trim() === '' && profile.longLines && closesStory(lines, index, prevRole))
      [role, rule] = ['body', 'closing-dateline'];
    // (In printed columns too where the line is a tag in brackets other than a dispatch's dateline: a reporter's tag,
    // `【林宏聰／高雄報導】`, or a column's, `【生意招數】`, set on a line of its own. A dateline, `【新华社博山二十二日电】`,
    // `【本報訊】`, opens its paragraph, and an extraction may break the line after it.)
    else if (leads[index] && text.replace(LEAD_BYLINE, '').trim() === '')
      [role, rule] = [profile.longLines || TAG_ALONE.test(trimmed) ? 'byline' : 'body', 'lead-byline-alone'];
    // Rule `reporter-line`, names withheld: a staff role alone under a head (`新华社记者`) is its byline.
    // (In printed columns not under a head line that leaves a phrase open, `风雪中坚守一线的` / `新华社记者`: the line ends it.)
    else if (prevRole === 'heading' && STAFF_ROLE_ALONE.test(trimmed) && (profile.longLines || !LEAVES_PHRASE_OPEN.test(prev?.text.trim() ?? '')))
      [role, rule] = ['byline', 'reporter-line'];
    else if (REPORTER_LINE.test(text) && width <= 40 && !CREDIT_LINE.test(text)) [role, rule] = ['byline', 'reporter-line'];
    // (A staff reporter's line with the names run together, as some corpus copies print it: `本报记者王锦鹄毛磊`; pages of
    // whole paragraphs only: on OCR pages it cost a title of a held-out page, see docs/segmentation.md.)
    else if (profile.longLines && width <= 30 && STAFF_ROLE.test(trimmed) && !CREDIT_LINE.test(text) && isNamesRun(trimmed.replace(STAFF_ROLE, '')))
      [role, rule] = ['byline', 'reporter-line'];
    else if (MARKED_BYLINE.test(text) && width <= 40) [role, rule] = ['byline', 'marked-byline'];
    else if (CREDIT_LINE.test(text) || (!creditsFirst && BRACKET_CREDIT_LINE.test(trimmed))) [role, rule] = ['credit', 'credit-line'];
    else if (DRAWING_CREDIT.test(trimmed)) [role, rule] = ['body', 'drawing-credit'];
    else if (COLUMN_LABEL.test(text) || block.hashDepth > 0) [role, rule] = ['heading', 'column-label'];
    else if (!paragraphIndent && /^[一二三四五六七八九十]{1,2}、.+[?？]$/u.test(text)) [role, rule] = ['heading', 'numbered-question'];
    else if (prevRole === 'body' && SIGNATURE.test(trimmed)) [role, rule] = ['body', 'closing-signature'];
    // A sender's greeting signs only standing apart: the page's end, a blank or a head after it, and in printed columns
    // a line short of its column (`县委县政府代表全县人民敬祝` running on is a paragraph's line).
    else if (
      prevRole === 'body' &&
      SENDER_GREETING.test(trimmed) &&
      (index + 1 === lines.length || lines[index + 1]!.block.blankBefore || profile.longLines) &&
      (profile.longLines || width <= profile.localWidths[index]! - 2)
    )
      [role, rule] = ['body', 'closing-signature'];
    else if (GRAPHIC_END.test(trimmed) && GRAPHIC_TITLE.test(trimmed)) [role, rule] = ['body', 'graphic-title'];
    else if (
      prevRole === 'body' &&
      /[）)]$/u.test(trimmed) &&
      CHART_SOURCE_TITLE.test(trimmed) &&
      !(lines[index + 1] !== undefined && (leads[index + 1] || isWebTime(lines[index + 1]!.text.trim())))
    )
      [role, rule] = ['body', 'graphic-title'];
    // Rule `dash-attribution`: a dash line that names who said or wrote the words above it (`——护林员王大山在接受本报记者
    // 采访时说`, `——文天祥《过零丁洋》`, `——摘自…`) is their source, text of the story, never a subtitle.
    else if (SUBTITLE.test(text) && (DASH_ATTRIBUTION.test(trimmed) || namesWork(trimmed))) [role, rule] = ['body', 'dash-attribution'];
    // (In printed columns, not the second half of a dash broken at the column's width: `春运首日，南北交通大动脉—` /
    // `—京沪高速车流如梭。换上工`, a sentence's `——` set over two lines.)
    else if (
      !paragraphIndent &&
      SUBTITLE.test(text) &&
      !CLAUSE_END.test(text) &&
      !(!profile.longLines && prev !== undefined && /[^—―－][—―－]$/u.test(prev.text.trim()) && /^[—―－][^—―－]/u.test(trimmed))
    )
      [role, rule] = ['heading', 'subtitle-dash'];
    // Rule `series-label`: a series' label straight under a headline (`大家谈·选择西部扎根西部建功西部⑥`) is part of its
    // head, however it is set (centred under the head, an extraction reads it as indented).
    else if (prevRole === 'heading' && SERIES_LABEL.test(trimmed)) [role, rule] = ['heading', 'series-label'];
    // (Not a closing credit set in from the column's edge, `(陳彩新  雷翠雲)`: it closes the story, `closing-credit` below.)
    else if (
      block.indent &&
      !profile.longLines &&
      index > 0 &&
      !CLOSING_CREDIT.test(trimmed) &&
      !(prevRole === 'body' && prev && endsSentence(prev.text) && BRACKET_NAMES.test(trimmed))
    )
      [role, rule] = ['body', 'indented-body'];
    else if (LABEL_VALUE.test(text)) [role, rule] = ['body', 'label-value'];
    // Rule `end-mark-line`: a story's printed end alone on a line after its text (`（完）`) closes it.
    else if (prevRole === 'body' && END_MARK_LINE.test(trimmed)) [role, rule] = ['body', 'end-mark-line'];
    // Rule `case-number`: a court report's case numbers alone after its text (`FLCC854/2024`) close the story.
    else if (prev !== undefined && (rules[index - 1] === 'case-number' || (prevRole === 'body' && endsSentence(prev.text))) && HK_CASE_NUMBERS.test(trimmed))
      [role, rule] = ['body', 'case-number'];
    // Rule `salutation`: a speech's salutation (`各位常委、各位同志：`) opens its text.
    else if (width <= SETTINGS.segment.salutationChars && /[：:]$/u.test(trimmed) && SALUTATION.test(trimmed)) [role, rule] = ['body', 'salutation'];
    // Rule `bullet-deck`: a deck set as a bullet point under a headline (`●辟有热门话题、财税金融、…`) is part of its head.
    else if ((prevRole === 'heading' || rules[index - 1] === 'bullet-deck') && /^●/u.test(trimmed) && !trimmed.includes('。') && width <= 60)
      [role, rule] = ['heading', 'bullet-deck'];
    // Rule `picture-note`: a note straight under a headline that pictures go with the story is part of its head.
    else if (prevRole === 'heading' && PICTURE_NOTE.test(trimmed)) [role, rule] = ['heading', 'picture-note'];
    else if (CLOSING_CREDIT.test(trimmed)) [role, rule] = ['body', 'closing-credit'];
    // Rule `closing-names`: reporters' names in brackets after a story's last sentence close it (`（许知春王忠一）`).
    else if (prevRole === 'body' && prev && endsSentence(prev.text) && BRACKET_NAMES.test(trimmed)) [role, rule] = ['body', 'closing-credit'];
    else if (SOURCE_NOTE.test(trimmed)) [role, rule] = ['body', 'source-note'];
    // (A publication or contact field alone is no head: `release-fields` below signs a story with it under a head; elsewhere
    // it is text, `新聞聯絡人：衛生局疾病管制科 王科長` at a release's end.)
    else if (isPublicationField(trimmed)) [role, rule] = ['body', 'label-value'];
    else if (SECTION_LABEL_LINE.test(trimmed)) [role, rule] = ['body', 'section-label'];
    // (Not a date in figures straight over a lead: a headline, `1997.7.1` / `【本報訊】…`.)
    else if (DATE_LINE.test(trimmed) && !roles.every((entry) => entry === 'furniture') && !(FIGURE_DATE_LINE.test(trimmed) && leads[index + 1]))
      [role, rule] = ['body', 'date-line'];
    else if (SIGNED_DATE_LINE.test(trimmed)) [role, rule] = ['body', 'date-line'];
    // A letter's signers run into its date (`赵国政吕艺生1997年12月`) sign it: text, as a date alone is.
    else if (prevRole === 'body' && trimmed.includes('年') && isNamesRun(NAMES_DATE_LINE.exec(trimmed)?.[1] ?? '')) [role, rule] = ['body', 'date-line'];
    // (In printed columns, where any line can end on 网 at the column's width, outlets are named and never do anything:
    // `考生可进入省考试局官网` is text. Not asked where lines are whole: jieba reads `澎湃` in `上海澎湃新聞網` as a verb.)
    else if (
      prevRole === 'body' &&
      prev &&
      endsSentence(prev.text) &&
      width <= 30 &&
      SOURCE_CREDIT.test(trimmed) &&
      (profile.longLines || !deckGrammar(trimmed).states)
    )
      [role, rule] = ['byline', 'source-credit'];
    else if (CAPTION_CREDIT_END.test(trimmed) || CAPTION_TRAILING_CREDIT.test(trimmed) || CAPTION_SOURCE_END.test(trimmed))
      [role, rule] = ['body', 'caption-line'];
    // Rule `outlet-over-lead`: an outlet's name alone over a lead that its tag opens (`有線新聞` / `【有線新聞】…`) credits the
    // story; it is no part of the headline over it.
    else if (
      width <= SETTINGS.segment.outletNameChars &&
      lines[index + 1] !== undefined &&
      OPENING_TAG.exec(lines[index + 1]!.text.trim())?.[1] === trimmed &&
      outletTag(trimmed, openingTags)
    )
      [role, rule] = ['byline', 'outlet-over-lead'];
    // Rule `tagged-caption`: a tagged line over story text straight under a headline is the release's picture caption
    // (`【新聞局】行政長官岑浩輝啟程往訪歐洲四國`), text of its story: the headline is the line above.
    else if (prevRole === 'heading' && isTaggedHeadline(lines, index, profile)) [role, rule] = ['body', 'tagged-caption'];
    // (Not in printed columns a lead's first line, as wide as its column, opened by the tag that opens other lines of the
    // page too: `【有線新聞】行政長官李家超主持跨部門緊急` / `會議，…`, an outlet's tag.)
    else if (
      isTaggedHead(text) &&
      !(!profile.longLines && leads[index] && width >= profile.localWidths[index]! - 1 && outletTag(OPENING_TAG.exec(trimmed)?.[1], openingTags))
    )
      [role, rule] = ['heading', 'tagged-head'];
    else if (leads[index]) [role, rule] = ['body', 'lead-byline-body'];
    else if (prevRole === 'heading' && prev && NUMBERED_SECTION.test(prev.text)) [role, rule] = ['body', 'after-numbered-section'];
    else if (paragraphIndent) [role, rule] = ['body', 'indented-paragraph'];
    else if (profile.indentedParagraphs && !/[。.]$/u.test(trimmed) && width <= SETTINGS.segment.headLineChars) [role, rule] = ['heading', 'unindented-head'];
    else if (
      !profile.longLines &&
      width >= profile.localWidths[index]! * SETTINGS.segment.wideHeadingRatio &&
      // (Short of twice the column's width, where no break stands above (after one, `heading-shape` reads it), only under a
      // line that stops short of its column, a paragraph's or a list's last line (`查詢熱線：2345 6789`): text broken at the
      // column's width runs on into the next line, where the column itself widens under a picture's end (`…对接培` /
      // `训、应用研究“四位一体”的校地合作平台，从师范生`) or a story's last line runs into its continuation marker
      // (`全年目标任务打下了坚实基础（下转第二版）`). No clause break in it, and not over a reporter's line, where
      // `headline-over-byline` reads the head whole, its kicker too (`浙江宁波外贸企业积极布局国内市场` / `一个新品牌，…` / `本报记者 窦瀚洋`).)
      (width >= profile.localWidths[index]! * 2 ||
        (!afterBreak &&
          (prev?.block.widths[0] ?? 0) <= (profile.localWidths[index - 1] ?? 0) - SETTINGS.segment.shortLineChars &&
          // (Nor under a lead-in that ends on a colon, `各場賽果：`: the rows of its list may be set wide.)
          !/[:：]$/u.test(prev?.text.trim() ?? '') &&
          !/[，,；;]/u.test(text) &&
          !(lines[index + 1] !== undefined && REPORTER_LINE.test(lines[index + 1]!.text)))) &&
      prevRole !== 'heading' &&
      !(prev && (prev.block.widths[0] ?? 0) >= profile.localWidths[index]! + 3) &&
      isHeadingShaped(text, width, profile.localWidths[index]!, profile)
    )
      [role, rule] = ['heading', 'wide-heading'];
    // Rule `notice-detail`: a notice's particulars (`地點：澳門南灣大馬路926號…`, `时间：5月1日上午9时`) are its text, never a head.
    else if (NOTICE_DETAIL.test(trimmed)) [role, rule] = ['body', 'notice-detail'];
    // (`afterBreak` covers a heading line above: a heading may run over several lines.)
    else if (afterBreak && isHeadingShaped(text, width, profile.localWidths[index]!, profile)) [role, rule] = ['heading', 'heading-shape'];
    // (Not a line of running text: one as wide as its column with a clause break in it, `觀塘區將新增…中心，合`, under a
    // headline that happens to end on an organisation's name.)
    else if (
      prevRole === 'heading' &&
      prev &&
      ORGANISATION.test(prev.text) &&
      !CLAUSE_END.test(text) &&
      !text.includes('。') &&
      !(!profile.longLines && width >= profile.localWidths[index]! - 1 && /[，,；;]/u.test(text))
    )
      [role, rule] = ['heading', 'organisation-heading'];
    roles.push(role);
    rules.push(rule);
  });
  // (How many lines of text run on from under a line before the next head or anything else.)
  const textRunAfter = (index: number) => {
    let k = index + 1;
    while (k < lines.length && roles[k] === 'body' && !leads[k]) k++;
    return k - index - 1;
  };
  // Rule `headline-over-time`: where every line is a paragraph, the line straight over a web copy's time (`2025.09.18  |
  // 08:10`) that ends no sentence and is no wider than a head is the story's headline, whatever marks it holds
  // (`降息1碼！鮑爾說了什麼？聯準會決策重點一次看`): sites set the time under the headline.
  // (A head of kicker, headline and subtitle is up to `segment.timeHeadLines` such lines, the first after a blank line or a
  // sentence's end.)
  // (Only over text that reads as a story's: a paragraph under the time, not a schedule's or a score table's next row; and
  // not the rows of a list its lead-in opens, `…比赛结果如下：`, nor a closing note, `（作者单位：…）`.)
  // In printed columns (a web copy printed to PDF, its stories run one after another) the time stands alone as text; there
  // the head over it must stand after a break, as a story's last line ends its sentence, and the time becomes the copy's.
  for (let index = 1; index + 1 < lines.length; index++) {
    const time = lines[index]!.text.trim();
    if (
      (profile.longLines
        ? rules[index] !== 'web-copy-meta'
        : !(roles[index] === 'body' || rules[index] === 'heading-shape') || !WEB_TIME_BAR_LINE.test(time)) ||
      !isWebTime(time) ||
      roles[index + 1] !== 'body' ||
      // (In printed columns story text runs to its column's width.)
      !startsStoryText(lines, index + 1, profile)
    )
      continue;
    const head: number[] = [];
    for (let above = index - 1; above >= 0 && index - above <= SETTINGS.segment.timeHeadLines; above--) {
      const text = lines[above]!.text.trim();
      // (In printed columns the head may already read as one by its shape.)
      const shaped = !profile.longLines && roles[above] === 'heading' && (rules[above] === 'heading-shape' || rules[above] === 'wide-heading');
      if ((roles[above] !== 'body' && !shaped) || leads[above] || CLOSING_LINE_RULES.has(rules[above]!) || endsSentence(text) || /[:：]$/u.test(text)) break;
      if (charsOf(text) > SETTINGS.segment.leadDeckChars) break;
      head.push(above);
      if (lines[above]!.block.blankBefore) break;
    }
    // (Nor rows of a schedule, each over its time: `开幕式` / `2025.11.09 | 20:00` / `马拉松比赛` / `2025.11.16 | 07:30`.)
    const top = head.at(-1);
    if (top === undefined || (top > 0 && (/[:：]$/u.test(lines[top - 1]!.text.trim()) || isWebTime(lines[top - 1]!.text.trim())))) continue;
    if (
      !profile.longLines &&
      (!(
        top === 0 ||
        lines[top]!.block.blankBefore ||
        roles[top - 1] !== 'body' ||
        endsSentence(lines[top - 1]!.text) ||
        CLOSING_LINE_RULES.has(rules[top - 1]!)
      ) ||
        // (A headline's length: a schedule's items, `親子工作坊` / `2025.11.09 | 10:00`, are shorter.)
        charsOf(head.map((at) => lines[at]!.text.trim()).join('')) < SETTINGS.segment.unsignalledColumnHeadChars ||
        // (And a story's text under the time: a live blog's entries and a listing's items run a line or two.)
        textRunAfter(index) < SETTINGS.segment.timeStoryLines)
    )
      continue;
    for (const at of head) [roles[at], rules[at]] = ['heading', 'headline-over-time'];
    if (!profile.longLines) [roles[index], rules[index]] = ['furniture', 'web-copy-meta'];
  }
  markReleaseFields(lines, roles, rules, leads, profile);
  // Rule `page-furniture` beside the masthead: in the page's first lines, a short line next to the paper's name that
  // dates or numbers the page is the banner's, however OCR misread it (`2026年5月]日`, `要闻”第04版`).
  // (Or under another such line, the banner going on: `桐溪日报` / `2025年1月8日 星期三 农历甲辰年十二月初九` /
  // `中共桐溪县委主办 今日4版`.)
  for (let index = 0; index < lines.length && index < BANNER_LINES; index++) {
    // (Only what a banner prints there: a date, a weekday or a lunar date, the day's page count, `今日4版`; not a headline
    // that numbers something, `第15届全运会今晚在广州开幕`.)
    const underBanner =
      rules[index - 1] === 'page-furniture' && roles.slice(0, index).every((role) => role === 'furniture') && BANNER_GOES_ON.test(lines[index]!.text);
    if (rules[index - 1] !== 'masthead' && rules[index + 1] !== 'masthead' && !underBanner) continue;
    const text = lines[index]!.text.trim();
    // (A year, a page number or a weekday: a headline with a date in it, `5月1日起这些新规施行`, names neither; nor does a
    // clause, `1949年4月，…`.)
    if (
      roles[index] !== 'furniture' &&
      (charsOf(text) <= SETTINGS.segment.bannerDateChars || BANNER_DATE_LINE.test(text.replace(/\s+/gu, ''))) &&
      BANNER_DATE_HINT.test(text) &&
      !/[，,。；;]/u.test(text) &&
      !endsSentence(text)
    )
      [roles[index], rules[index]] = ['furniture', 'page-furniture'];
  }
  // Rule `banner-section`: a short name between two parts of the page's banner at its top (`人民日报` / `党建` /
  // `2025年12月16日 星期二 第18版`) is the page's section name, part of the banner.
  // (Or before them all, where the name is set at the banner's left and OCR's reading order puts it first: `党建` / `人民日报` /
  // `2025年12月16日星期二第18版`, two parts of the banner after it.)
  for (let index = 0; index + 1 < lines.length && index < BANNER_LINES; index++) {
    // (Or straight under the masthead over the page's first headline, where the extraction set the banner's date
    // elsewhere: `蘋果日報` / `港聞` / `女籃小將猝死`; only a name pages are called by.)
    // (Not straight over a lead: a front page's headline, `法治` / `【本報訊】…`, may be a word pages are called by.)
    // (Or under the page's line, `人民日报 2025年01月02日 第 04 版` / `要闻`, the banner above it all furniture.)
    if (
      roles[index] === 'heading' &&
      (rules[index - 1] === 'masthead' ||
        (rules[index - 1] === 'page-furniture' &&
          roles.slice(0, index).every((role) => role === 'furniture') &&
          // (Where the page line names its section already, `A1 要聞`, a section word under it is the front page's headline.)
          !SECTION_IN_LINE.test(lines[index - 1]!.text))) &&
      SECTION_NAME_LINE.test(lines[index]!.text.trim()) &&
      roles[index + 1] === 'heading' &&
      !leads[index + 1]
    ) {
      [roles[index], rules[index]] = ['furniture', 'banner-section'];
      continue;
    }
    if (roles[index] !== 'heading' || !BANNER_RULES.has(rules[index + 1]!) || !roles.slice(0, index).every((role) => role === 'furniture')) continue;
    // (At the page's top, two parts of the banner after it, or the page's number alone: `中国新闻` / `A02`.)
    if (index === 0 && !(rules[2] !== undefined && BANNER_RULES.has(rules[2])) && !PAGE_NUMBER_ALONE.test(lines[1]!.text.trim())) continue;
    if (SECTION_NAME.test(lines[index]!.text.trim())) [roles[index], rules[index]] = ['furniture', 'banner-section'];
  }
  // Up to four short lines with no sentence end directly above a paragraph that opens with a
  // news lead (`【新华社…电】`, `本报北京12月31日讯`) are that item's headline, commas and all
  // (`群众认为物资微少，不足弥补八年创伤`). In printed columns the group must stand after a break
  // (a blank line, a sentence end or a heading), so the last line of a paragraph never joins it.
  for (let index = 0; index < lines.length; index++) {
    // A section label in brackets (`【曾经】`, rule `section-label`) is text, never a lead: no headline over it.
    if (!(roles[index] === 'body' && leads[index] && rules[index] !== 'section-label')) continue;
    // (Over the outlet's name that credits the lead, rule `outlet-over-lead`: `…救熄` / `有線新聞` / `【有線新聞】…`.)
    const under = rules[index - 1] === 'outlet-over-lead' ? index - 1 : index;
    let top = under;
    for (let above = under - 1; above >= 0 && index - above <= 4; above--) {
      const line = lines[above]!;
      const width = line.block.widths[0] ?? 0;
      if (roles[above] === 'heading') {
        top = above;
        continue;
      }
      // Where every line is a paragraph, a deck straight under the head may end on an exclamation or a question
      // (`宣称：“我们要保卫已经得到的土地！”`): no paragraph stands between a head and its lead. So may a quoted question
      // straight over the lead (`“数字人民币，离我们还有多远？”`), which heading-shape takes for speech.
      const deck = (profile.longLines && roles[above - 1] === 'heading' && !line.text.includes('。')) || (above === under - 1 && isQuotedQuestion(line.text));
      if (
        roles[above] !== 'body' ||
        rules[above] === 'label-value' ||
        rules[above] === 'web-address' ||
        // (Nor the items of a list under a colon, `設立援助站：` / `雅麗氏何妙齡那打素醫院`, over the next story's head.)
        rules[above] === 'list-after-colon' ||
        // (Nor a line that introduces what follows, `設立援助站：`: no headline ends on a colon.)
        /[:：]$/u.test(line.text.trim()) ||
        CLOSING_LINE_RULES.has(rules[above]!) ||
        // (In printed columns a head may be wider than its column, set across columns: no paragraph line is. Where every
        // line is a paragraph, a summary deck (提要) under the headline may run longer; the head must open short, below.)
        width > (profile.longLines ? SETTINGS.segment.leadDeckChars : Math.max(40, profile.localWidths[above] ?? 40)) ||
        (endsSentence(line.text) && !deck) ||
        (CLAUSE_END.test(line.text) && !(deck && /[！？!?]$/u.test(line.text.trim()))) ||
        line.text.includes('。') ||
        leads[above]
      )
        break;
      top = above;
      if (line.block.blankBefore) break;
    }
    // (A head opens with its headline, a line of a headline's length: long lines at the top are a paragraph's. Summary
    // decks stand at its foot: a long line with a shorter one under it is a paragraph's, and the head starts below it.)
    const long = (k: number) => roles[k] !== 'heading' && (lines[k]!.block.widths[0] ?? 0) > 40;
    for (let k = under - 2; k >= top; k--)
      if (long(k) && !long(k + 1)) {
        top = k + 1;
        break;
      }
    while (top < under && long(top)) top++;
    const before = lines[top - 1];
    // (A closing line, or a court report's case number, ends its text as a full stop does.)
    const afterBreak =
      !before ||
      lines[top]!.block.blankBefore ||
      roles[top - 1] !== 'body' ||
      endsSentence(before.text) ||
      endsWithDispatch(before.text) ||
      CLOSING_LINE_RULES.has(rules[top - 1]!) ||
      CASE_NUMBER.test(before.text.trim());
    if (top === under || (!profile.longLines && !afterBreak)) continue;
    for (let k = top; k < under; k++) if (roles[k] === 'body' || roles[k] === 'heading') [roles[k], rules[k]] = ['heading', 'headline-before-lead'];
  }
  // Rule `headline-over-byline`: where every line is a whole paragraph, a line that ends no
  // sentence straight above a reporter's line (`本报记者 邓建胜`) is a headline, commas and all
  // (`稳外贸，江苏着力在“新”字上做文章（活力中国调研行）`).
  // In printed columns, only a line standing apart (a blank above it where blanks mean something, and a sentence
  // end or no text before it) that ends no sentence straight above a reporter's line is a headline: a headline as
  // wide as its column (`多措并举提升适老化服务水平` / `本报记者 王 者`).
  // Where nearly every line has a blank before it (a double-spaced extraction), blank lines say nothing.
  const { blankLinesMean } = profile;
  const standsApart = (k: number) =>
    blankLinesMean ? lines[k]!.block.blankBefore || k === 0 : k === 0 || roles[k - 1] !== 'body' || endsSentence(lines[k - 1]!.text);
  const headShaped = (k: number) =>
    roles[k] === 'body' &&
    rules[k] === 'body' &&
    (!endsSentence(lines[k]!.text) || (isQuotedQuestion(lines[k]!.text) && ['reporter-line', 'marked-byline'].includes(rules[k + 1]!))) &&
    !CLAUSE_END.test(lines[k]!.text.trim()) &&
    [...lines[k]!.text.trim()].length <= HEADLINE_OVER_BYLINE_CHARS;
  // (Where every line is a paragraph, an author's name alone counts as such a line when the line over it stands after a
  // sentence end: `日前，…。` / `不乱贷，也不能惜贷` / `李琨`.)
  // (Only a line of headline length: a longer one that stops mid-sentence over a name is a paragraph broken off, signed.)
  // (A name of three characters jieba reads as a name, whose surname the list lacks, counts there too: `俱鹤飞`.)
  const nameUnder = (index: number) =>
    profile.longLines &&
    [...lines[index]!.text.trim()].length <= SETTINGS.segment.headlineOverNameChars &&
    !/[：:]$/u.test(lines[index]!.text.trim()) &&
    (isNameLine(lines[index + 1]!.text) || isUnlistedNameUnder(lines, index)) &&
    roles[index + 1] !== 'furniture' &&
    (index === 0 || roles[index - 1] !== 'body' || endsSentence(lines[index - 1]!.text));
  for (let index = 0; index + 1 < lines.length; index++) {
    if (roles[index] !== 'body' || rules[index] !== 'body' || !(['reporter-line', 'marked-byline'].includes(rules[index + 1]!) || nameUnder(index))) continue;
    if (!profile.longLines) {
      if ((blankLinesMean && lines[index + 1]!.block.blankBefore) || !headShaped(index)) continue;
      // The head may run over up to three lines (kicker, headline) from a line standing apart down to the byline.
      let top = index;
      // (Up over a line already read as a head too: a kicker standing apart over a headline as wide as its column.)
      while (!standsApart(top) && top > 0 && index - top < 2 && (headShaped(top - 1) || roles[top - 1] === 'heading')) top--;
      if (!standsApart(top)) continue;
      for (let k = top; k <= index; k++) [roles[k], rules[k]] = ['heading', 'headline-over-byline'];
      // A kicker standing apart over it (`山东累计完成金融机构适老化网点改造1.2万个`).
      if (top > 0 && standsApart(top - 1) && headShaped(top - 1) && (top < 2 || roles[top - 2] !== 'body' || endsSentence(lines[top - 2]!.text)))
        [roles[top - 1], rules[top - 1]] = ['heading', 'headline-over-byline'];
      continue;
    }
    // The headline and a kicker over it (`广东惠州整改…问题` / `立体化监督，让教育回归本职`): up to two lines.
    for (let above = index; above >= 0 && index - above < 2; above--) {
      const text = lines[above]!.text.trim();
      // (A headline may exclaim, `長榮提告要「三寶」！　工會：不怕！我們沒違法！`, where no full stop stands inside it.)
      // (Only where text goes on under the byline: a story's last paragraph may exclaim over its closing byline, with the
      // next story's head after it.)
      const exclaims = above === index && /[！!]$/u.test(text) && !text.includes('。') && roles[index + 2] === 'body';
      // (Nor a sentence signed in brackets, `…请你斟酌。（邵力平）`: a paragraph's end, though it ends on the bracket. A quotation
      // headline, `“油茶是我们村的宝。”`, ends on its quote and is a head.)
      if (
        roles[above] !== 'body' ||
        rules[above] !== 'body' ||
        (/[。！!；;：:]$/u.test(text) && !exclaims) ||
        SIGNED_SENTENCE.test(text) ||
        [...text].length > HEADLINE_OVER_BYLINE_CHARS
      )
        break;
      // A kicker line must itself follow a sentence end or a non-body line: the last line of a paragraph is no kicker.
      if (above < index && above > 0 && roles[above - 1] === 'body' && rules[above - 1] === 'body' && !endsSentence(lines[above - 1]!.text)) break;
      [roles[above], rules[above]] = ['heading', 'headline-over-byline'];
    }
  }
  // Rule `head-block-over-byline`: in printed columns that set blocks apart with blank lines (the seed pages' shape), a
  // block of one to three lines, none of them ending a sentence or a clause and none wider than its column, standing
  // over a byline set apart by a blank (`邹平市:` / `刘忠英的丈夫患上了胸膜炎` / (blank) / `吴旭东`), is a head: a headline
  // as wide as its column is no paragraph's first line there.
  if (!profile.longLines && blankLinesMean) markHeadBlocksOverBylines(lines, roles, rules, profile);
  // (A line as wide as its column, give or take a character: text broken at the column's edge, whatever it opens with.)
  const atColumnWidth = (index: number) => Math.abs((lines[index]!.block.widths[0] ?? 0) - (profile.localWidths[index] ?? 0)) <= 1;
  // Rule `headline-over-subtitle`: in printed columns, a short line straight over a subtitle that opens with a dash
  // (`砥砺奋进再出发` / `——习近平总书记的节日祝贺…`) is its headline where it stands apart (a blank line over it, where
  // blank lines mean something, or a sentence's end): the dash marks the head whatever the line over it ended.
  if (!profile.longLines)
    for (let index = 1; index < lines.length; index++) {
      if (
        rules[index] !== 'subtitle-dash' ||
        roles[index - 1] !== 'body' ||
        rules[index - 1] !== 'body' ||
        lines[index]!.block.blankBefore ||
        atColumnWidth(index)
      )
        continue;
      const line = lines[index - 1]!;
      const text = line.text.trim();
      const apart =
        index - 1 === 0 ||
        (profile.blankLinesMean && line.block.blankBefore) ||
        roles[index - 2] !== 'body' ||
        endsSentence(lines[index - 2]!.text) ||
        CLOSING_LINE_RULES.has(rules[index - 2]!);
      // (Not under a line that announces a list, `…常备以下几种物品：`: its items may be set wide, a dash line under them.)
      const afterColon = index >= 2 && /[:：]$/u.test(lines[index - 2]!.text.trim());
      // (Or a line set across columns over a subtitle set so too, both wider than the column: `申城最大隔离点运行平稳 感染者
      // 转阴约需7-10天` / `——访新国际博览中心 集中隔离收治点总指挥陈尔真`.)
      const width = line.block.widths[0] ?? 0;
      const local = profile.localWidths[index - 1] ?? 0;
      if (
        apart &&
        (width <= local - SETTINGS.segment.shortLineChars || (setAcross(lines, profile, index - 1) && setAcross(lines, profile, index) && !afterColon)) &&
        !endsSentence(text) &&
        !CLAUSE_END.test(text) &&
        !/[，,；;：:]/u.test(text)
      )
        [roles[index - 1], rules[index - 1]] = ['heading', 'headline-over-subtitle'];
    }
  // A line directly above a heading line (no blank between) that could end a heading is part of it
  // (`群众因大病等返贫致贫可获救助金` above its wide subtitle).
  for (let index = lines.length - 2; index >= 0; index--) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    const prev = lines[index - 1];
    const afterBreak = !prev || roles[index - 1] !== 'body' || endsSentence(prev.text);
    if (
      roles[index] === 'body' &&
      rules[index] !== 'label-value' &&
      rules[index] !== 'web-address' &&
      !CLOSING_LINE_RULES.has(rules[index]!) &&
      roles[index + 1] === 'heading' &&
      !next.block.blankBefore &&
      // (A name alone under it is a byline, read as one below: what stands over a name is left to `headline-over-byline`.)
      !isNameLine(next.text) &&
      afterBreak &&
      !CLAUSE_END.test(line.text) &&
      !line.text.includes('。') &&
      !line.block.indent
    )
      [roles[index], rules[index]] = ['heading', 'heading-above-heading'];
  }
  // Rule `closing-credit-broken`: in printed columns a closing credit can be broken at the column's width like any
  // line (`（作者为中共上海市金山区委书` / `记）`); each piece alone looks like a short head line.
  if (!profile.longLines) {
    markBrokenCredits(lines, roles, rules);
    markBrokenCreditTails(lines, roles, rules);
    markBrokenSlashCredits(lines, roles, rules);
    // A broken credit closes its text like a whole one: a heading-shaped line after it stands after a break.
    for (let index = 1; index < lines.length; index++) {
      const { text, block } = lines[index]!;
      if ((rules[index - 1] !== 'closing-credit-broken' && rules[index - 1] !== 'closing-credit-tail') || rules[index] !== 'body') continue;
      if (isHeadingShaped(text.trim(), block.widths[0] ?? 0, profile.localWidths[index]!, profile)) [roles[index], rules[index]] = ['heading', 'heading-shape'];
    }
  }
  // Where blank lines separate paragraphs, a heading stands between blank lines: a "heading"
  // that runs straight into body text is the first line of a paragraph that lost its indent.
  // A head signed with its column's name (`坚持党建引领 激发共治活力（金台潮声）`) is no paragraph's first line.
  // Only in printed columns: where every line is a whole paragraph, no paragraph's first line can
  // look like a heading, so a heading-shaped line is a heading (`headline-over-paragraph`).
  // (Not on a page that sets every line apart, `usual-gap`, with no lead and no byline anywhere: there a head over plain
  // text is all that tells a story's start, rule `unsignalled-heads`, and no blank line sets a head apart from its text.)
  const unsignalledSpaced =
    lines.some((line) => line.block.spaced) && !leads.some(Boolean) && !roles.includes('byline') && !lines.some((line) => isNameLine(line.text));
  if (blankLinesMean && !profile.longLines && !unsignalledSpaced) {
    for (let index = 0; index < lines.length; index++) {
      if (roles[index] !== 'heading') continue;
      let end = index;
      while (end + 1 < lines.length && roles[end + 1] === 'heading' && !lines[end + 1]!.block.blankBefore) end++;
      // A paragraph's first line that lost its indent ends the head run (`head-over-lost-indent`).
      for (let k = index + 1; k <= end; k++)
        if (lostIndent(lines, rules, k, profile)) {
          for (let body = k; body <= end; body++) [roles[body], rules[body]] = ['body', 'head-over-lost-indent'];
          end = k - 1;
          break;
        }
      const next = lines[end + 1];
      const overLead = rules.slice(index, end + 1).includes('headline-before-lead');
      // (Nor is a head over an indented line: that line starts a paragraph of its own.)
      if (
        next &&
        !next.block.blankBefore &&
        roles[end + 1] === 'body' &&
        !next.block.indent &&
        !lostIndent(lines, rules, end + 1, profile) &&
        // (Nor is a head over its author's name: `守护即责任` / `田长栓`.)
        !isNameLine(next.text) &&
        !overLead &&
        !SUBTITLE.test(lines[index]!.text) &&
        // (Nor a headline over its dash subtitle, `砥砺奋进再出发` / `——习近平总书记的…`, where the subtitle is no line of
        // the column's width: `——“众人的事情由众人监` is a sentence's dash run on at the column's edge.)
        !(rules[end] === 'subtitle-dash' && !atColumnWidth(end)) &&
        !COLUMN_TAGGED_HEADLINE.test(lines[end]!.text.trim()) &&
        // (Nor a column's label, `编者按`: it runs into its note's text as printed.)
        !COLUMN_LABEL.test(lines[index]!.text.trim()) &&
        lines[index]!.block.hashDepth === 0 &&
        // (Nor is the page's first head, unindented: nothing stands over it to set it apart from.)
        (lines[index]!.block.indent || roles.slice(0, index).some((role) => role !== 'furniture')) &&
        // (Nor a head after a blank on a page whose blank lines set off stories, not paragraphs: `blank-line-head`.)
        !(profile.blankLineHeads && lines[index]!.block.blankBefore) &&
        // (Nor a head after a story's closing line, `（作者为…员工）`: no paragraph of that story follows it.)
        !(index > 0 && CLOSING_LINE_RULES.has(rules[index - 1]!)) &&
        // (Nor a head clearly short of its column over a full line, `印度公寓倒塌釀66死` over `印度德里一幢有200多人居住的四層高`:
        // a paragraph's first line runs to its column's width, less its indent.)
        !((lines[end]!.block.widths[0] ?? 0) < SETTINGS.segment.runIntoBodyWidthShare * (profile.localWidths[end] ?? 0) && atColumnWidth(end + 1))
      ) {
        for (let k = index; k <= end; k++) [roles[k], rules[k]] = ['body', 'heading-runs-into-body'];
      }
      index = end;
    }
  }
  // Second pass: a short line of personal names next to body text is a byline (`高吉楠`, `吴高鑫`);
  // elsewhere (between a banner and a headline, `秦颖`) it stays part of the heading group.
  lines.forEach((line, index) => {
    if (roles[index] !== 'heading' && roles[index] !== 'body') return;
    if (!isNameLine(line.text) && !(rules[index - 1] === 'headline-over-byline' && isUnlistedNameUnder(lines, index - 1))) return;
    const prevBody = roles[index - 1] === 'body';
    const nextBody = roles[index + 1] === 'body' || index + 1 === lines.length;
    if (prevBody || nextBody) [roles[index], rules[index]] = ['byline', 'name-byline'];
  });
  // Rule `standfirst-under-byline`: where every line is a whole paragraph, a line straight under a
  // byline that has commas but ends on no punctuation (`畅通消费渠道，优化消费场景，银龄群体将创造新的消费增长点`)
  // is the story's standfirst, part of its head; text paragraphs end on a full stop, a quote or a bracket.
  // Rule `blank-line-head`: on a page that sets a blank line before each story ({@link PageProfile.blankLineHeads}), a
  // line after a blank (or under the page's date at its top) that ends no sentence, with the block's text under it, is
  // the story's headline, however long within reason (`外交部就习近平主席对柬埔寨…举行中外媒体吹风会`), a column's tag and all.
  if (profile.blankLineHeads)
    lines.forEach((line, index) => {
      // (A tag in brackets opening the line, `【红军走过的地方】若尔盖：…`, is a column's name over a head, not a dispatch.)
      const tag = /^【([^】]*)】/u.exec(line.text.trim());
      const tagged = leads[index] && tag !== null && !DISPATCH_WORD.test(tag[1]!);
      if (roles[index] !== 'body' || (rules[index] !== 'body' && !(tagged && rules[index] === 'lead-byline-body')) || (leads[index] && !tagged)) return;
      // (The page's first line too: in printed columns no heading shape tells a head as wide as its column, and where every
      // line is a paragraph a first head may run as long as its text's lines.)
      const opens = line.block.blankBefore || (index > 0 && roles.slice(0, index).every((role) => role === 'furniture')) || index === 0;
      const under = lines[index + 1];
      if (!opens || !under || under.block.blankBefore || endsSentence(line.text) || CLAUSE_END.test(line.text.trim())) return;
      // (A line ending on a colon leads into what follows, `…重點如下：`: text, at the page top too.)
      if (/[：:]$/u.test(line.text.trim())) return;
      // (Up to `segment.blankHeadMaxChars`; and a sentence that lost its full stop, `前5个月，我国…占比提升至29.9%`, is set
      // apart by commas past a headline's length, where a long headline runs on in phrases set apart by spaces or 、.)
      // (A column's tag is no part of the headline's length: `【新思想引领新征程】坚持…，推动…`.)
      const chars = [...line.text.trim().replace(/^【[^】]*】/u, '')].length;
      if (chars > SETTINGS.segment.blankHeadMaxChars || (chars > SETTINGS.segment.blankHeadCommaChars && /[，,]/u.test(line.text))) return;
      // (In printed columns a paragraph's first line after a blank ends no sentence either: a head there holds no comma,
      // and stands under no line ending on a colon, whose list goes on under it.)
      if (!profile.longLines && (/[，,；;]/u.test(line.text) || (index > 0 && /[：:]$/u.test(lines[index - 1]!.text.trim())))) return;
      [roles[index], rules[index]] = ['heading', 'blank-line-head'];
      // (Where every line is a paragraph, so is a second deck under it that ends no sentence and holds no comma, over the
      // block's text: `總統接見日本前數位大臣平將明眾議員　強調…` / `總統接見「日本前數位大臣平將明眾議員乙行」`, which the
      // decks' reading then tells apart.)
      const deck = lines[index + 1];
      if (
        profile.longLines &&
        deck &&
        roles[index + 1] === 'body' &&
        rules[index + 1] === 'body' &&
        !leads[index + 1] &&
        lines[index + 2] &&
        !lines[index + 2]!.block.blankBefore &&
        !endsSentence(deck.text) &&
        !CLAUSE_END.test(deck.text.trim()) &&
        [...deck.text.trim()].length <= SETTINGS.segment.blankHeadMaxChars &&
        !/[，,]/u.test(deck.text)
      )
        [roles[index + 1], rules[index + 1]] = ['heading', 'blank-line-head'];
    });
  // Rule `isolated-line-head`: in printed columns whose blank lines set blocks apart (not every line), a line standing
  // alone between blank lines after a story's last sentence, ending no sentence and no clause, is a head: an extraction
  // sets a blank line above and below a headline that spans columns (`三亚市海棠区：监督推动破解安置难题`), where it is as
  // wide as the column and no lead follows to tell it.
  if (!profile.longLines && profile.blankLinesMean)
    lines.forEach((line, index) => {
      const under = lines[index + 1];
      if (roles[index] !== 'body' || rules[index] !== 'body' || !under) return;
      // (After a story's end as `storyEndsAt` reads it: a last sentence, or the reporter's line signing it, `…很快就可以
      // 回家了。` / `本报记者 左妍`.)
      if (!line.block.blankBefore || !under.block.blankBefore || !storyEndsAt(lines, roles, rules, index - 1)) return;
      const text = line.text.trim();
      const chars = [...text].length;
      // (No comma in it: a paragraph's first line set apart, `今年夏粮收购开始以来，全市`, is a clause of a sentence going on.)
      if (
        endsSentence(text) ||
        CLAUSE_END.test(text) ||
        /[，,；;]/u.test(text) ||
        chars < SETTINGS.segment.isolatedHeadMinChars ||
        chars > SETTINGS.segment.blankHeadMaxChars
      )
        return;
      // (Nor a paragraph's first line that an extraction set apart: it goes on in the line under it, a word across the
      // break, `…巡察组组` / `长张安中…`, or a verb's object, `…已实现` / `重新建构，…`.)
      if (wordAcross(text, under.text) || endsOnVerb(text)) return;
      [roles[index], rules[index]] = ['heading', 'isolated-line-head'];
    });
  if (!profile.longLines && profile.blankLinesMean) markQuestionKickers(lines, roles, rules);
  if (!profile.longLines) markHeadsOverWideDecks(lines, roles, rules, profile, leads);
  if (!profile.longLines && profile.blankLinesMean) markHeadBlocksApart(lines, roles, rules, profile);
  if (profile.longLines) markTopicHeads(lines, roles, rules);
  else markWideTopicHeads(lines, rules, profile, leads);
  if (profile.longLines) markColonLists(lines, roles, rules);
  if (profile.longLines)
    lines.forEach((line, index) => {
      const text = line.text.trim();
      if (roles[index] !== 'body' || rules[index] !== 'body' || roles[index - 1] !== 'byline') return;
      if (/[，,]/u.test(text) && /\p{Script=Han}$/u.test(text) && [...text].length <= SETTINGS.segment.headLineChars)
        [roles[index], rules[index]] = ['heading', 'standfirst-under-byline'];
    });
  return roles.map((role, index) => ({ role, rule: rules[index]! }));
}

/**
 * Rule `usual-gap`: on a page that sets a blank line (or more) between nearly all its lines, as many web and e-paper
 * copies set paragraphs apart and as a PDF extraction sets the lines of a page with wide line spacing, that gap says
 * nothing; only a wider one (two blank lines where one is usual) sets text apart, as a blank line does on a page with
 * none between its lines. Rewrites the lines' `blankBefore` so (marking them `spaced`) and returns the page's profile
 * read again; other pages are left as they are.
 */
export function withUsualGap(lines: readonly Line[], profile: PageProfile): PageProfile {
  const gaps = lines.slice(1).map((line) => line.block.gap ?? 0);
  const spaced = gaps.filter((gap) => gap > 0).length;
  if (gaps.length === 0 || spaced / gaps.length < SETTINGS.segment.blankLinesMeanShare) return profile;
  const counts = new Map<number, number>();
  for (const gap of gaps) if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  const [usual] = [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best));
  for (const { block } of lines) {
    block.spaced = (block.gap ?? 0) > 0;
    block.blankBefore = (block.gap ?? 0) > usual;
  }
  return profilePage(lines);
}

/** Options for {@link remarkClassifyLines}. */
export interface ClassifyOptions {
  /** Roles decided by an editor, by source line; they win over the classifier. */
  readonly roles?: ReadonlyMap<number, BlockRole>;
}

/** remark plugin: set `data.block.role` on every line paragraph ({@link classifyLines}). */
export const remarkClassifyLines: Plugin<[ClassifyOptions?], Root> = (options) => (tree, file) => {
  const nodes = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && Boolean(node.data?.block));
  const lines = nodes.map((node) => ({ text: node.children.map((child) => ('value' in child ? child.value : '')).join(''), block: node.data!.block! }));
  const profile = withUsualGap(lines, profilePage(lines));
  file.data.lineProfile = profile;
  const explained = explainLines(lines, profile);
  nodes.forEach((node, index) => {
    const edited = options?.roles?.get(node.data!.block!.lines[0]!);
    node.data!.block!.role = edited ?? explained[index]!.role;
    node.data!.block!.rule = edited ? 'edit' : explained[index]!.rule;
  });
};

declare module 'vfile' {
  interface DataMap {
    /**
     * The page's profile as its lines were classified ({@link profilePage}): whether it prints one paragraph per line, sets
     * a blank line before each story …; reflow reuses it while the lines stand in that order.
     */
    lineProfile: PageProfile;
  }
}
