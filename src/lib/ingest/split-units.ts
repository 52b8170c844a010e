import type { Heading, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import {
  CASE_NUMBER,
  HK_CASE_NUMBERS,
  FURNITURE_BOX,
  PICTURE_HEADLINE,
  BRACKET_DATE,
  isNameLine,
  DATE_LINE,
  SIGNED_DATE_LINE,
  NAMES_DATE_LINE,
  EDITOR_SIGNED_END,
  hasSlashCredit,
  endsWithReporter,
  endsWithSourceCredit,
  bothScripts,
  LABEL_VALUE,
  MARKED_BYLINE,
  COLUMN_INTRO_TEXT,
  COLUMN_LABEL,
  COLUMN_TAGGED_HEADLINE,
  FEED_ITEM_LABEL,
  COLUMN_TAG_LINE,
  ENDS_ON_WEB_ADDRESS,
  isWebTime,
  CONTINUATION,
  CONTINUATION_AT_END,
  CONTINUED_TO,
  CREDIT_LINE,
  CREDIT_TAIL,
  DRAWING_CREDIT,
  CAPTION_CREDIT_END,
  hasCreditTail,
  NUMBERED_SECTION,
  ORGANISATION,
  SERIES_LABEL,
  SIGNATURE,
  SENDER_GREETING,
  SUBTITLE,
  WEB_COPY_END,
  BRACKET_NAMES,
  LEAD_BYLINE,
  PHOTO_IS,
} from './patterns.ts';
import { BANNER_RULES, SPEAKER_HEAD, type LineRule } from './classify-lines.ts';
import { deckGrammar, endsOnJoiningWord, endsWithBracketNames, isBrokenHeadline, isNamesRun, isPostOverName } from './headline-grammar.ts';
import { bigrams, charsOf, endsSentence, median, overlap, overlapWithText, type Bigram } from './text-utils.ts';
import { SETTINGS } from './settings.ts';
import { toSimplified } from '../script/to-traditional.ts';
import type { BlockData, UnassignedText, Unit, UnitBlock, UnitStartRule } from './types.ts';

const PHOTO_SOURCE = bothScripts(/^图片来源/u);
const PHOTO_LEAD = bothScripts(/^.*?图为/u);
const STAFF_BYLINE = bothScripts(/^本报|记者/u);

/** How many segments either side of a headline or resumed part are candidates for matching. */
const WINDOW = 40;

/** A page number alone (`２`, `- 3 -`): a folio at the page's foot, furniture of its own. */
const FOLIO = /^[-—\s]*[0-9０-９]{1,3}[-—\s]*$/u;

/** The mark a wire story or a serial part ends with: `（完）`, `（全文完）`, `(完)`. */
const END_MARK = /[（(](?:完|全文完|本文完)[）)]\s*$/u;

/** Options for {@link splitUnits}. */
export interface SplitOptions {
  /** Least share of a headline's bigrams found in a body for a far headline to move there (default: `0.5`). */
  readonly headlineOverlap?: number;
  /** Least share of a resumed part's bigrams found in an earlier article to merge into it (default: `0.15`; and twice the runner-up's). */
  readonly resumeOverlap?: number;
  /** The page prints one paragraph per line: its headline decks are read by {@link readDecks}. */
  readonly longLines?: boolean;
  /** The page sets a blank line before each story (rule `blank-line-head`): a head after a blank heads a story. */
  readonly blankLineHeads?: boolean;
}

/** Result of {@link splitUnits}. */
export interface SplitResult {
  readonly units: Unit[];
  readonly unassigned: UnassignedText[];
  /** Where headlines sit on this page relative to their body. */
  readonly headlinePosition: 'before' | 'after';
}

interface Item {
  readonly kind: 'body' | 'heading' | 'byline' | 'credit' | 'continuation' | 'furniture';
  text: string;
  readonly block: BlockData;
}

interface HeadRun {
  readonly items: Item[];
  readonly index: number;
  /** How many segments came before this run on the page (where it stands among them). */
  readonly near: number;
  attachedTo: Segment | null;
  used: boolean;
  /** The unit rule that made this run head a story rather than a section, where one did. */
  startRule?: UnitStartRule;
}

interface Segment {
  readonly blocks: UnitBlock[];
  readonly headLines: number[];
  readonly bannerLines: number[];
  readonly index: number;
  head: HeadRun | null;
  tentative: HeadRun | null;
  /** Name-only bylines that close the body, as printed (`吴高鑫`; two lines joined by a space). */
  closingByline: string | null;
  continuation: string | null;
  /** The marker that sends the story on to another page (`（下转第二十版）`), as printed. */
  continuedTo?: string;
  leadByline: string | null;
  resumed: boolean;
  merged: boolean;
  series: string[];
  /** The story printed its end (`end-mark`, `author-credit-closes`): no resumed part signed on its own rejoins it. */
  ended?: boolean;
}

function itemsOf(tree: Root): Item[] {
  const items: Item[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading') continue;
    const block = (node as Paragraph | Heading).data?.block;
    if (!block?.role) continue;
    const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
    const kind = block.role === 'caption' ? 'body' : block.role;
    items.push({ kind, text, block });
  }
  return items;
}

const textOfBlocks = (blocks: readonly UnitBlock[]) => blocks.map((block) => block.text).join('');

/** The Chinese characters of a text, run together (what its words are made of, without markup, Latin letters or punctuation). */
const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/** A story's text so far, its bigrams and its Chinese characters' bigrams, kept up as blocks are added (not recomputed for every heading). */
interface StoryGrams {
  count: number;
  first: UnitBlock | undefined;
  length: number;
  tail: string;
  hanTail: string;
  grams: Set<Bigram>;
  hanGrams: Set<Bigram>;
}
const storyGramCache = new WeakMap<readonly UnitBlock[], StoryGrams>();
function storyGrams(blocks: readonly UnitBlock[]): StoryGrams {
  let entry = storyGramCache.get(blocks);
  if (!entry || entry.count > blocks.length || entry.first !== blocks[0]) {
    entry = { count: 0, first: blocks[0], length: 0, tail: '', hanTail: '', grams: new Set(), hanGrams: new Set() };
    storyGramCache.set(blocks, entry);
  }
  if (entry.count < blocks.length) {
    const added = textOfBlocks(blocks.slice(entry.count));
    const han = hanOnly(added);
    for (const gram of bigrams(entry.tail + added)) entry.grams.add(gram);
    for (const gram of bigrams(entry.hanTail + han)) entry.hanGrams.add(gram);
    entry.length += added.length;
    entry.tail = (entry.tail + added).slice(-64);
    entry.hanTail = (entry.hanTail + han).slice(-1);
    entry.count = blocks.length;
  }
  return entry;
}

/** The body text from item `from` on, up to the next heading, at most `chars` characters. */
function textAhead(items: readonly Item[], from: number, chars: number): string {
  let text = '';
  for (let i = from; i < items.length && text.length < chars && items[i]!.kind !== 'heading'; i++) if (items[i]!.kind === 'body') text += items[i]!.text;
  return text.slice(0, chars);
}

/**
 * Rule `feed-item-title`: a headline written as a feed item's title (`01版头版 - 【大美中国】假日时光`) is the headline after
 * the page's label; its column tag in 【】 is the unit's series, not its headline.
 */
function readFeedItemTitle(unit: Unit): void {
  if (unit.title === null || unit.titleInferred || unit.kind === 'page-header' || unit.kind === 'furniture') return;
  const label = FEED_ITEM_LABEL.exec(unit.title);
  if (!label) return;
  unit.title = unit.title.slice(label[0].length).trim();
  // (The page's label is kept with the tag as the series, so no printed character goes unpublished.)
  const page = label[0].replace(/【[^【】]*】$/u, '').trim();
  const tag = label[1] === undefined ? '' : `【${label[1]}】`;
  unit.series = [page, tag, unit.series ?? ''].filter(Boolean).join(' ');
}

/** A unit of a kind with nothing in it yet. */
export function emptyUnit(kind: Unit['kind']): Unit {
  return {
    kind,
    title: null,
    titleInferred: false,
    subtitle: null,
    kicker: null,
    series: null,
    byline: null,
    organisation: null,
    continuedFrom: null,
    continuedTo: null,
    continuationMarker: null,
    headLines: [],
    bannerLines: [],
    blocks: [],
  };
}

const INFER_TITLE_SKIP = bothScripts(
  /^(?:\d+月\d+日|\d+年\d+月(?:\d+日)?|近年来|近日|目前|日前|截至目前|今年以来|据悉|据了解|同时|此外|“?我为群众办实事”?实践活动开展以来)$/u,
);

/**
 * Infer a title from the first sentence of a body: its first clause, at most 24 characters.
 * @example inferTitle('近年来，无棣县始终坚持民生优先，不断加大社会救助力度。') // → '无棣县始终坚持民生优先'
 */
export function inferTitle(text: string): string {
  // (`〓` stands for a space in some corpus copies: `本报讯〓一月六日，…`.)
  const clauses = text
    .split(/[，,。；;！？!?：:〓]/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
  const clause = clauses.find((candidate) => !INFER_TITLE_SKIP.test(candidate) && [...candidate].length >= 4) ?? clauses[0] ?? text;
  const chars = [...clause];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : clause;
}

/**
 * Step 1 of {@link splitUnits}: photo captions (a paragraph with a credit after it or at its end, or a `图片来源` credit
 * with its caption line) and page furniture (page numbers, datelines, the banner) become units of their own; a credit
 * that belongs to no caption is kept unassigned; everything else is `rest`, in order, for the steps after.
 */
function separateCaptions(
  items: readonly Item[],
  longLines: boolean,
): { rest: Item[]; units: Unit[]; captions: { unit: Unit; line: number }[]; unassigned: UnassignedText[] } {
  const rest: Item[] = [];
  const units: Unit[] = [];
  const captions: { unit: Unit; line: number }[] = [];
  const unassigned: UnassignedText[] = [];
  /** Where the last `bodiless-item` stood (its time's index). */
  let bodilessAt = -1;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const next = items[i + 1];
    const spread = item.kind === 'heading' && items[i - 1]?.kind !== 'heading' ? pictureSpread(items, i) : null;
    if (spread) {
      captions.push({ unit: spreadUnit(items.slice(i, spread.end), spread.headCount), line: item.block.lines[0]! });
      i = spread.end - 1;
      continue;
    }
    const numbered = item.kind === 'heading' ? numberedPictures(items, i) : null;
    if (numbered) {
      // Rule `numbered-pictures`: numbered captions (`１、…`, `２、…`) under a picture headline are one photo caption
      // titled by it; under a picture column's label (`图片新闻`) each is a caption of its own and the label a page header.
      if (PICTURE_HEADLINE.test(item.text.trim())) captions.push({ unit: spreadUnit(items.slice(i, numbered.end), 1), line: item.block.lines[0]! });
      else {
        const label = emptyUnit('page-header');
        label.title = item.text;
        label.headLines = [...item.block.lines];
        units.push(label);
        for (const [caption, credit] of numbered.pictures) captions.push({ unit: captionUnit(caption, credit), line: caption.block.lines[0]! });
      }
      i = numbered.end - 1;
      continue;
    }
    // Rule `bodiless-item`: a head with a web copy's time under it and no text after (the next head, furniture or the page's
    // end: `福彩开奖公告` / `2026-03-29`, an e-paper's record of a notice printed as a picture) is no story: furniture
    // named by its head, its time under it (published as its subtitle).
    if (
      longLines &&
      item.kind === 'furniture' &&
      isWebTime(item.text.trim()) &&
      rest.at(-1)?.kind === 'heading' &&
      rest.at(-1) === items[i - 1] &&
      nothingAfter(items, i + 1) &&
      // (After a story's end or another such item: not a row of a schedule under its lead-in, `…日程如下：`.)
      (bodilessAt === i - 2 || (items[i - 2]?.kind === 'body' && endsSentence(items[i - 2]!.text)))
    ) {
      bodilessAt = i;
      const head = rest.pop()!;
      const unit = emptyUnit('furniture');
      unit.title = head.text;
      unit.subtitle = item.text;
      unit.headLines = [...head.block.lines, ...item.block.lines];
      units.push(unit);
      continue;
    }
    if (item.kind === 'furniture') {
      // Page numbers and datelines: consecutive ones are one unit, a page header before any body.
      // (A box's name after other furniture starts a box of its own: `今日导读` and its rows, then `天气预报` and its.)
      const group = [item];
      while (items[i + 1]?.kind === 'furniture' && !namesBox(items[i + 1]!)) group.push(items[++i]!);
      // Rule `banner-parts`: the parts of the page's banner (its date, its paper's name) that an extraction set
      // down among the stories belong to the page header printed at its top; a folio stays furniture.
      const header = units.find((unit) => unit.kind === 'page-header');
      if (header && rest.length > 0 && group.every((entry) => BANNER_RULES.has(entry.block.rule as LineRule) && !FOLIO.test(entry.text))) {
        header.title = [header.title, ...group.map((entry) => entry.text)].join(' ');
        header.headLines.push(...group.flatMap((entry) => entry.block.lines));
        continue;
      }
      // A box (`furniture-box`: a weather box, a price table, a notice, an index) is named by its heading; its rows are its
      // text; it is furniture wherever it stands (at the top of the page too: no part of the page's banner).
      const boxRows = namesBox(group[0]!) ? group.slice(1) : [];
      const unit = emptyUnit(rest.some((entry) => entry.kind === 'body') || boxRows.length > 0 ? 'furniture' : 'page-header');
      const named = boxRows.length > 0 ? [group[0]!] : group;
      unit.title = named.map((entry) => entry.text).join(' ');
      unit.headLines = named.flatMap((entry) => entry.block.lines);
      unit.blocks = boxRows.map((entry) => ({ type: 'paragraph' as const, text: entry.text, lines: entry.block.lines }));
      units.push(unit);
      continue;
    }
    if (next?.kind === 'credit' && captionPlace(items, i, longLines) === 'picture-story' && rest.at(-1) === items[i - 1]) {
      // Rule `picture-story`: a headline over nothing but a caption and its credit titles that caption (a headline
      // broken over lines, no blank between them, all of it).
      const head = [rest.pop()!];
      while (head.length < 3 && rest.at(-1)?.kind === 'heading' && !head[0]!.block.blankBefore) head.unshift(rest.pop()!);
      const unit = captionUnit(item, next);
      unit.title = head.map((entry) => entry.text).join('');
      unit.titleInferred = false;
      unit.headLines = [...head.flatMap((entry) => entry.block.lines), ...unit.headLines];
      captions.push({ unit, line: head[0]!.block.lines[0]! });
      i++;
      continue;
    }
    if (next?.kind === 'credit' && captionPlace(items, i, longLines) === 'under-head') {
      // Rule `caption-under-head`: the story's own picture, printed between its head and its text.
      rest.push(item, { ...next, kind: 'body' });
      i++;
      continue;
    }
    if (next?.kind === 'credit' && creditClosesArticle(item, next, longLines)) {
      // Rule `credit-closes-article`: the credit stays in the story, as its last line.
      rest.push(item, { ...next, kind: 'body' });
      i++;
      continue;
    }
    if (item.kind === 'body' && !item.block.startSignal && next?.kind === 'credit' && !PHOTO_SOURCE.test(next.text)) {
      captions.push({ unit: captionUnit(item, next), line: item.block.lines[0]! });
      i++;
      continue;
    }
    if (item.kind === 'body' && !item.block.startSignal && PHOTO_IS.test(item.text) && hasCreditTail(item.text)) {
      captions.push({ unit: captionUnit(item, null), line: item.block.lines[0]! });
      continue;
    }
    if (item.kind === 'credit' && PHOTO_SOURCE.test(item.text) && next && (next.kind === 'heading' || next.kind === 'body') && !next.block.startSignal) {
      captions.push({ unit: captionUnit(next, item), line: item.block.lines[0]! });
      i++;
      continue;
    }
    if (item.kind === 'credit') {
      unassigned.push({ text: item.text, lines: item.block.lines });
      continue;
    }
    rest.push(item);
  }
  return { rest, units, captions, unassigned };
}

/**
 * Step 2 of {@link splitUnits}: whether this page prints headlines before or after their bodies. A page that opens
 * with body text, or closes with a heading, prints them after; but the page's shape can mislead (one credit or byline
 * on the last line): where the headlines' own words say clearly which body each belongs to, they decide (rule
 * `headline-position-vote`).
 */
function headlinePosition(rest: readonly Item[], longLines: boolean): 'before' | 'after' {
  const shape: 'before' | 'after' = rest[0]?.kind === 'body' || rest.at(-1)?.kind === 'heading' ? 'after' : 'before';
  // (Where every line is a whole paragraph, a page that opens with a headline is a copy made story by story, head
  // first, whatever closes it (a picture's headline whose caption went apart): its headlines' words do not turn it
  // round. A letters page whose letters all argue one topic shares each head's words with the letter before as much as
  // with its own.)
  // (Not where the page opens with a short section label, `国际新闻`, over a headline-after copy.)
  if (longLines && rest[0]?.kind === 'heading' && !/^[\p{Script=Han}·\s]{2,6}$/u.test(rest[0].text.trim())) return 'before';
  const votes = votePosition(rest);
  return votes.before >= 2 * votes.after + 2 ? 'before' : votes.after >= 2 * votes.before + 2 ? 'after' : shape;
}

/**
 * Step 7 of {@link splitUnits}: one unit per segment not merged into another, its head read into title, kicker,
 * subtitle, series and byline ({@link applyHead}), its kind (article, fragment, column intro) and, where no headline
 * is printed, its inferred title. Column labels it uses are taken from `columnLabels`; a marker or byline with no body
 * goes to `unassigned`.
 */
function unitsFromSegments(
  segments: readonly Segment[],
  page: { position: 'before' | 'after'; longLines: boolean },
  columnLabels: Item[],
  unassigned: UnassignedText[],
): Unit[] {
  const { position, longLines } = page;
  const units: Unit[] = [];
  // Decks are read by the paper's convention where every line is a whole paragraph, or in printed columns whose
  // headlines stand before their bodies (a head over its byline, `多措并举提升适老化服务水平` / `本报记者 王 者`).
  const decksApart = longLines || position === 'before';
  const decks = deckConvention(segments, decksApart);
  // Rule `unled-decks`: on a page of whole paragraphs where no story opens with a lead (Hong Kong briefs closed by
  // their source, `News Flash` / `美國務卿妻急病送院`), a head of plain decks (no byline, no comma) is read by the page's
  // deck convention too, as a head over a lead is.
  const unled = longLines && !segments.some((segment) => segment.leadByline !== null);
  const unledDecks = (head: HeadRun) => unled && head.items.every((item) => item.kind === 'heading' && !/[，,]/u.test(item.text));
  for (const segment of segments) {
    if (segment.merged) continue;
    const text = textOfBlocks(segment.blocks);
    const unit = emptyUnit('article');
    unit.blocks = segment.blocks;
    unit.headLines = [...segment.headLines];
    unit.bannerLines = [...segment.bannerLines];
    if (segment.head)
      applyHead(unit, segment.head, position, segment.leadByline !== null || headOverByline(segment.head, decksApart) || unledDecks(segment.head), decks);
    // (Only where no lead opens its text: a lead starts the story whatever its head.)
    if (segment.head?.startRule && segment.leadByline === null) unit.startRule = segment.head.startRule;
    const bylines = [segment.leadByline, unit.byline, segment.closingByline].filter((value): value is string => Boolean(value));
    // Each comes from its own source line: a byline printed twice is published twice, not dropped.
    unit.byline = bylines.length > 0 ? bylines.join(' ') : null;
    if (segment.series.length > 0) unit.series = [unit.series, ...segment.series].filter(Boolean).join(' ');
    if (segment.continuation) {
      unit.kind = 'fragment';
      const match = CONTINUATION.exec(segment.continuation);
      unit.continuedFrom = match ? pageOf(match[2]!) : segment.continuation;
      unit.continuationMarker = segment.continuation;
    }
    // Rule `continued-to`, at the end of the text: a marker run onto the story's last line (`…坚实基础（下转第二版）`).
    const trailing = CONTINUATION_AT_END.exec(segment.blocks.filter((block) => block.type === 'paragraph').at(-1)?.text ?? '');
    if (segment.continuedTo) {
      unit.kind = 'fragment';
      const match = CONTINUATION.exec(segment.continuedTo);
      unit.continuedTo = match ? pageOf(match[2]!) : segment.continuedTo;
    } else if (trailing && CONTINUED_TO.test(trailing[0])) {
      unit.kind = 'fragment';
      unit.continuedTo = pageOf(trailing[2]!);
    } else if (breaksOff(segment.blocks)) {
      unit.kind = 'fragment';
      unit.continuedTo = 'unknown';
    }
    // Rule `picture-headline`: a headline the paper marks as a picture's (`公路通到咱村啦（图片）`, `欢欢喜喜过个年（附图片２张）`)
    // over no lead, no byline and no more text than captions is a photo caption, not a story.
    if (
      unit.title &&
      PICTURE_ITEM.test(unit.title) &&
      segment.leadByline === null &&
      unit.byline === null &&
      segment.continuation === null &&
      unit.blocks.filter((block) => block.type === 'paragraph').length <= SETTINGS.segment.pictureHeadlineParagraphs
    )
      unit.kind = 'photo-caption';
    // Rule `credited-picture-item`: one paragraph under a head, signed by its photographer after its last sentence
    // (`…在甸尾村水杉湿地赏景游玩。孙文来摄/光明图片`, a paper's picture item as its feed gives it), with no lead and no
    // byline, is a photo caption: no story ends on its photographer's name.
    const paragraphs = unit.blocks.filter((block) => block.type === 'paragraph');
    if (
      unit.kind !== 'photo-caption' &&
      unit.title &&
      segment.leadByline === null &&
      unit.byline === null &&
      segment.continuation === null &&
      paragraphs.length === 1 &&
      endsOnPictureCredit(paragraphs[0]!.text)
    ) {
      unit.kind = 'photo-caption';
      unit.continuedTo = null;
    }
    if (COLUMN_INTRO_TEXT.test(text)) {
      unit.kind = 'column-intro';
      const label = columnLabels.shift();
      if (label) {
        unit.kicker = [label.text, unit.kicker].filter(Boolean).join(' ');
        unit.headLines.push(...label.block.lines);
        if (!unit.title) {
          // No headline is printed: the title repeats the label, which is published as the kicker.
          unit.title = label.text.replace(/^[·•]\s*|\s*[·•]$/gu, '');
          unit.titleInferred = true;
        }
      }
    }
    if (!unit.title) {
      unit.title = inferTitle(text);
      unit.titleInferred = true;
    }
    if (unit.blocks.length === 0 && !segment.head) {
      // A marker or byline with no body is no unit, but what it printed is kept (unassigned).
      unassigned.push({ text: [unit.continuationMarker, unit.byline].filter(Boolean).join(' '), lines: unit.headLines });
      continue;
    }
    units.push(unit);
  }
  return units;
}

/** The bodies' bigrams, computed when first compared (they were the largest cost of splitting a page), and the segments near one. */
interface Bodies {
  readonly grams: (segment: Segment) => Set<Bigram>;
  /** Candidates are looked for among the WINDOW segments either side, so a huge page stays linear. */
  readonly around: (near: number) => Segment[];
  /** A segment's body grew: compare with the whole of it from now on. */
  readonly forget: (segment: Segment) => void;
}

function bodiesOf(segments: readonly Segment[]): Bodies {
  const cache: (Set<Bigram> | undefined)[] = [];
  return {
    grams: (segment) => (cache[segment.index] ??= bigrams(textOfBlocks(segment.blocks))),
    around: (near) => segments.slice(Math.max(0, near - WINDOW), near + WINDOW),
    forget: (segment) => {
      cache[segment.index] = undefined;
    },
  };
}

/**
 * Step 4 of {@link splitUnits}: match headline runs to bodies. Where headlines stand before their body, by adjacency;
 * where after, the adjacent run unless another body shares far more of its characters.
 */
function matchHeadlines(runs: readonly HeadRun[], position: 'before' | 'after', headlineOverlap: number, bodies: Bodies): void {
  const { grams: bodyGrams, around } = bodies;
  if (position === 'before') {
    // Where headlines stand before their body the layout is reliable: adjacency only. Each run
    // stands before one body and each body after at most one run, so nothing competes and
    // nothing needs scoring.
    for (const run of runs) {
      const segment = run.attachedTo;
      if (!segment || run.used || segment.head) continue;
      run.used = true;
      segment.head = run;
    }
  } else {
    // The adjacent run unless another body shares far more of its characters.
    const pairs: { run: HeadRun; segment: Segment; score: number }[] = [];
    const pairsOf = new Map<HeadRun, { segment: Segment; score: number }[]>();
    for (const run of runs) {
      const grams = bigrams(headlineOf(run).text);
      for (const segment of around(run.near)) {
        const adjacent = run.attachedTo === segment;
        const score = overlap(grams, bodyGrams(segment)) + (adjacent ? 0.3 : 0);
        if (adjacent || score >= headlineOverlap) {
          pairs.push({ run, segment, score });
          pairsOf.set(run, [...(pairsOf.get(run) ?? []), { segment, score }]);
        }
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.run.index - b.run.index);
    for (const { run, segment, score } of pairs) {
      if (run.used || segment.head) continue;
      if (run.attachedTo !== segment && score < headlineOverlap) continue;
      if (run.attachedTo === segment && score < 0.3 + 0.05 && headlineOf(run).text.length > 0) {
        // Adjacent but sharing almost nothing: leave it for a better match or as a banner.
        const best = (pairsOf.get(run) ?? []).find((pair) => pair.segment !== segment && pair.score >= headlineOverlap && !pair.segment.head);
        if (best) continue;
      }
      run.used = true;
      segment.head = run;
    }
  }
}

/**
 * Step 5 of {@link splitUnits}: a resumed part (no headline, no opening signal) rejoins the earlier article it shares
 * most with; one that rejoins none is a story under the heading it opened with (`resumed-head`).
 */
function rejoinResumedParts(
  segments: readonly Segment[],
  runs: HeadRun[],
  resumedHeads: ReadonlyMap<Segment, Item>,
  page: { resumeOverlap: number },
  bodies: Bodies,
): void {
  const { resumeOverlap } = page;
  const { grams: bodyGrams, around } = bodies;
  for (const segment of segments) {
    if (!segment.resumed || segment.head || segment.continuation || segment.leadByline) continue;
    if (COLUMN_INTRO_TEXT.test(textOfBlocks(segment.blocks))) continue;
    const grams = bodyGrams(segment);
    // A resumed part often opens with a section heading of the same pattern as the
    // article's other headings (`协商式治理 让治理更民主` after `服务式治理 让治理更人性`).
    const opening = segment.blocks[0]?.type === 'heading' ? bigrams(segment.blocks[0].text) : null;
    const headingLikeness = (other: Segment) =>
      opening ? Math.max(0, ...other.blocks.filter((block) => block.type === 'heading').map((block) => overlap(opening, bigrams(block.text)))) : 0;
    // The best earlier article must share enough, and clearly more than the runner-up.
    const scored = around(segment.index)
      // (A story that printed its end takes back no part signed on its own: that is another piece, a sidebar.)
      .filter(
        (other) => other !== segment && !other.merged && !(other.ended && segment.closingByline) && other.index < segment.index && other.blocks.length > 0,
      )
      .map((other) => ({ other, score: overlap(grams, bodyGrams(other)) + 0.5 * headingLikeness(other) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0] && scored[0].score >= resumeOverlap && scored[0].score >= 2 * (scored[1]?.score ?? 0) ? scored[0].other : null;
    if (best) {
      best.blocks.push(...segment.blocks);
      best.headLines.push(...segment.headLines);
      // The part's closing byline now closes the whole article.
      if (segment.closingByline) best.closingByline = [best.closingByline, segment.closingByline].filter(Boolean).join(' ');
      segment.merged = true;
      // Its body grew: compare with the whole of it from now on.
      bodies.forget(best);
    } else if (resumedHeads.has(segment) && segment.blocks.length > 1) {
      // Rule `resumed-head`: a "resumed part" that rejoins no earlier story is a story of its own under the heading it
      // opened with (a Hong Kong brief after the byline that closed the last), in printed columns too.
      const item = resumedHeads.get(segment)!;
      segment.blocks.shift();
      segment.head = { items: [item], index: runs.length, near: segment.index, attachedTo: segment, used: true };
      runs.push(segment.head);
      segment.resumed = false;
    }
  }
}

/** A furniture box's name (`天气预报`, `标题导航`), the line its rows stand under. */
const namesBox = (item: Item) => item.block.rule === 'furniture-box' && FURNITURE_BOX.test(item.text.trim());

/**
 * Step 6 of {@link splitUnits}: runs no body took. Before any body they are page headers (pushed to `units`); elsewhere
 * a series banner of the story that shares most of its words, or unassigned. Returns the column labels met, for the
 * column intros of step 7.
 */
function placeLeftoverRuns(
  segments: readonly Segment[],
  runs: readonly HeadRun[],
  pageHeaders: readonly HeadRun[],
  units: Unit[],
  unassigned: UnassignedText[],
  bodies: Bodies,
): Item[] {
  const { grams: bodyGrams, around } = bodies;
  const columnLabels: Item[] = [];
  const firstBodyLine = segments.reduce((least, segment) => Math.min(least, segment.blocks[0]?.lines[0] ?? Infinity), Infinity);
  for (const run of pageHeaders) run.used = false;
  for (const run of runs) {
    const labels = run.items.filter((item) => COLUMN_LABEL.test(item.text));
    columnLabels.push(...labels);
    if (run.used) continue;
    const texts = run.items.filter((item) => !COLUMN_LABEL.test(item.text));
    if (texts.length === 0) continue;
    const firstLine = texts[0]!.block.lines[0]!;
    if (firstLine < firstBodyLine) {
      const unit = emptyUnit('page-header');
      unit.title = texts.map((item) => item.text).join(' ');
      unit.headLines = texts.flatMap((item) => item.block.lines);
      units.push(unit);
      continue;
    }
    const grams = bigrams(texts.map((item) => item.text).join(''));
    let best: Segment | null = null;
    let bestScore = 0.2;
    for (const segment of around(run.near)) {
      if (segment.merged) continue;
      const score = overlap(grams, bodyGrams(segment));
      if (score > bestScore) {
        best = segment;
        bestScore = score;
      }
    }
    // Rule `trailing-head`: a head run left over after the text of a story that has no head of its own, with no other
    // story's text between them (a head printed beneath its body, `无事不扰 规范执法` / `本报记者 张腾扬` at the foot of its
    // column), is that story's head, not a banner.
    // (A loop, not a spread: a story can have more lines than a call takes arguments.)
    const lastLineOf = (segment: Segment) => segment.blocks.reduce((last, block) => block.lines.reduce((most, line) => Math.max(most, line), last), 0);
    const lastLine = best !== null && best.head === null && best.leadByline === null ? lastLineOf(best) : Infinity;
    const trailing =
      best !== null &&
      firstLine > lastLine &&
      texts.some((item) => item.kind === 'heading' && !isSeriesLabel(item.text)) &&
      !segments.some(
        (segment) => segment !== best && !segment.merged && segment.blocks.some((block) => block.lines[0]! > lastLine && block.lines[0]! < firstLine),
      );
    if (best && trailing) {
      best.head = run;
      run.used = true;
    } else if (best) {
      best.series.push(...texts.map((item) => item.text));
      best.bannerLines.push(...texts.flatMap((item) => item.block.lines));
    } else {
      for (const item of texts) unassigned.push({ text: item.text, lines: item.block.lines });
    }
  }
  return columnLabels;
}

/**
 * Split the reflowed blocks of a page into units: articles, fragments continued from or
 * to another page, photo captions, column introductions and page headers.
 *
 * Handles headlines printed before or after their body (decided per page), headlines
 * printed far from their body (matched by shared character bigrams), articles with no
 * printed headline (title inferred), and an article interrupted by another and resumed
 * later (merged back by shared bigrams).
 */
/** A reporter's credit in brackets closing a paragraph: `…实现增收。（本报记者田金文）`, `（新华社记者 李某）`. */
const BYLINE_TAIL = bothScripts(/[（(](?=[^（()）]*(?:记者|通讯员|实习生))[\p{Script=Han}·\s、]{2,30}[）)]$/u);

/** `captions-before-lead`: a line short enough to be a picture's caption, not a paragraph of text. */
const isCaptionLength = (text: string) => [...text].length <= SETTINGS.segment.captionBeforeLeadChars;

/** Whether the lines `after` start right under the lines `before` end (blank lines aside: at most one between). */
const adjacent = (before: readonly number[] | undefined, after: readonly number[]) =>
  before !== undefined && before.length > 0 && after.length > 0 && after[0]! - before.at(-1)! <= 2;

/** `captions-before-lead`: whether a lead follows `from` after at most a few caption-length lines of text. */
function leadAfterCaptions(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && k - from <= SETTINGS.segment.captionsBeforeLead; k++) {
    const item = items[k]!;
    if (item.kind !== 'body' || (k > from && !adjacent(items[k - 1]!.block.lines, item.block.lines))) return false;
    if (item.block.startSignal === 'lead-byline') return k > from;
    if (!isCaptionLength(item.text)) return false;
  }
  return false;
}

/** A heading's shape: its punctuation and spaces in order, and its length. */
const headShape = (text: string) => ({ marks: text.trim().replace(/[\p{Script=Han}\p{L}\p{N}]+/gu, 'X'), length: [...text.trim()].length });

/**
 * `unsigned-subhead`: whether a heading set alike (the same marks and spaces in the same order, a length within
 * `segment.twinSectionChars`) is a section of the story so far, or stands between here and the next signed story.
 */
function hasTwinSection(text: string, story: Segment, items: readonly Item[], from: number): boolean {
  const shape = headShape(text);
  // (A plain head, no marks or spaces in it, is set like any other: only a shape of its own makes a twin.)
  if (shape.marks === 'X') return false;
  const twin = (other: string) => {
    const candidate = headShape(other);
    return candidate.marks === shape.marks && Math.abs(candidate.length - shape.length) <= SETTINGS.segment.twinSectionChars;
  };
  if (story.blocks.some((block) => block.type === 'heading' && twin(block.text))) return true;
  // Forward, up to the next signed story (whose own head, right above its byline or lead, is no section) and within a window.
  const end = Math.min(items.length, from + SETTINGS.segment.twinScanItems);
  for (let k = from; k < end && items[k]!.kind !== 'byline' && items[k]!.block.startSignal !== 'lead-byline'; k++) {
    const next = items[k + 1];
    const headsSigned = next !== undefined && (next.kind === 'byline' || next.block.startSignal === 'lead-byline');
    if (items[k]!.kind === 'heading' && !headsSigned && twin(items[k]!.text)) return true;
  }
  return false;
}

/** Rule `end-mark`: the item prints its story's end: `（完）`, a court report's case number (`案件編號：…`, `FLCC854/2024`). */
const printsEnd = (item: Item): boolean => END_MARK.test(item.text) || CASE_NUMBER.test(item.text.trim()) || item.block.rule === 'case-number';

/**
 * `closed-page-subhead`: on a page whose stories print their end (a court report's case number, `（完）`) at least
 * `segment.closedPageStories` times, the shortest of the heads that follow such an end (the longest line of each
 * head), in characters: the page's own measure of a headline. Null on any other page.
 */
function closedStoryHeadChars(items: readonly Item[]): number | null {
  const sizes: number[] = [];
  for (let k = 0; k + 1 < items.length; k++) {
    if (items[k]!.kind !== 'body' || !printsEnd(items[k]!)) continue;
    let longest = 0;
    for (let h = k + 1; h < items.length && items[h]!.kind === 'heading'; h++) longest = Math.max(longest, charsOf(items[h]!.text));
    if (longest > 0) sizes.push(longest);
  }
  return sizes.length >= SETTINGS.segment.closedPageStories ? Math.min(...sizes) : null;
}

/** `unsigned-subhead`: whether the text from `from` to the next heading is signed at its end (a byline, a credit closing a paragraph). */
function signedAhead(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && items[k]!.kind !== 'heading'; k++) {
    const item = items[k]!;
    if (item.kind === 'byline' || BYLINE_TAIL.test(item.text.trim()) || (item.block.rule === 'closing-credit' && BRACKET_NAMES.test(item.text.trim())))
      return true;
  }
  return false;
}

/**
 * The text from `from` to the next heading is signed with a name alone on a line (`杨秀峰`, rule `name-byline`), and
 * nothing but a date follows the name before the next head or the page's end: a letter the story quotes and goes on
 * after (`…飞上太空。` / `李小红` / `据了解，航天员们…`) is the story's own text.
 */
function signedByName(items: readonly Item[], from: number): boolean {
  for (let k = from; k < items.length && items[k]!.kind !== 'heading'; k++) {
    if (items[k]!.block.rule !== 'name-byline') continue;
    let end = k + 1;
    while (end < items.length && items[end]!.block.rule === 'date-line') end++;
    return end >= items.length || items[end]!.kind === 'heading';
  }
  return false;
}

export function splitUnits(tree: Root, options: SplitOptions = {}): SplitResult {
  const headlineOverlap = options.headlineOverlap ?? 0.5;
  const longLines = options.longLines ?? false;
  const blankLineHeads = options.blankLineHeads ?? false;
  const resumeOverlap = options.resumeOverlap ?? 0.15;
  const items = itemsOf(tree);

  // 1. Photo captions and page furniture.
  const { rest, units, captions, unassigned } = separateCaptions(items, longLines);

  // 2. Headline position for this page (rule `headline-position-vote`).
  const position = headlinePosition(rest, longLines);

  // 3. Runs of headings and bylines, and what each heading is.
  const segments: Segment[] = [];
  const runs: HeadRun[] = [];
  let current: Segment | null = null;
  /** Dispatches each story took after its first (`second-dispatch`, `headline-parts`). */
  const dispatchesTaken = new Map<Segment, number>();
  /** A heading under the pending head's author line, opening the next story's text (`subhead-under-byline`). */
  let openingSubheads: Item[] = [];
  /** The last body item closed its piece by an author credit or an editor's signature (`author-credit-closes`). */
  let pieceClosed = false;
  let pending: HeadRun | null = null;
  const pageHeaders: HeadRun[] = [];
  const newSegment = (resumed: boolean): Segment => {
    const segment: Segment = {
      blocks: [],
      headLines: [],
      bannerLines: [],
      index: segments.length,
      head: null,
      tentative: null,
      closingByline: null,
      continuation: null,
      leadByline: null,
      resumed,
      merged: false,
      series: [],
    };
    segments.push(segment);
    if (pending) {
      segment.tentative = pending;
      pending.attachedTo = segment;
      pending = null;
      for (const entry of openingSubheads) segment.blocks.push({ type: 'heading', text: entry.text, lines: entry.block.lines });
    }
    openingSubheads = [];
    return segment;
  };

  /** The first item of the block (between blank lines) the item at `index` stands in (`blank-line-head`). */
  const blockOpener = (index: number) => {
    let first = index;
    while (first > 0 && !rest[first]!.block.blankBefore) first--;
    return rest[first]!;
  };
  // A page (of whole paragraphs or printed columns) with no lead, no byline and no type sizes (`# ` from OCR or an extraction)
  // anywhere: only its heads can tell where a story starts (rule `unsignalled-heads`, below).
  const unsignalled = !rest.some(
    (item) => item.kind === 'byline' || Boolean(item.block.startSignal) || item.kind === 'continuation' || item.block.hashDepth > 0,
  );
  const closedHeadChars = closedStoryHeadChars(rest);
  // Rule `second-story`: where every line is a whole paragraph and headlines stand before their body, a story that
  // opened with its own lead (`【大陸中心╱綜合報導】`) and now closes with a byline line holds a second, unled
  // story (a sidebar: `「生活選擇多」移台潮暴增6成` … `大陸中心、記者王家俊`). It starts at the story's longest
  // in-story heading, where that is a headline's length and clearly longer than the story's (two or more) other
  // subheads; the byline is its.
  const subheadItems = new Map<UnitBlock, Item>();
  /** `captions-before-lead`: where the story's last blocks are one of its subheads over 1–3 caption-length lines, that subhead's index. */
  const headOverCaptions = (segment: Segment): number | null => {
    for (let captions = 1; captions <= SETTINGS.segment.captionsBeforeLead; captions++) {
      const at = segment.blocks.length - captions - 1;
      const block = segment.blocks[at];
      if (at < 1 || !block) return null;
      if (block.type === 'heading')
        return subheadItems.has(block) && segment.blocks.slice(at + 1).every((entry) => entry.type === 'paragraph' && isCaptionLength(entry.text)) ? at : null;
    }
    return null;
  };
  /** The heading each resumed part opened with (`resumed-head`). */
  const resumedHeads = new Map<Segment, Item>();
  const secondStory = (segment: Segment): Segment => {
    if (!longLines || position !== 'before' || !segment.leadByline) return segment;
    const heads = segment.blocks.flatMap((block, index) => (block.type === 'heading' && subheadItems.has(block) ? [{ block, index }] : []));
    if (heads.length === 0) return segment;
    const longest = heads.reduce((best, head) => (charsOf(head.block.text) > charsOf(best.block.text) ? head : best));
    const others = heads.filter((head) => head !== longest).map((head) => charsOf(head.block.text));
    const { secondStoryHeadChars, secondStoryHeadRatio, secondStorySubheads } = SETTINGS.segment;
    const length = charsOf(longest.block.text);
    if (length < secondStoryHeadChars || others.length < secondStorySubheads || length < secondStoryHeadRatio * median(others)) return segment;
    if (longest.index === 0 || longest.index === segment.blocks.length - 1) return segment;
    const moved = segment.blocks.splice(longest.index).slice(1);
    const next = newSegment(false);
    const head: HeadRun = { items: [subheadItems.get(longest.block)!], index: runs.length, near: next.index, attachedTo: next, used: false };
    runs.push(head);
    next.tentative = head;
    next.blocks.push(...moved);
    return next;
  };

  // Rule `second-dispatch`: on a page of whole-paragraph lines where nearly every headline stands
  // over a news lead, a lead straight after body text is a second dispatch of the same story
  // (`【又讯】`, a second `【新华社…电】` under one headline), not a new article.
  const leads = rest.map((item, index) => ({ item, index })).filter(({ item }) => item.kind === 'body' && item.block.startSignal === 'lead-byline');
  const headed = leads.filter(({ index }) => rest[index - 1] && (rest[index - 1]!.kind === 'heading' || rest[index - 1]!.kind === 'byline')).length;
  const heads = rest.filter((item, index) => item.kind === 'heading' && rest[index + 1]?.kind !== 'heading');
  const headsOverLead = heads.filter((item) => rest[rest.indexOf(item) + 1]?.block.startSignal === 'lead-byline').length;
  const dispatches =
    longLines &&
    position === 'before' &&
    heads.length >= 3 &&
    headsOverLead >= SETTINGS.segment.headsOverLeadShare * heads.length &&
    headed >= SETTINGS.segment.headedLeadShare * leads.length;
  for (let i = 0; i < rest.length; i++) {
    const item = rest[i]!;
    if (item.kind === 'body' || item.kind === 'continuation') {
      // Rule `continued-to`, run into the next text: the marker ends the story before (it goes on on that page), and its
      // line opens another.
      if (item.block.continuedTo && current !== null && !pending) {
        current.continuedTo = item.block.continuedTo;
        current.ended = true;
        current = newSegment(false);
      }
      const signal = item.block.startSignal ?? (item.kind === 'continuation' ? 'continuation' : null);
      // Rule `headline-parts`: a headline in parts set apart by spaces, one part for each place a roundup reports from
      // (`美拟兜售惩伊方案  法主张和平解决  俄杜马反对动武` over dispatches from 华盛顿, 巴黎 and 莫斯科), takes as many
      // dispatches as it has parts, on any page.
      const parts = current?.tentative ? headlineParts(current.tentative) : 0;
      const taken = current ? (dispatchesTaken.get(current) ?? 0) : 0;
      // Rule `dispatch-on-topic`: on a page of whole paragraphs, a lead straight after a headed story's text whose own text
      // goes on with that story's words is another dispatch of it (a roundup under one head: `武器核查风波再起` over
      // dispatches from 华盛顿, 巴黎, 波恩 and 巴格达); a brief on another matter shares next to none of them.
      // (Only a dispatch of some length, and its Chinese words only: the share of a few characters' pairs, or of markup
      // and Latin letters that any two texts share, says nothing.)
      const onTopic = () => {
        if (!longLines || position !== 'before' || current === null) return false;
        const grams = bigrams(hanOnly(item.text).slice(0, SETTINGS.segment.topicShiftWindow));
        return (
          grams.size >= SETTINGS.segment.dispatchOnTopicPairs && overlap(grams, storyGrams(current.blocks).hanGrams) >= SETTINGS.segment.dispatchOnTopicOverlap
        );
      };
      // (The story's words are compared only where a lead could join it at all: the comparison is the costly part.)
      const lead = item.block.leadByline;
      const joinable = signal === 'lead-byline' && Boolean(current?.tentative) && !pending && rest[i - 1]?.kind === 'body' && Boolean(lead);
      // A head over a few captions right above this lead (`captions-before-lead`, below), or null.
      const captionHead = () =>
        longLines && position === 'before' && current !== null && !pending && adjacent(current.blocks.at(-1)?.lines, item.block.lines)
          ? headOverCaptions(current)
          : null;
      // (Not where the story's last lines are such a head, which `captions-before-lead` gives the lead, however much a day's
      // stories on one matter share their words; only over captions as pictures carry them, a line or two each
      // (`segment.captionsOverLeadChars`) or signed with their photographer, `…（曾憲宗攝）`, and not under a head naming its
      // place or speaker, a roundup's section over its short paragraphs, `哈尔滨：公交地铁加密班次`.)
      const captionedHead = () => {
        const at = captionHead();
        return (
          at !== null &&
          !SPEAKER_HEAD.test(current!.blocks[at]!.text.trim()) &&
          current!.blocks
            .slice(at + 1)
            .every(
              (block) =>
                charsOf(block.text) <= SETTINGS.segment.captionsOverLeadChars || hasCreditTail(block.text) || CAPTION_CREDIT_END.test(block.text.trim()),
            )
        );
      };
      const joinedOnTopic = joinable && !(dispatches || taken + 1 < parts) && !captionedHead() && onTopic();
      // Rule `captions-before-lead` (pages of whole paragraphs): a lead after a headed story that so far holds only a few
      // short lines (its pictures' captions, which a web copy sets between headline and text: `楊千嬅含淚感謝歌迷多年來支持。`
      // / `【明報專訊】楊千嬅6場…`) opens that story's text: the story had no lead yet.
      const captionsFirst =
        joinable &&
        longLines &&
        position === 'before' &&
        current !== null &&
        current.leadByline == null &&
        taken === 0 &&
        // (A head signed by a byline line has its text under it; captions sit right above the lead, nothing between.)
        !current.tentative?.items.some((entry) => entry.kind === 'byline') &&
        current.blocks.length <= SETTINGS.segment.captionsBeforeLead &&
        current.blocks.every((block) => block.type === 'paragraph' && isCaptionLength(block.text)) &&
        adjacent(current.blocks.at(-1)?.lines, item.block.lines);
      if (captionsFirst && current && lead) {
        // The lead stays in the text where it was printed (nothing is lost), as a further dispatch's does.
        current.blocks.push({ type: 'paragraph', text: joinLead(lead, item.text), lines: item.block.lines });
        dispatchesTaken.set(current, taken + 1);
        continue;
      }
      if (joinable && current && lead && (dispatches || taken + 1 < parts || joinedOnTopic)) {
        // The lead stays in the text where it was printed (nothing is lost).
        current.blocks.push({
          type: 'paragraph',
          text: joinLead(lead, item.text),
          lines: item.block.lines,
          ...(joinedOnTopic ? { joinedOnTopic: true as const } : {}),
        });
        dispatchesTaken.set(current, taken + 1);
        continue;
      }
      // Rule `closing-date`: a date alone after a story's closing name (a letter's `杨秀峰` / `五月十五日`) is that story's.
      if (!current && !signal && !pending && item.block.rule === 'date-line' && segments.length > 0 && rest[i - 1]?.kind === 'byline') {
        segments.at(-1)!.blocks.push({ type: 'paragraph', text: item.text, lines: item.block.lines });
        continue;
      }
      // Rule `captions-before-lead`, the head inside the story above: a subhead of that story over a few caption-length
      // lines and then a lead (`遺體驗出兩人DNA 死亡增一宗失聯減至6宗` / `警務處長周一鳴（前）…（曾憲宗攝）` / `【明報專訊】…`) is the
      // lead's story's head, and those lines its captions.
      const captioned = signal === 'lead-byline' ? captionHead() : null;
      if (captioned !== null && current) {
        const moved = current.blocks.splice(captioned);
        const [headBlock, ...captions] = moved;
        current = newSegment(false);
        const head: HeadRun = { items: [subheadItems.get(headBlock!)!], index: runs.length, near: current.index, attachedTo: current, used: false };
        runs.push(head);
        current.tentative = head;
        current.blocks.push(...captions);
        if (item.block.leadByline) current.leadByline = item.block.leadByline;
      } else if (item.kind === 'continuation' && current !== null && !pending && CONTINUED_TO.test(item.text) && rest[i - 1]?.kind === 'body') {
        // Rule `continued-to`: a marker sending the story on to another page (`（下转第二十版）`) after its text is the
        // story's last line: the story goes on there, and what follows here is another.
        current.blocks.push({ type: 'paragraph', text: item.text, lines: item.block.lines });
        current.continuedTo = item.text.trim();
        current.ended = true;
        current = null;
        continue;
      } else if (!current || signal) {
        // Body text with no opening signal after a closed article, and no headline waiting for it, is a resumed part.
        current = newSegment(!signal && segments.length > 0 && !pending);
        if (signal === 'continuation' || item.kind === 'continuation') current.continuation = item.block.continuation ?? item.text;
        if (item.block.leadByline) current.leadByline = item.block.leadByline;
      }
      if (item.kind === 'continuation') {
        current.headLines.push(...item.block.lines);
        continue;
      }
      if (item.block.continuation && current.continuation === null) current.continuation = item.block.continuation;
      if (item.text.trim() !== '') current.blocks.push({ type: 'paragraph', text: item.text, lines: item.block.lines });
      else current.headLines.push(...item.block.lines);
      // Rule `end-mark`: a story that prints its end (`（完）`, `（全文完）`), a court report's case number
      // (`案件編號：KCCC1573/06`), or on a page of whole paragraphs its source run into its last sentence
      // (`…屬輕微傷。廣州《新快報》`), is closed; what follows is another.
      // A web copy's closing lines (the paper's citation, the web editor: `web-copy-end`) close it after the last of them.
      const webCopyEnd = item.block.rule === 'web-copy-end' && rest[i + 1]?.block.rule !== 'web-copy-end';
      // Rule `author-credit-closes`: in printed columns a commentary's author line (`（作者为四川南充仪陇县复兴中学教师）`,
      // broken over lines or not) and an editor's note's signature (`——编 者`) are its last lines: what follows is another piece.
      // Rule `closing-dateline`: a dateline in brackets after a story's text (`（本报珀斯１月９日电）`) closes it, as an end mark does.
      const datelineCloses = CLOSING_DATELINE.test(item.text.trim());
      const closesPiece =
        !longLines &&
        (AUTHOR_CREDIT.test(item.text.trim()) ||
          EDITOR_SIGNATURE.test(item.text.trim()) ||
          (item.block.rule === 'closing-credit-broken' &&
            /[）)]$/u.test(item.text.trim()) &&
            AUTHOR_CREDIT_END.test(
              current.blocks
                .map((block) => block.text)
                .join('')
                .slice(-80),
            )));
      if (printsEnd(item) || (longLines && endsWithSourceCredit(item.text)) || webCopyEnd || closesPiece || datelineCloses) {
        current.ended = true;
        current = null;
      }
      pieceClosed = closesPiece;
      continue;
    }
    // A run of headings and bylines.
    let j = i;
    const run: Item[] = [];
    while (j < rest.length && (rest[j]!.kind === 'heading' || rest[j]!.kind === 'byline')) run.push(rest[j++]!);
    const after = rest[j];
    // Rule `byline-in-text`: in printed columns, bylines alone between the story's text left open (its last line ends no
    // sentence) and plain text after them are where the extraction met the byline among the columns (`…副部长高亮` /
    // `本报记者 武少民 李家鼎` / `说。近年来…`): the story's byline, and its text goes on. A story's text ends on a sentence
    // end, a bracket or a continuation marker; only a story that goes on stops open.
    // (Only for a story not signed yet: a second byline is a second story's, whose head the page left unmarked or set
    // elsewhere. And only after a line as wide as the lines before it: a line broken off mid-sentence fills its column,
    // where a head the page left unmarked is short of it.)
    const before = rest[i - 1];
    const widths = before?.block.widths ?? [];
    const lastFull = widths.length >= SETTINGS.segment.bylineInTextLines && widths.at(-1)! >= median(widths.slice(0, -1)) - 1;
    if (
      !longLines &&
      current !== null &&
      run.every((entry) => entry.kind === 'byline') &&
      before?.kind === 'body' &&
      lastFull &&
      !signedStory(current) &&
      !endsSentence(before.text) &&
      !/[）)」』】”"：:]\s*$/u.test(before.text) &&
      after?.kind === 'body' &&
      !after.block.startSignal
    ) {
      addClosingByline(current, run);
      current.headLines.push(...run.flatMap((entry) => entry.block.lines));
      i = j - 1;
      continue;
    }
    // Name-only bylines right after a body close that body (`吴高鑫` after the Urumqi item).
    let names = 0;
    while (current && names < run.length && run[names]!.kind === 'byline' && !STAFF_BYLINE.test(run[names]!.text)) names++;
    // Rule `closing-byline`: on a headline-before page, any byline between a body and the next
    // headline closes that body (`■記者張家豪` after a Hong Kong story), staff bylines too.
    if (names === 0 && current && position === 'before')
      while (names < run.length && run[names]!.kind === 'byline' && MARKED_BYLINE.test(run[names]!.text)) names++;
    // Rule `reporter-closes`: in printed columns, reporters' lines between a story's last sentence and the next head
    // (`…很快就可以回家了。` / `本报记者 左妍` / `10岁女孩在家有…`) sign the story above, as evening papers set them.
    // The story is over: the head under the lines opens the next, no part of an earlier story resumed.
    let reporterCloses = false;
    if (names === 0 && current && !longLines && before?.kind === 'body' && endsSentence(before.text)) {
      let bylines = 0;
      while (bylines < run.length && run[bylines]!.block.rule === 'reporter-line') bylines++;
      if (bylines > 0 && bylines < run.length && run[bylines]!.kind === 'heading') [names, reporterCloses] = [bylines, true];
    }
    if (names > 0 && names < run.length && current) {
      current = secondStory(current);
      addClosingByline(current, run.slice(0, names));
      current.headLines.push(...run.slice(0, names).flatMap((entry) => entry.block.lines));
      if (reporterCloses) current.ended = true;
      current = null;
      run.splice(0, names);
      if (reporterCloses) pieceClosed = true;
    }
    const nextStarts = !after || Boolean(after.block.startSignal) || after.kind === 'continuation';
    // A marked byline closes the story above it only where a new one (or the page's end) follows; before more body text it is that story's byline line.
    const onlyNames =
      run.every((entry) => entry.kind === 'byline') &&
      run.every((entry) => !STAFF_BYLINE.test(entry.text) || (position === 'before' && MARKED_BYLINE.test(entry.text) && nextStarts));
    const single = run.length === 1 && run[0]!.kind === 'heading';
    // Rule `unsignalled-heads`: on a page with no lead and no byline anywhere, nothing tells a story's start but its
    // head: every heading heads a story (聯合報 pages copied without bylines, and the same set in columns), except a
    // numbered section, a question or a lead-in ending on a colon (`很多观众通过微博发表观感：`).
    // Rule `blank-line-head`: on a page that sets a blank line before each story, a head after a blank line heads a story
    // where nothing else can tell (no lead or byline on the page) or a lead or byline follows it; on a page whose stories
    // open signed, a head after a blank over plain text is left to the other rules (a subhead set off by blank lines).
    // A head inside a block under a digest's name (`国内联播快讯`) is an item of that digest, not a story of its own.
    const blankSetHead = run[0]!.block.blankBefore || run[0]!.block.rule === 'blank-line-head';
    const blankStory = blankLineHeads && blankSetHead && (unsignalled || nextStarts || run.some((entry) => entry.kind === 'byline'));
    const digestItem = blankLineHeads && !blankSetHead && DIGEST_LABEL.test(blockOpener(i).text.trim());
    // (In printed columns, only a head of headline length: a feature's short subhead, `通行证难题`, under a byline the
    // column's width hid, stays a section.)
    const headlineLength =
      longLines ||
      [
        ...run
          .map((entry) => entry.text)
          .join('')
          .replace(/\s/gu, ''),
      ].length >= SETTINGS.segment.unsignalledColumnHeadChars;
    const headsStories =
      ((unsignalled && !digestItem && headlineLength) || blankStory) && !NUMBERED_SECTION.test(run[0]!.text) && !/[?？:：]$/u.test(run[0]!.text.trim());
    // Where paragraphs are indented, an in-article subhead is indented too: an unindented head line starts a story.
    // Rule `unsigned-subhead`: except where every story so far opened signed (its head over a byline, or its text
    // opening with a lead) and this is one head over plain text inside a signed story: a section whose subhead the
    // copy left unindented (`一颗钻石的“跃迁”：产业强基聚链成群` in a feature under `新华社记者 李俊 张兴军`).
    const signed = (segment: Segment) => Boolean(segment.tentative?.items.some((entry) => entry.kind === 'byline')) || segment.leadByline != null;
    // (Every story so far headed and signed: asked last, only of a head that could be such a section.)
    const allSigned = () => {
      const headed = segments.filter((segment) => segment.tentative);
      return headed.length > 0 && headed.every(signed);
    };
    // (Only after the story has gone on for some paragraphs: a one-paragraph brief is over, and a head after it opens a piece.
    // Nor where the text under the head is signed at its end, `…。（本报记者田金文）`: a piece of its own.)
    const unsignedSection =
      // (In printed columns, where no indent tells a subhead from a head, any one head line: a topic shift under it is then
      // a feature's new matter, as `unsigned-subhead` reads it where every line is a paragraph.)
      (longLines ? run[0]!.block.rule === 'unindented-head' : true) &&
      run.length === 1 &&
      current !== null &&
      signed(current) &&
      current.blocks.filter((block) => block.type === 'paragraph').length >= SETTINGS.segment.unsignedSubheadParagraphs &&
      after?.kind === 'body' &&
      !nextStarts &&
      allSigned() &&
      !signedAhead(rest, j) &&
      // (And the head has a twin among the story's sections: a feature sets its subheads alike, `黄金水道 通达全球` /
      // `一江文脉 兴文铸魂`; a notice after a signed story, `2025年度广西重大课题研究招标公告`, has none.)
      hasTwinSection(run[0]!.text, current, rest, j);
    const unindentedHead = run.some((entry) => entry.block.rule === 'unindented-head') && !unsignedSection;
    // A headline marked as a picture's (`…（附图片１张）`), or decks in bullets (`●…`), head a story, never a section.
    // So does, on a page of whole paragraphs, a single heading as long as a headline (`北京地坛小学模范教师刘广贵呼吁培养学生『小主人』意识`):
    // a section's heading is short.
    // So does a heading over a salutation (`电视文艺晚会也有忧` / `编辑同志：`): a letter or a speech opens under it.
    // So does a headline in a news site's topic form (`大埔宏福苑五級火｜…`, line rule `topic-bar-head`).
    const storyHead =
      run.some((entry) => PICTURE_HEADLINE.test(entry.text.trim()) || BULLET_DECK.test(entry.text.trim()) || entry.block.rule === 'topic-bar-head') ||
      // (Only after a letter signed and dated or a sign-off: a subhead over a letter the story quotes, `感谢信原文`, stays a section.)
      (after?.block.rule === 'salutation' && (current === null || ['date-line', 'closing-signature'].includes(rest[i - 1]?.block.rule ?? ''))) ||
      (longLines &&
        run.length === 1 &&
        // (Under a news item opened by a lead; a feature's long subhead stays a section.)
        current?.leadByline != null &&
        [...run[0]!.text.replace(/\s/gu, '')].length >= SETTINGS.segment.sectionHeadingMaxChars &&
        // (A numbered section or a question, `二、企业是创新的主体，…有哪些规定？`, is a section however long.)
        !NUMBERED_SECTION.test(run[0]!.text) &&
        !/[?？]$/u.test(run[0]!.text.trim()));
    // Rule `topic-shift-head`: on a page of whole paragraphs, or of printed columns whose heads stand before their text,
    // a single heading of headline length over text that shares
    // almost no words with the story so far heads a story of its own (Hong Kong briefs with no lead: `康文署網球教練喝罵年幼學員`
    // after a story on public housing); a section's text goes on with its story's words. (Not a quotation standing alone,
    // `「有新嘢樂意畀我哋試」`: a feature's subhead quoting someone.)
    // How much of the text ahead shares the story's words (asked by `topic-shift-head`, `question-kicker` and
    // `closed-page-subhead`; reckoned once).
    let aheadShare: number | undefined;
    const aheadOverlap = (story: Segment) =>
      (aheadShare ??= overlap(bigrams(textAhead(rest, j, SETTINGS.segment.topicShiftWindow)), storyGrams(story.blocks).grams));
    const topicShift =
      (longLines || position === 'before') &&
      single &&
      current !== null &&
      !nextStarts &&
      after?.kind === 'body' &&
      [...run[0]!.text.replace(/\s/gu, '')].length >= SETTINGS.segment.topicShiftHeadChars &&
      !/^[「“『《].*[」”』》]$/u.test(run[0]!.text.trim()) &&
      // (A numbered section is a section however little it shares: `二、着力扩大有效投资` in a speech.)
      !NUMBERED_SECTION.test(run[0]!.text) &&
      storyGrams(current.blocks).length >= SETTINGS.segment.topicShiftStoryChars &&
      aheadOverlap(current) < SETTINGS.segment.topicShiftOverlap &&
      // (A feature's subhead opens a new matter of the same story: `unsigned-subhead` holds over the shift.)
      !unsignedSection;
    // Rule `closed-story-head`: on a page of whole paragraphs, a head straight after a story's closing credit or dateline
    // (`（新华社北京7月22日电 记者张晓洁 王聿昊）`, `（撰文/张晓 黄钰翔）`) heads the next story: the one above is over.
    // (In printed columns, a head after text that closes on its reporters' names in brackets, `…农校来帮助。”（贺文）`, rule
    // `names-close`.)
    const afterClose =
      (longLines && ['closing-credit', 'closing-dateline'].includes(rest[i - 1]?.block.rule ?? '')) ||
      // (Or on the source of its facts, `資料來源：《蘋果》資料室`, after its text: a story's box or table ends so. Not a
      // source set under a headline, `数据来源：国务院新闻办…`, which a picture story's sections follow.)
      (longLines && rest[i - 1]?.block.rule === 'source-note' && rest[i - 2]?.kind === 'body') ||
      // (Only a news item opened by a lead: a feature may quote a verse and its poet so, `…明月何时照我还。”（王安石）`, and go on.)
      (!longLines && current?.leadByline != null && rest[i - 1]?.kind === 'body' && endsWithBracketNames(rest[i - 1]!.text)) ||
      // (Or on its reporter's line run into its last line, `…有效监护的状态。本报记者 左妍`: a story signed so is over.)
      (!longLines && rest[i - 1]?.kind === 'body' && endsWithReporter(rest[i - 1]!.text));
    // Rule `signed-piece-head`: in printed columns, a head inside a news item opened by a lead, over text signed at its
    // end with a name alone on its line, as a letter or a message is (`人民日报发刊志祝` / `…愿为一个虔诚的读者与拥护者。` /
    // `杨秀峰` / `五月十五日`), heads a piece of its own: a wire item's sections are not signed so.
    const signedPiece = !longLines && current?.leadByline != null && after?.kind === 'body' && !after.block.startSignal && signedByName(rest, j);
    const isSection =
      single &&
      current !== null &&
      !afterClose &&
      !signedPiece &&
      !unindentedHead &&
      !headsStories &&
      !storyHead &&
      !topicShift &&
      !COLUMN_LABEL.test(run[0]!.text) &&
      // A line set in headline type (`# `, from an extraction or OCR type size) heads an article, never a section.
      run[0]!.block.hashDepth !== 1 &&
      !COLUMN_TAGGED_HEADLINE.test(run[0]!.text) &&
      (NUMBERED_SECTION.test(run[0]!.text) || /[?？]$/u.test(run[0]!.text) || (!nextStarts && !(position === 'after' && ORGANISATION.test(run[0]!.text))));
    // On a page with headlines before their body, a run of headings that no byline, lead or
    // subtitle follows is a pair of section headings (`拓步“新”领域：` / `新兴产业向“实”发力`).
    const headingsOnly = run.every(
      (entry) => entry.kind === 'heading' && !COLUMN_LABEL.test(entry.text) && !SUBTITLE.test(entry.text) && entry.block.hashDepth !== 1,
    );
    // Rule `kicker-label-head`: a short label over a longer headline (`話你知` / `海旁佈滿高樓 港成屏風都市`, `特稿` / …)
    // heads a sidebar story of its own, not a pair of section headings.
    const labelled =
      run.length === 2 &&
      (COLUMN_NAME.test(run[0]!.text.trim()) ||
        (KICKER_LABEL.test(run[0]!.text.trim()) &&
          [...run[1]!.text.replace(/\s/gu, '')].length >= SETTINGS.segment.kickerLabelRatio * [...run[0]!.text.trim()].length));
    const sectionRun =
      position === 'before' &&
      current !== null &&
      !afterClose &&
      !signedPiece &&
      headingsOnly &&
      !topicShift &&
      !labelled &&
      !headsStories &&
      !nextStarts &&
      !unindentedHead &&
      !storyHead &&
      !run.some((entry) => COLUMN_TAGGED_HEADLINE.test(entry.text)) &&
      // (A question set apart as a kicker over the head, line rule `question-kicker`, heads a story where the text under
      // it turns to another matter, as `topic-shift-head` asks: a feature's question and answer subheads go on with it.)
      !(run.some((entry) => entry.block.rule === 'question-kicker') && aheadOverlap(current) < SETTINGS.segment.topicShiftOverlap) &&
      // Rule `speech-head`: a head that names its speaker or author on a line of its own, or dates the speech in
      // brackets (`在政协八届二十三次常委会上的讲话` / `李瑞环` / `（一九九八年一月二十二日）`), heads a piece of its own.
      !run.some(
        (entry, k) =>
          isNameLine(entry.text) ||
          BRACKET_DATE.test(entry.text.trim()) ||
          (k > 0 && (isPenName(entry.text) || (k === run.length - 1 && isNamesRun(entry.text)))),
      );
    // Rule `closed-page-subhead`: on a page whose stories print their end (Hong Kong court news closes each report with
    // its case number, `FLCC854/2024`), the heads after such ends measure the page's headlines; inside a story that goes
    // on, a head clearly shorter than every one of them (`家屬稱偷入病房時` / `發現死者已無反應` against
    // `肝衰病人屯院急症室病房候診期間亡　家屬入稟索償…`) is a subhead of that story, where a longer one still heads a story.
    // (Only over text that goes on with the story's words: a short headline after a story that printed no end,
    // `保安員涉偷客人手袋`, opens a matter of its own. Nor a head the other section rules keep a story's: one in headline
    // type (`# `), a column's tag, a head after a closing credit.)
    const closedPageSubhead =
      closedHeadChars !== null &&
      current !== null &&
      !nextStarts &&
      !afterClose &&
      after?.kind === 'body' &&
      !storyHead &&
      run.every((entry) => entry.kind === 'heading' && entry.block.hashDepth !== 1 && !COLUMN_TAGGED_HEADLINE.test(entry.text)) &&
      Math.max(...run.map((entry) => charsOf(entry.text))) < SETTINGS.segment.closedPageSubheadShare * closedHeadChars &&
      aheadOverlap(current) >= SETTINGS.segment.closedPageSubheadOverlap;
    if (isSection || sectionRun || closedPageSubhead) {
      for (const entry of run) {
        const block: UnitBlock = { type: 'heading', text: entry.text, lines: entry.block.lines };
        current!.blocks.push(block);
        subheadItems.set(block, entry);
      }
      i = j - 1;
      continue;
    }
    if (
      single &&
      current === null &&
      !pieceClosed &&
      segments.length > 0 &&
      !nextStarts &&
      !unindentedHead &&
      !COLUMN_LABEL.test(run[0]!.text) &&
      position === 'before' &&
      // (Not a head over its captions and then a lead, `captions-before-lead`: a story's head.)
      !(longLines && leadAfterCaptions(rest, j)) &&
      // (Nor a head after a court report's case number or a printed `（完）`: the report above is over, the next opens.)
      !['case-number', 'end-mark-line'].includes(rest[i - 1]?.block.rule ?? '')
    ) {
      // A section heading after a closed article: the start of a resumed part.
      current = newSegment(true);
      current.blocks.push({ type: 'heading', text: run[0]!.text, lines: run[0]!.block.lines });
      resumedHeads.set(current, run[0]!);
      i = j - 1;
      continue;
    }
    // Rule `byline-inside`: on a headline-before page, a marked byline line between two paragraphs
    // of a story (`記者：麥志榮 張文鈴` under the lead) is that story's byline; the story goes on.
    if (current && position === 'before' && !nextStarts && run.length > 0 && run.every((entry) => entry.kind === 'byline' && MARKED_BYLINE.test(entry.text))) {
      addClosingByline(current, run);
      current.headLines.push(...run.flatMap((entry) => entry.block.lines));
      i = j - 1;
      continue;
    }
    // Rule `byline-in-column-break`: in printed columns an extraction can set the author's name box between two
    // column blocks of the story (`…我运用那些自学的教育方法，` / `汪太武` / `不断优化课堂教学，…`): names between text
    // left open and text that runs on are the story's byline, and the story goes on.
    const lastBlock = current?.blocks.at(-1);
    if (
      onlyNames &&
      current &&
      !longLines &&
      lastBlock?.type === 'paragraph' &&
      !endsSentence(lastBlock.text) &&
      after?.kind === 'body' &&
      !nextStarts &&
      after.block.rule === 'body' &&
      !after.block.indent
    ) {
      addClosingByline(current, run);
      current.headLines.push(...run.flatMap((entry) => entry.block.lines));
      i = j - 1;
      continue;
    }
    // Rule `unsigned-story-byline`: in printed columns an extraction can set a headed story's byline after its first
    // column block (`…泰顺22.1℃。` / `记者 朱娅珍` / `老天爷还是很给面子的，…`): bylines alone over plain text, under a story
    // headed and signed nowhere, are that story's, and it goes on. (Under a signed story they open a story whose head
    // stands elsewhere.)
    if (
      current?.tentative &&
      !longLines &&
      position === 'before' &&
      !signed(current) &&
      current.closingByline === null &&
      run.every((entry) => entry.kind === 'byline') &&
      lastBlock?.type === 'paragraph' &&
      after?.kind === 'body' &&
      !nextStarts
    ) {
      addClosingByline(current, run);
      current.headLines.push(...run.flatMap((entry) => entry.block.lines));
      // (The text under the byline may be a story whose head the extraction set elsewhere: flagged, `byline-between`.)
      current.blocks[current.blocks.length - 1] = { ...lastBlock, bylineUnder: true };
      i = j - 1;
      continue;
    }
    // Rule `head-inside-sentence`: in printed columns an extraction can set a story's headline box (and its byline)
    // between two column blocks of its text, inside a sentence (`…资源禀赋和发展` / `以考促干` / `以考选人` /
    // `本报记者 沈童睿` / `阶段，以及…`: the text before it ends no sentence). Where the story so far has only a kicker
    // (`西藏自治区大力推进年度综合考核改革——`), the run is the rest of its head, and the story goes on.
    if (
      current?.tentative &&
      !longLines &&
      position === 'before' &&
      current.tentative.items.every((entry) => entry.kind === 'heading' && KICKER_DASH.test(entry.text.trim())) &&
      run.some((entry) => entry.kind === 'heading') &&
      lastBlock?.type === 'paragraph' &&
      !endsSentence(lastBlock.text) &&
      after?.kind === 'body' &&
      !nextStarts &&
      after.block.rule === 'body'
    ) {
      current.tentative.items.push(...run);
      i = j - 1;
      continue;
    }
    if (onlyNames && current) {
      current = secondStory(current);
      addClosingByline(current, run);
      current.headLines.push(...run.flatMap((entry) => entry.block.lines));
      current = null;
      i = j - 1;
      continue;
    }
    if (current && headAfterStandfirst(current, run, nextStarts)) {
      const headRun: HeadRun = { items: run, index: runs.length, near: segments.length - 1, attachedTo: current, used: false };
      runs.push(headRun);
      i = j - 1;
      continue;
    }
    // Rule `subhead-under-byline`: on a headline-before page of whole paragraphs, a short heading after the head's
    // author line (`斩断盗卖股票的黑手` / `阎涛` / `盗卖困扰股市`, `邯郸的贫民贷款` / `吴象` / `一根木梁`) opens the
    // story's text: its first section's heading, not part of its head. (A standfirst under the byline, a comma line,
    // stays in the head.)
    // (Only under an author's bare name, as signed pieces print it: under a staff reporter's line, `本报记者 李晓静` /
    // `权威解读`, a short heading is the column's label.)
    const lastByline = run.findLastIndex((entry) => (entry.kind === 'byline' || entry.kind === 'heading') && isNameLine(entry.text));
    if (
      position === 'before' &&
      longLines &&
      lastByline > 0 &&
      lastByline === run.length - 2 &&
      run.slice(0, lastByline).some((entry) => entry.kind === 'heading' && !isNameLine(entry.text)) &&
      run.at(-1)!.kind === 'heading' &&
      !/[，,]/u.test(run.at(-1)!.text) &&
      !SUBTITLE.test(run.at(-1)!.text) &&
      run.at(-1)!.block.rule !== 'standfirst-under-byline' &&
      !PICTURE_HEADLINE.test(run.at(-1)!.text.trim()) &&
      !BRACKET_DATE.test(run.at(-1)!.text.trim()) &&
      after?.kind === 'body' &&
      !nextStarts
    )
      openingSubheads = run.splice(lastByline + 1);
    // On a headline-after page, a run of two or more headings that runs into plain body text
    // ends with the first heading of that body: a resumed part (`百城千校…的“滨州故事”`).
    let tail: Item | null = null;
    if (position === 'after' && current && !nextStarts && run.length >= 2 && run.at(-1)!.kind === 'heading' && run.at(-1)!.block.blankBefore) {
      const shared = overlap(bigrams(run.at(-1)!.text), bigrams(textOfBlocks(current.blocks)));
      if (shared < 0.3 && !ORGANISATION.test(run[0]!.text) && !COLUMN_LABEL.test(run.at(-1)!.text)) tail = run.pop()!;
    }
    // On a headline-after page, headlines of different articles can stand together (one
    // printed far from its body): each blank-separated group is a candidate of its own. A
    // byline, label, subtitle or comma line stays with the group before it; an organisation
    // line with the group after it.
    // Rule `first-head-over-byline`: before any body on a headline-after page, heads over a reporter's byline
    // (`家门口更美` / `幸福感更足` / `本报记者 王永战`) are the first story's head, not a page header.
    const firstHead = position === 'after' && segments.length === 0 && run.some((item) => item.kind === 'byline' && item.block.rule === 'reporter-line');
    const groups: Item[][] = [];
    for (const item of run) {
      const last = groups.at(-1);
      const joins =
        !last ||
        position === 'before' ||
        firstHead ||
        !item.block.blankBefore ||
        item.kind === 'byline' ||
        COLUMN_LABEL.test(item.text) ||
        SUBTITLE.test(item.text) ||
        /[，,]/u.test(item.text) ||
        (last.length === 1 && ORGANISATION.test(last[0]!.text));
      if (joins && last) last.push(item);
      else groups.push([item]);
    }
    // (Which rule, if any, made this head a story's rather than a section's: `--explain` names it.)
    const startRules: readonly [boolean, UnitStartRule][] = [
      [blankStory, 'blank-line-head'],
      [headsStories, 'unsignalled-heads'],
      [topicShift, 'topic-shift-head'],
      [afterClose, 'closed-story-head'],
      [signedPiece, 'signed-piece-head'],
      [storyHead, 'story-head'],
      [unindentedHead, 'unindented-head'],
    ];
    const startRule = single && current !== null ? startRules.find(([fired]) => fired)?.[1] : undefined;
    for (const group of groups) {
      const headRun: HeadRun = {
        items: group,
        index: runs.length,
        near: segments.length,
        attachedTo: null,
        used: false,
        startRule: labelled ? 'kicker-label-head' : startRule,
      };
      runs.push(headRun);
      if (position === 'after' && segments.length === 0 && !firstHead) {
        // Before any body on a headline-after page: a page header, never a headline.
        headRun.used = true;
        pageHeaders.push(headRun);
      } else if (position === 'after' && current) {
        headRun.attachedTo = current;
      } else {
        pending = headRun;
      }
    }
    current = null;
    if (tail) {
      current = newSegment(true);
      current.blocks.push({ type: 'heading', text: tail.text, lines: tail.block.lines });
    }
    i = j - 1;
  }
  if (pending) pending = null;

  const bodies = bodiesOf(segments);
  // 4. Match headlines to bodies.
  matchHeadlines(runs, position, headlineOverlap, bodies);

  // 5. Resumed parts rejoin the earlier article they share most with.
  rejoinResumedParts(segments, runs, resumedHeads, { resumeOverlap }, bodies);

  // 6. Runs left over: page headers before any body, series banners elsewhere.
  const columnLabels = placeLeftoverRuns(segments, runs, pageHeaders, units, unassigned, bodies);

  // 7. Units from segments.
  // (A loop, not a spread: a page can have more units than a call takes arguments.)
  for (const unit of unitsFromSegments(segments, { position, longLines }, columnLabels, unassigned)) units.push(unit);
  // A label no column introduction took (`编者按` under a story's headline, over the note that opens its text) opens the
  // text that follows it (of the story whose head, if it has one, stands above): a heading of that text, not a stray line.
  for (const label of columnLabels) {
    const at = label.block.lines[0]!;
    const owner = units.find((unit) => {
      const firstText = unit.blocks[0]?.lines[0];
      return unit.headLines.every((line) => line < at) && firstText !== undefined && firstText > at && firstText - at <= 2;
    });
    if (owner) owner.blocks.unshift({ type: 'heading', text: label.text, lines: label.block.lines });
    else unassigned.push({ text: label.text, lines: label.block.lines });
  }
  for (const caption of captions) units.push(caption.unit);
  for (const unit of units) readFeedItemTitle(unit);
  units.sort((a, b) => firstLineOf(a) - firstLineOf(b));
  return { units, unassigned: unassigned.filter((entry) => entry.text !== ''), headlinePosition: position };
}

/**
 * For each run of headings between two stretches of body text: does it share more character
 * pairs with the text after it (a headline before its body) or before it (after its body)?
 */
const VOTE_WINDOW = 150;

export function votePosition(items: readonly { kind: string; text: string }[]): { before: number; after: number } {
  let before = 0;
  let after = 0;
  const near = (from: number, step: 1 | -1): string => {
    let text = '';
    for (let i = from; i >= 0 && i < items.length && text.length < VOTE_WINDOW; i += step) {
      if (items[i]!.kind === 'heading') break;
      if (items[i]!.kind === 'body') text = step === 1 ? text + items[i]!.text : items[i]!.text + text;
    }
    return step === 1 ? text.slice(0, VOTE_WINDOW) : text.slice(-VOTE_WINDOW);
  };
  // A dozen clear votes settle a page; counting every run of a long page only costs time.
  for (let i = 0; i < items.length && before + after < 12; i++) {
    if (items[i]!.kind !== 'heading') continue;
    let j = i;
    while (j + 1 < items.length && items[j + 1]!.kind === 'heading') j++;
    const grams = bigrams(
      items
        .slice(i, j + 1)
        .map((item) => item.text)
        .join(''),
    );
    const next = overlapWithText(grams, near(j + 1, 1));
    const prev = overlapWithText(grams, near(i - 1, -1));
    if (next >= prev + 0.15) before++;
    else if (prev >= next + 0.15) after++;
    i = j;
  }
  return { before, after };
}

/** An author's line in a head: a name alone (`阎涛`), or a post and a name (`上海证券交易所总经理屠光绍`). */
const AUTHOR_POST = bothScripts(
  /^[\p{Script=Han}]{2,20}(?:总经理|经理|主任|部长|局长|厅长|书记|董事长|主席|会长|院长|所长|校长|教授|研究员|市长|省长|县长|秘书长|总裁|行长|司令员|政委)([\p{Script=Han}·]{2,4})$/u,
);
const isAuthorLine = (text: string) => {
  if (isNameLine(text)) return true;
  const name = AUTHOR_POST.exec(text.trim())?.[1];
  // The name after the post: a name to the word segmenter, or a word it does not know (`屠光绍`), never a verb (`致谢`).
  return name !== undefined && isNamesRun(name);
};

/**
 * A head's last line signs it, where the head has a headline above it and its text follows straight after (no byline
 * line under it): names run together (`北京老人牵挂小王磊（附图片3张）` / `杨雪梅吕游`), or a pen name of at most three
 * characters that the name list does not know (`太多则滥` / `元也`). On the dev pages a head's last line of three characters
 * or fewer was its title once in 51 (`一張票`, under a kicker, with a reporter's line after it).
 */
function signsHead(run: HeadRun, item: Item): boolean {
  const headings = run.items.filter((entry) => entry.kind === 'heading');
  if (headings.length < 2) return false;
  // (Under a column's name, `《觀察筆記》` / `一張票`, the short line is the headline.)
  const above = headings.filter((entry) => entry !== item && !isSeriesLabel(entry.text) && !COLUMN_LABEL.test(entry.text));
  if (item !== run.items.at(-1) || item !== headings.at(-1) || !above.some((entry) => [...entry.text.trim()].length >= 4)) return false;
  const text = item.text.trim();
  return isNamesRun(text) || /^[\p{Script=Han}]{2,3}$/u.test(text);
}

/** An author's signature under a head that is no name the name list knows (`今哲`, `悠棠`): two to four characters, all of them a name or unknown to jieba. */
const isPenName = (text: string) => [...text.trim()].length <= 4 && isNamesRun(text);

/** How many parts a head's one headline line is set in, apart by spaces (`美拟兜售惩伊方案  法主张和平解决  …`) or `〓`; 0 for a head of several lines. */
function headlineParts(head: HeadRun): number {
  const headings = head.items.filter((item) => item.kind === 'heading');
  if (headings.length !== 1) return 0;
  // (Normalised text keeps one space where the print had several; a corpus copy may print 〓 for them.) Three parts at
  // least, each a phrase in Chinese: two phrases set apart are one headline's decks (`千名干部联千企 党建引领促发展`).
  const parts = headings[0]!.text
    .trim()
    .split(/[ \u3000〓]+/u)
    .filter(Boolean);
  return parts.length >= SETTINGS.segment.headlinePartsMin && parts.every((part) => /^[\p{Script=Han}\p{P}]{4,}$/u.test(part)) ? parts.length : 0;
}

/** The picture desk a photographer's credit may name after it: `孙文来摄/光明图片`. */
const PICTURE_DESK = bothScripts(/[/／][\p{Script=Han}A-Za-z]{2,8}(?:图片|供图)$/u);

/** A photographer's credit ({@link CREDIT_TAIL}) run on after a caption's last sentence: `…赏景游玩。孙文来摄/光明图片`. */
function endsOnPictureCredit(text: string): boolean {
  const credited = text.trim().replace(PICTURE_DESK, '');
  if (!hasCreditTail(credited)) return false;
  return endsSentence(credited.slice(0, CREDIT_TAIL.exec(credited)!.index));
}

/** A dateline in brackets closing a story: `（本报珀斯１月９日电）`, `（新华社北京１月１２日电）`. */
const CLOSING_DATELINE = bothScripts(/^[（(]据?(?:本报|新华社|中新社)[^（()）]{0,16}[电讯][）)]$/u);
/** Decks set as bullet points under a headline (`●辟有热门话题、…`): a mainland paper's summary of the story. */
const BULLET_DECK = /^●/u;

/** A kicker that ends on a dash, waiting for its headline: `西藏自治区大力推进年度综合考核改革——`. */
const KICKER_DASH = /[—－]{1,2}$/u;

/** A commentary's author line: `（作者为…）`, `（作者单位：…）`. */
const AUTHOR_CREDIT_SOURCE = '[（(]作者(?:为|系|是|单位[:：])[^（()）]{2,60}[）)]';
const AUTHOR_CREDIT = bothScripts(new RegExp(`^${AUTHOR_CREDIT_SOURCE}$`, 'u'));
/** The same, broken over lines: the text of the story's last blocks ends with it. */
const AUTHOR_CREDIT_END = bothScripts(new RegExp(`${AUTHOR_CREDIT_SOURCE}$`, 'u'));
/** An editor's note signed at its end: `——编 者`, `——编者`. */
const EDITOR_SIGNATURE = bothScripts(/^[—－-]{1,2}\s*编\s*者$/u);

/** A closing note in brackets after a story's last sentence: `（資料照）`, `（記者X攝）`, `（文字编辑：易佳）`. */
/** Bylines closing a story join any printed inside it (`byline-inside`): each byline line is published once, none replaced. */
function addClosingByline(segment: Segment, entries: readonly Item[]): void {
  segment.closingByline = [segment.closingByline, ...entries.map((entry) => entry.text)].filter(Boolean).join(' ');
}

const CLOSING_NOTE = /[（(][^（()）]{1,40}[）)]\s*$/u;

/** A page a continuation marker names, as printed: `第二版`, or a city paper's section page `A3版`. */
const pageOf = (page: string) => (/^[A-Za-zＡ-Ｚ]/u.test(page) ? `${page}版` : `第${page}版`);

/** Whether a story has a byline already: a byline line in its head, one that closed its text, or a lead's. */
const signedStory = (segment: Segment) =>
  Boolean(segment.tentative?.items.some((entry) => entry.kind === 'byline')) ||
  Boolean(segment.head?.items.some((entry) => entry.kind === 'byline')) ||
  segment.closingByline !== null ||
  segment.leadByline !== null;

/**
 * Rule `ends-mid-sentence`: a story whose last paragraph stops without a sentence end broke off
 * (continued elsewhere). Closing notes in brackets, label-and-code lines and a credited photo caption
 * (`图片：…本报记者 张三摄`) after the last sentence are not where the story ends.
 */
function breaksOff(blocks: readonly UnitBlock[]): boolean {
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
  while (paragraphs.length > 0) {
    let last = paragraphs.at(-1)!;
    // A web copy's closing lines (the paper's citation, the web editor) close the story; the sentence before them ends it.
    // So does a dispatch line alone after its last sentence (`closing-dateline`: `新华社白俄罗斯霍伊尼基4月26日电`).
    if (WEB_COPY_END.test(last.trim()) || (paragraphs.length > 1 && LEAD_BYLINE.test(last) && last.replace(LEAD_BYLINE, '').trim() === '')) {
      paragraphs.pop();
      continue;
    }
    while (CLOSING_NOTE.test(last) && last.replace(CLOSING_NOTE, '').trim() !== '') last = last.replace(CLOSING_NOTE, '').trimEnd();
    if (
      LABEL_VALUE.test(last) ||
      CASE_NUMBER.test(last.trim()) ||
      HK_CASE_NUMBERS.test(last.trim()) ||
      CLOSING_NOTE.test(last) ||
      CREDIT_LINE.test(last) ||
      DRAWING_CREDIT.test(last.trim()) ||
      // A sign-off (`——编  者`, `冀南行署敬祝`, or run on after the last sentence: `…的打算。———编者`) closes its note as a full stop does.
      SIGNATURE.test(last.trim()) ||
      EDITOR_SIGNED_END.test(last.trim()) ||
      SENDER_GREETING.test(last.trim()) ||
      // So does the date a letter or a document was signed (`五月十五日`, `1998年1月29日于班吉`).
      DATE_LINE.test(last.trim()) ||
      SIGNED_DATE_LINE.test(last.trim()) ||
      (last.includes('年') && isNamesRun(NAMES_DATE_LINE.exec(last.trim())?.[1] ?? '')) ||
      // And a caption's credit as Taiwan sites set it (`…圖／都發局提供`, `…記者魯永明／攝影`).
      hasSlashCredit(last.trim()) ||
      // And a reporter's line run into the last sentence (`…有效监护的状态。本报记者 左妍`).
      endsWithReporter(last) ||
      (PHOTO_IS.test(last) && hasCreditTail(last.trim()))
    ) {
      paragraphs.pop();
      continue;
    }
    // A text that ends on a web address (`…完整清单：https://…`) ends there: an address has no full stop.
    if (ENDS_ON_WEB_ADDRESS.test(last.trim())) return false;
    return !endsSentence(last);
  }
  return false;
}

/** Whether no text follows from `from` on before the next head: furniture, then a head or the page's end (`bodiless-item`). */
function nothingAfter(items: readonly Item[], from: number): boolean {
  let k = from;
  while (items[k]?.kind === 'furniture') k++;
  // (A column tag alone, `【產業追蹤】`, opens the item's text: rule `feed-tag-repeat`.)
  return items[k] === undefined || (items[k]!.kind === 'heading' && !COLUMN_TAG_LINE.test(items[k]!.text.trim()));
}

/** A lead lifted off its paragraph put back in front of it, as printed. */
function joinLead(lead: string, text: string): string {
  return (/[）)】〕]$/u.test(lead) ? `${lead}${text}` : `${lead} ${text}`).normalize('NFC');
}

/** First source line of a unit (head or body), used to order units and to name them. */
export function firstLineOf(unit: Unit): number {
  let least = Infinity;
  for (const line of unit.headLines) if (line < least) least = line;
  for (const block of unit.blocks) for (const line of block.lines) if (line < least) least = line;
  return least;
}

/**
 * `credit-closes-article`: on a page printed one paragraph per line, a photographer's bare credit
 * (`胡恩宏攝`, {@link BARE_CREDIT}) straight after a story's paragraph, not a caption (`图为…`), is the story's photo
 * credit printed at its end (the picture and its caption are not in the text): it stays in the
 * story. Printed columns keep their captions: there a credit follows the caption it signs.
 */
function creditClosesArticle(item: Item, credit: Item, longLines: boolean): boolean {
  return longLines && item.kind === 'body' && !PHOTO_IS.test(item.text) && BARE_CREDIT.test(credit.text.trim());
}

/**
 * A credit that is the photographer's name alone (`胡恩宏攝`), as Hong Kong and Taiwan papers print it
 * under a story. Mainland papers sign a caption paragraph (`本报记者 隋二龙 摄`, `敖民极/摄`,
 * `（本报记者李舸摄）`): those stay captions.
 */
const BARE_CREDIT = bothScripts(/^(?:[\p{Script=Han}·]{2,4}(?:[、 ][\p{Script=Han}·]{2,4})*摄|[\p{Script=Han}·]{2,16}供图)$/u);

/**
 * Where a caption paragraph (followed by its credit) stands between the items around it:
 * - `under-head` (rule `caption-under-head`): straight under a story's head (its headline or byline line), with the
 *   story's text after it (`图为宋金波正在维修家电。` and its credit): the story's own picture, kept where it was printed;
 * - `picture-story` (rule `picture-story`): under a headline (`绿色发展新画卷`) with nothing after it but the next head
 *   or the page's end: a photo caption with a printed title (only read on pages of one paragraph per line);
 * - null: anything else.
 */
function captionPlace(items: readonly Item[], index: number, longLines: boolean): 'under-head' | 'picture-story' | null {
  const caption = items[index]!;
  // A story can print several pictures under its head: the captions (and credits) before this one are passed over.
  let above = index - 1;
  while (above > 0 && isCaptionPart(items, above)) above--;
  const before = items[above];
  const after = items[index + 2];
  if (caption.kind !== 'body' || caption.block.startSignal || before === undefined) return null;
  // (Where every line is a paragraph, over the story's lead too, `本报北京1月16日讯…`: no head stands between the caption and
  // it. In printed columns an extraction can set another story's picture there.)
  if (
    (before.kind === 'heading' || before.kind === 'byline') &&
    after?.kind === 'body' &&
    (!after.block.startSignal || (longLines && after.block.startSignal === 'lead-byline'))
  )
    return 'under-head';
  // A picture the caption itself says is set under the headline (`压题照片：…`) is the story's, whatever follows it.
  if ((before.kind === 'heading' || before.kind === 'byline') && HEAD_PHOTO.test(caption.text.trim())) return 'under-head';
  if (before.kind === 'heading' && (after === undefined || after.kind === 'heading' || after.kind === 'furniture')) return 'picture-story';
  return null;
}

/** A picture column's label: `图片新闻`, `新闻图片`, `图片报道`. */
const PICTURE_LABEL = bothScripts(/^(?:图片新闻|新闻图片|图片报道|新闻照片)$/u);
/** A numbered picture's caption: `１、１３日，在伊拉克…`. */
const NUMBERED_CAPTION = /^[0-9０-９]{1,2}[、.．：:]/u;

/**
 * Rule `numbered-pictures`: a picture headline or a picture column's label over two or more numbered captions, each
 * perhaps followed by its credit, up to the next heading or anything else. Returns where they end and each caption with
 * its credit, or null.
 */
function numberedPictures(items: readonly Item[], start: number): { end: number; pictures: [Item, Item | null][] } | null {
  const head = items[start]!.text.trim();
  if (!PICTURE_HEADLINE.test(head) && !PICTURE_LABEL.test(head)) return null;
  const pictures: [Item, Item | null][] = [];
  let i = start + 1;
  while (items[i]?.kind === 'body' && !items[i]!.block.startSignal && NUMBERED_CAPTION.test(items[i]!.text.trim())) {
    const credit = items[i + 1]?.kind === 'credit' ? items[i + 1]! : null;
    pictures.push([items[i]!, credit]);
    i += credit ? 2 : 1;
  }
  // Under a picture column's label one caption with its credit is a picture too.
  if (pictures.length === 0 && PICTURE_LABEL.test(head) && items[i]?.kind === 'body' && !items[i]!.block.startSignal && items[i + 1]?.kind === 'credit')
    return { end: i + 2, pictures: [[items[i]!, items[i + 1]!]] };
  return pictures.length >= 2 ? { end: i, pictures } : null;
}

/** A headline marked as a picture (`…（图片）`), not as a story with pictures (`…（附图片１张）`). */
const PICTURE_ITEM = bothScripts(/[（(]图片[）)]$/u);

/** A caption that names itself the headline's picture: `压题照片：…`, `题图：…`. */
const HEAD_PHOTO = bothScripts(/^(?:压题照片|压题图片|压题图|题图|题头照片)[:：]/u);

/** A credit, a caption signed at its end, or a paragraph a credit follows: part of a picture's caption. */
function isCaptionPart(items: readonly Item[], index: number): boolean {
  const item = items[index]!;
  if (item.kind === 'credit') return true;
  if (item.kind !== 'body' || item.block.startSignal) return false;
  return item.block.rule === 'caption-line' || hasCreditTail(item.text) || items[index + 1]?.kind === 'credit';
}

/**
 * Rule `picture-spread`: a headline over nothing but pictures, each a caption with its
 * credit, perhaps under a short label (`发展社会主义民主`), and source notes (`数据来源：…`): a picture page's spread. At
 * least `SETTINGS.segment.spreadCaptions` captions, then a heading, furniture or the page's end. Returns where it ends
 * and how many of its opening heading lines are the headline (the rest label its first picture, as many as usually label
 * the others), or null.
 */
function pictureSpread(items: readonly Item[], start: number): { end: number; headCount: number } | null {
  let i = start;
  while (items[i]?.kind === 'heading') i++;
  const opening = i - start;
  while (items[i]?.kind === 'body' && items[i]!.block.rule === 'source-note') i++;
  const notes = i - start - opening;
  // Each picture's labels: the heading lines between it and the picture before.
  const labels: number[] = [];
  for (;;) {
    let j = i;
    while (items[j]?.kind === 'heading') j++;
    const caption = items[j];
    const credit = items[j + 1];
    if (caption?.kind !== 'body' || caption.block.startSignal || credit?.kind !== 'credit') break;
    labels.push(j - i);
    i = j + 2;
  }
  const after = items[i];
  if (labels.length < SETTINGS.segment.spreadCaptions || (after !== undefined && after.kind !== 'heading' && after.kind !== 'furniture')) return null;
  // Straight under the headline (no source note between), the first picture's labels run on from the headline's lines:
  // as many as the other pictures usually have are its labels, the lines before them the headline.
  if (notes > 0 || labels[0]! > 0) return { end: i, headCount: opening };
  return { end: i, headCount: opening - Math.min(Math.round(median(labels.slice(1))), opening - 1) };
}

/** The one unit of a picture spread ({@link pictureSpread}): titled by its headline; labels, captions, credits and notes its text. */
function spreadUnit(items: readonly Item[], headCount: number): Unit {
  const unit = emptyUnit('photo-caption');
  const head = items.slice(0, headCount);
  unit.title = head.map((item) => item.text).join('');
  unit.titleInferred = false;
  unit.headLines = head.flatMap((item) => item.block.lines);
  unit.blocks = items
    .slice(headCount)
    .map((item) => ({ type: item.kind === 'heading' ? ('heading' as const) : ('paragraph' as const), text: item.text, lines: item.block.lines }));
  return unit;
}

function captionUnit(item: Item, credit: Item | null): Unit {
  const unit = emptyUnit('photo-caption');
  let text = item.text;
  let byline = credit?.text ?? null;
  const tail = CREDIT_TAIL.exec(text);
  // (Only where text stands before the credit: a caption that is all credit keeps its line as its text, or the caption
  // would publish an empty paragraph.)
  if (!credit && tail && text.slice(0, tail.index).trim() !== '') {
    byline = tail[0].trim();
    text = text.slice(0, tail.index).trim();
  }
  unit.blocks = [{ type: 'paragraph', text, lines: item.block.lines }];
  unit.byline = byline;
  unit.headLines = credit ? [...credit.block.lines] : [];
  unit.title = inferTitle(text.replace(PHOTO_LEAD, '') || text);
  unit.titleInferred = true;
  return unit;
}

/**
 * Rule `deck-column-tag`: a paper signs its headline, and no other deck, with the column's name
 * (`敢拼搏、不服输，让爱无碍（聚焦残特奥会）`): the one deck so signed is the headline, whatever the convention.
 * Its index, or null where no deck or several are signed.
 */
function columnTaggedDeck(decks: readonly string[]): number | null {
  const tagged = decks.flatMap((deck, index) => (COLUMN_TAGGED_HEADLINE.test(deck.trim()) ? [index] : []));
  return tagged.length === 1 ? tagged[0]! : null;
}

function headlineOf(run: HeadRun): { text: string; item: Item | null } {
  const isLabel = seriesLabelsOf(run);
  const headings = run.items.filter((item) => item.kind === 'heading' && !COLUMN_LABEL.test(item.text) && !SUBTITLE.test(item.text) && !isLabel(item.text));
  // (A deck ending on a dash is a kicker, `…考核改革——`: the headline follows it.)
  // (Nor is the head's signature line: {@link signsHead}.)
  const candidates = headings.filter(
    (item) =>
      !(ORGANISATION.test(item.text) && headings.length > 1) &&
      !(KICKER_DASH.test(item.text.trim()) && headings.length > 1) &&
      !(BULLET_DECK.test(item.text.trim()) && headings.length > 1) &&
      !(item.block.rule === 'wide-deck' && headings.length > 1) &&
      // (Nor a label in Latin letters over a Chinese headline, a column's name: `News Flash` / `美國務卿妻急病送院`.)
      !(LATIN_LABEL.test(item.text.trim()) && headings.some((other) => /\p{Script=Han}/u.test(other.text))) &&
      !((isAuthorLine(item.text) || isPenName(item.text)) && headings.length > 1) &&
      !signsHead(run, item),
  );
  const beforeSubtitle = run.items.findIndex((item) => SUBTITLE.test(item.text));
  if (beforeSubtitle > 0) {
    const item = [...run.items.slice(0, beforeSubtitle)].reverse().find((entry) => entry.kind === 'heading' && !COLUMN_LABEL.test(entry.text));
    if (item) return { text: item.text, item };
  }
  const tagged = candidates.length > 1 ? columnTaggedDeck(candidates.map((item) => item.text)) : null;
  if (tagged !== null) return { text: candidates[tagged]!.text, item: candidates[tagged]! };
  const marked = candidates.filter((item) => item.block.hashDepth > 0);
  if (marked.length > 0) {
    const item = marked.reduce((best, entry) => (entry.block.hashDepth < best.block.hashDepth ? entry : best));
    return { text: item.text, item };
  }
  const noComma = candidates.filter((item) => !/[，,]/u.test(item.text));
  const pool = noComma.length > 0 ? noComma : candidates;
  const item = pool.reduce<Item | null>((best, entry) => (!best || [...entry.text].length > [...best.text].length ? entry : best), null);
  return { text: item?.text ?? '', item };
}

/** How a subtitle opens after its dash (`——记…`, `——写在…之际`, `——访…`). */
const SUBTITLE_OPENER = bothScripts(/^(?:记|写在|访|追记|献给|致|纪念|回眸|探访)/u);

/** A deck that is only a running story's name in book-title marks: `《千億爭產案》`, `《馬尼拉人質慘劇聆訊　第一天》`. */
const SERIES_TAG_DECK = /^《[^《》]{2,16}》$/u;

/** A deck that is only a column's name in brackets: `（干部感言）`, `（民生一线）`, `(守望)`. */
const BRACKET_TAG_DECK = /^[（(][\p{Script=Han}·]{2,12}[）)]$/u;

/** A figure: a subtitle's facts. */
const HAS_NUMBER = /[0-9０-９]|百分之/u;
/** A phrase naming what a story describes: `…湿地的千年智慧`, `…的修复之路`. */
const DESCRIPTOR = bothScripts(/的[\p{Script=Han}]{2,4}$/u);
/** A digest's name over its items (`国内联播快讯`, `简讯`, `新闻速览`): the heads under it in its block are its items. */
const DIGEST_LABEL = bothScripts(/^[\p{Script=Han}·\s]{0,8}(?:快讯|简讯|短讯|速览|速递|集锦|一览|要闻)$/u);

/** A column's name in Latin letters (`News Flash`, `Photobook`). */
const LATIN_LABEL_BODY = '[A-Za-z][A-Za-z ]{2,15}';
/** Such a name alone on a line. */
const LATIN_LABEL = new RegExp(`^${LATIN_LABEL_BODY}$`, 'u');

/** A kicker label: a column or genre name of two to four characters, no punctuation (`話你知`, `特稿`, `News Flash`). */
const KICKER_LABEL = new RegExp(`^(?:[\\p{Script=Han}]{2,4}|${LATIN_LABEL_BODY})$`, 'u');
/** A column's name in brackets, by what columns are called (`《觀察筆記》`, `〈記者手記〉`, `【短评】`): a column piece's kicker. */
const COLUMN_NAME = bothScripts(/^[《〈【][\p{Script=Han}]{0,6}(?:笔记|观察|手记|时评|短评|专栏|随笔|札记|论坛|视点|观点|快评|杂谈|漫谈|小语|物语)[》〉】]$/u);
/** A series label (`金台潮声·作风建设系列谈③`) or a column's name in brackets (`《觀察筆記》`): published as the series, never the headline. */
const isSeriesLabel = (text: string) => SERIES_LABEL.test(text.trim()) || COLUMN_NAME.test(text.trim());
/** Which of a head's lines are series labels: {@link isSeriesLabel}, and a feed item's column tag printed again under its title (rule `feed-tag-repeat`). */
function seriesLabelsOf(run: HeadRun): (text: string) => boolean {
  const feedTags = new Set(run.items.flatMap((item) => FEED_ITEM_LABEL.exec(item.text.trim())?.[1] ?? []).map((tag) => `【${tag}】`));
  return (text) => isSeriesLabel(text) || feedTags.has(text.trim());
}
/** An occasion's line: who attended or received what, the occasion's name quoted (`總統出席「中華民國中樞暨各界慶祝114年國慶大會」`). */
const OCCASION_LINE = bothScripts(
  /^[\p{Script=Han}]{1,8}(?:出席|接见|会见|接受|主持|视察|参加|参观|考察|拜会|拜访|偕同[\p{Script=Han}]{1,6}出席)[\p{Script=Han}]{0,12}[「“][^「」“”]{4,}[」”]/u,
);

/** `deck-occasion`: the first deck runs longer, and the second quotes an occasion's name (`「…」` of four characters or more) opening as the first does (its subject, `副總統出席`), or says who attended what ({@link OCCASION_LINE}). */
function namesOccasion(first: string, second: string): boolean {
  const [a, b] = [first.replace(/\s/gu, ''), second.replace(/\s/gu, '')];
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  // (Only where the first runs longer: a kicker, shorter than its headline, may name the occasion too, `特首訪中東　推銷香港
  // 優勢` over `李家超出席「未來投資倡議」論壇`.)
  // (Or the second is the first's opening word for word, `總統院際國政茶敘` under `總統院際國政茶敘　期盼在合憲基礎下…`: the
  // occasion, which the first goes on to report.)
  return (
    [...a].length > [...b].length &&
    ((shared >= SETTINGS.segment.occasionSharedChars && /「[^「」]{4,}」/u.test(b)) ||
      (OCCASION_LINE.test(b) && !OCCASION_LINE.test(a)) ||
      (shared === b.length && [...b].length >= SETTINGS.segment.occasionSharedChars))
  );
}

/** A deck opening with a preposition sets the scene for the headline under it: `与张伯礼院士团队续签…`. */
const KICKER_START = bothScripts(/^(?:与|在|为|对|从|随着|面对|围绕|聚焦|借助|依托|通过|以|据|把|将|向|当)/u);
/** Characters that end a kicker deck set over the headline: `…推动下`, `…海岸线上`, `…以来`. */
const KICKER_END = bothScripts(/(?:下|上|中|后|里|时|之际|以来)$/u);
/** A deck that says who speaks, over what they said: `张东荪氏对记者称`, `外交部发言人表示`. */
const KICKER_SPEAKS = bothScripts(/(?:称|说|表示|指出|强调|认为|宣布|透露|呼吁|答记者问时说)$/u);

/** The head read without its deck `at` (a tag), indices given back in the head's own numbering. */
function readWithout(decks: readonly string[], at: number, convention: DeckConvention): { headline: number[]; kicker: number[]; rule: string } {
  const others = decks.filter((_, index) => index !== at);
  // (One deck besides the tag is the headline: there is nothing to read between.)
  const read = others.length === 1 ? { headline: [0], kicker: [], rule: 'deck-one' } : readDecks(others, convention);
  const back = (index: number) => (index >= at ? index + 1 : index);
  return { headline: read.headline.map(back), kicker: read.kicker.map(back), rule: read.rule };
}

/**
 * The headline of a head of two or three plain decks over a news lead, on a page printed one paragraph per line:
 * - `deck-kicker-first`: on a page whose leads say its paper sets kickers over the headline ({@link deckConvention}), the last deck is the headline;
 * - `deck-kicker-locative`: a first deck ending in a locative (`…推动下`) is a kicker;
 * - `deck-kicker-preposition`: a first deck opening with a preposition (`与…`, `围绕…`, `为…`) sets the scene: a kicker;
 * - `deck-kicker-speaker`: a first deck naming who speaks (`张东荪氏对记者称`) is a kicker over what was said;
 * - `deck-kicker-verb`: a first deck opening on a verb with no subject over one that names its subject and acts is a kicker (mainland papers);
 * - `deck-broken-headline`: a first deck that only names its subject (`瑞华银行` / `今日召开股东大会`), or a short one ending on a verb whose object opens the next (`华中成立` / `孤儿福利会`), is one headline broken in two ({@link isBrokenHeadline});
 * - `deck-three`: three decks are kicker (引题), headline (主题) and subtitle (副题);
 * - `deck-headline-subtitle`: otherwise the first deck is the headline and the rest subtitles.
 */
export function readDecks(decks: readonly string[], convention: DeckConvention = 'by-wording'): { headline: number[]; kicker: number[]; rule: string } {
  const [first, second] = decks.map((deck) => deck.trim()) as [string, string];
  const tagged = columnTaggedDeck(decks);
  if (tagged !== null) return { headline: [tagged], kicker: decks.slice(0, tagged).map((_, index) => index), rule: 'deck-column-tag' };
  // Rule `deck-bracket-tag`: a deck that is only a column's name in brackets (`（干部感言）`, set on a line of its own under
  // the headline) is the headline's tag, never a headline: the head is read without it, and it ends the headline it
  // stands under (`心不累了 干劲足了（干部感言）`), as it does when printed on the headline's line.
  const tag = decks.findIndex((deck, index) => index > 0 && BRACKET_TAG_DECK.test(deck.trim()));
  if (tag > 0 && decks.length >= 2) {
    const read = readWithout(decks, tag, convention);
    if (read.headline.at(-1) === tag - 1) read.headline.push(tag);
    return { ...read, rule: `${read.rule}+deck-bracket-tag` };
  }
  // Rule `deck-series-tag`: a deck that is only a running story's name in book-title marks (`《千億爭產案》`, `《馬尼拉人質慘劇聆訊
  // 第一天》`, set on a line of its own under a Hong Kong headline) is the story's series tag, never its headline, nor part of it.
  // (Only under a headline longer than the tag: under a column's label, `周末睇戲` / `《破·地獄》`, a work's title is the headline.)
  const series = decks.findIndex(
    (deck, index) => index > 0 && SERIES_TAG_DECK.test(deck.trim()) && decks.some((other, at) => at !== index && charsOf(other) > charsOf(deck)),
  );
  if (series > 0) {
    const read = readWithout(decks, series, convention);
    return { ...read, rule: `${read.rule}+deck-series-tag` };
  }
  // Rule `deck-summary`: decks at the foot of a head that run past any headline's length (`segment.summaryDeckChars`) are
  // its summary (提要, `以政策的确定性应对不确定性，精准帮扶企业达产，…`), never its headline: the head is read without them.
  let end = decks.length;
  while (end > 1 && charsOf(decks[end - 1]!) > SETTINGS.segment.summaryDeckChars) end--;
  if (end < decks.length) return end === 1 ? { headline: [0], kicker: [], rule: 'deck-summary' } : readDecks(decks.slice(0, end), convention);
  // Rule `deck-open-end`: a first deck that ends on a word that joins (`…人工智能大会暨` / `人工智能全球治理高级别会议…`, `…和`,
  // `…的`) is a headline broken at the column's width, whatever the page's convention: no kicker ends so.
  if (decks.length === 2 && endsOnJoiningWord(first)) return { headline: [0, 1], kicker: [], rule: 'deck-open-end' };
  // (The post itself may be broken over two decks at the column's width: `…投资有限公司` / `原董事长` / `周怀胜…`.)
  if (decks.length <= 3 && isPostOverName(decks.slice(0, -1).join(''), decks.at(-1)!))
    return { headline: decks.map((_, index) => index), kicker: [], rule: 'deck-post-name' };
  // Rule `deck-occasion`: a second deck that names the occasion the first reports, quoting its name (`副總統出席「2025台灣
  // 人工智慧年會開幕式」` under `副總統出席台灣人工智慧年會開幕　期許AI帶領百工百業均衡發展`) or opening on the same
  // subject and act, is a subtitle: the first deck is the headline, on any page's convention.
  if (decks.length === 2 && namesOccasion(first, second)) return { headline: [0], kicker: [], rule: 'deck-occasion' };
  // Rule `deck-kicker-dash`: a first deck ending on a dash leads into the next (`北京京剧院编剧、导演李卓群爱跨界——` /
  // `用音乐剧讲戏曲的故事`): a kicker, whatever the headline under it says, on any page's convention.
  // (Not over a line that opens as a subtitle does after its dash, `奋斗者的足迹——` / `记…王大山`, `…——` / `写在…之际`: the
  // dash is the subtitle's, broken from it at the line's end.)
  if (decks.length === 2 && /[—－]{1,2}$/u.test(first) && charsOf(second) >= 2 && !SUBTITLE_OPENER.test(second))
    return { headline: [1], kicker: [0], rule: 'deck-kicker-dash' };
  if (convention === 'kicker-first') {
    // Under a headline, a subtitle gives the facts (`新增植绿扩边479万亩`) or names what the story describes
    // (`四川成都都江堰天府源湿地的千年智慧`); over it, a kicker does not.
    // (Mainland papers only: Hong Kong papers set the kicker over the headline whatever it says.)
    if (
      decks.length === 2 &&
      toSimplified(first + second) === first + second &&
      !HAS_NUMBER.test(first) &&
      (HAS_NUMBER.test(second) || DESCRIPTOR.test(second))
    )
      return { headline: [0], kicker: [], rule: 'deck-subtitle-under' };
    return { headline: [decks.length - 1], kicker: decks.slice(0, -1).map((_, index) => index), rule: 'deck-kicker-first' };
  }
  if (KICKER_END.test(first) && charsOf(first) >= 4) return { headline: [1], kicker: [0], rule: 'deck-kicker-locative' };
  if (KICKER_START.test(first)) return { headline: [1], kicker: [0], rule: 'deck-kicker-preposition' };
  if (KICKER_SPEAKS.test(first) && charsOf(first) >= 4) return { headline: [1], kicker: [0], rule: 'deck-kicker-speaker' };
  if (isBrokenHeadline(first, second)) return { headline: [0, 1], kicker: [], rule: 'deck-broken-headline' };
  // Rule `deck-kicker-verb` (mainland papers, as `deck-subtitle-under`): a first deck that opens on a verb with no subject
  // (`加强地方报导`, `建设边区新工业`) over a second that names its subject and acts (`太行新华日报改版`) is a kicker (引题)
  // over the headline (主题).
  if (decks.length === 2 && toSimplified(first + second) === first + second) {
    const [a, b] = [deckGrammar(first), deckGrammar(second)];
    if (a.startsVerb && !b.startsVerb && b.states) return { headline: [1], kicker: [0], rule: 'deck-kicker-verb' };
  }
  if (decks.length === 3 && !decks.some((deck) => /[，,]/u.test(deck))) return { headline: [1], kicker: [0], rule: 'deck-three' };
  // (A kicker pair: HK Apple Daily sets a two-phrase kicker over a one-phrase headline; Liberty Times a two-phrase headline over a one-phrase subtitle. Same shape, so no rule.)
  return { headline: [0], kicker: [], rule: 'deck-headline-subtitle' };
}

/**
 * `head-after-standfirst`: a story that opens with its lead paragraph (the standfirst, `【本報訊】…`)
 * and then prints its headline and byline (`記者：…`) before the rest of its text: a head run
 * straight after a story's lone lead paragraph, ending with a byline and followed by plain body
 * text, is that story's head, and the story goes on.
 */
function headAfterStandfirst(current: Segment, run: readonly Item[], nextStarts: boolean): boolean {
  return (
    !nextStarts &&
    current.blocks.length === 1 &&
    current.leadByline !== null &&
    current.head === null &&
    current.tentative === null &&
    run.some((entry) => entry.kind === 'heading') &&
    run.at(-1)!.kind === 'byline' &&
    MARKED_BYLINE.test(run.at(-1)!.text)
  );
}

/** A Hong Kong news lead, `【本報訊】`, in Traditional script. */
const HONG_KONG_LEAD = /^【本報(?:訊|記者)/u;
/** A dateline in square brackets, `【新华社延安十五日电】`, `【本市讯】`: the mainland press of the 1940s. */
const BRACKET_DATELINE = /^【[^】]*】/u;
/** A Taiwan news lead, `〔記者張忠義／高雄報導〕`. */
const TAIWAN_LEAD = /^〔[^〕]*(?:報導|报导)〕/u;

/**
 * `deck-kicker-first`: how this page stacks two headline decks, from how its leads are printed.
 * Hong Kong papers (`【本報訊】`) and today's mainland papers (`本报北京5月19日电（记者…）`, a
 * `本报记者 …` line under the head) set a kicker (引题) over the headline and mark a subtitle with
 * `——`: of two plain decks the second is the headline. Taiwan papers (`〔記者…報導〕`) print the
 * headline first with a subtitle under it, and so did the 1940s mainland press (`【新华社…电】`):
 * there the decks' wording decides ({@link readDecks}). Only on pages of one paragraph per line and
 * printed columns with headlines before their bodies; columns with headlines after keep the wording rules.
 */
function deckConvention(segments: readonly Segment[], decksApart: boolean): DeckConvention {
  if (!decksApart) return 'by-wording';
  const leads = segments.map((segment) => segment.leadByline).filter((lead): lead is string => lead !== null);
  const hongKong = leads.filter((lead) => HONG_KONG_LEAD.test(lead)).length;
  if (hongKong >= 2) return 'kicker-first';
  const headlineFirst = leads.filter((lead) => TAIWAN_LEAD.test(lead) || (BRACKET_DATELINE.test(lead) && !HONG_KONG_LEAD.test(lead))).length;
  return headlineFirst >= 2 || headlineFirst > leads.length / 2 ? 'by-wording' : 'kicker-first';
}

type DeckConvention = 'kicker-first' | 'by-wording';

/** Where decks are read apart, a head that ends with a reporter's line (`本报记者 宋朝军`) is decks over a byline: read like decks over a lead. */
function headOverByline(run: HeadRun, decksApart: boolean): boolean {
  const last = run.items.at(-1);
  return decksApart && last !== undefined && last.kind === 'byline' && run.items.some((item) => item.kind === 'heading');
}

function applyHead(unit: Unit, run: HeadRun, position: 'before' | 'after', decksOverLead: boolean, convention: DeckConvention): void {
  const isLabel = seriesLabelsOf(run);
  const labels = run.items.filter((item) => item.kind === 'heading' && isLabel(item.text));
  const decks = run.items.filter(
    (item) =>
      item.kind === 'heading' &&
      !COLUMN_LABEL.test(item.text) &&
      !SUBTITLE.test(item.text) &&
      !labels.includes(item) &&
      !BULLET_DECK.test(item.text.trim()) &&
      !isAuthorLine(item.text) &&
      !isPenName(item.text) &&
      !signsHead(run, item),
  );
  // Only a head over a news lead: there the decks are all the head has.
  if (
    decksOverLead &&
    decks.length >= 2 &&
    decks.length <= 3 &&
    decks.every((item) => item.block.lines.length <= 2) &&
    run.items.every((item) => item.kind !== 'heading' || decks.includes(item) || labels.includes(item))
  ) {
    const read = readDecks(
      decks.map((item) => item.text),
      convention,
    );
    if (read.headline.length > 0) {
      const headline = read.headline.map((index) => decks[index]!);
      const bylines = run.items.filter((item) => item.kind === 'byline').map((item) => item.text);
      for (const item of run.items) if (!COLUMN_LABEL.test(item.text)) unit.headLines.push(...item.block.lines);
      // Two decks joined can compose at the seam (a Hangul jamo pair): published text stays NFC.
      unit.title = headline
        .map((item) => item.text)
        .join('')
        .normalize('NFC');
      unit.kicker = read.kicker.length > 0 ? read.kicker.map((index) => decks[index]!.text).join(' ') : null;
      const rest = decks.filter((item) => !headline.includes(item) && !read.kicker.map((index) => decks[index]).includes(item));
      const subtitles = [...rest.map((item) => item.text), ...run.items.filter((item) => SUBTITLE.test(item.text)).map((item) => item.text)];
      unit.subtitle = subtitles.length > 0 ? subtitles.join(' ') : null;
      unit.byline = bylines.length > 0 ? bylines.join(' ') : null;
      unit.series = labels.length > 0 ? labels.map((item) => item.text).join(' ') : null;
      return;
    }
  }
  const { item: headline } = headlineOf(run);
  const headlineIndex = headline ? run.items.indexOf(headline) : -1;
  const kicker: string[] = [];
  const subtitle: string[] = [];
  const series: string[] = [];
  const bylines: string[] = [];
  let seenByline = false;
  run.items.forEach((item, index) => {
    if (COLUMN_LABEL.test(item.text)) return;
    unit.headLines.push(...item.block.lines);
    if (item === headline) return;
    // (An author's name set as a head line under the headline is the byline: `斩断盗卖股票的黑手` / `阎涛`.)
    if (
      item.kind === 'byline' ||
      (item.kind === 'heading' && index > headlineIndex && headlineIndex >= 0 && (isAuthorLine(item.text) || isPenName(item.text) || signsHead(run, item)))
    ) {
      bylines.push(item.text);
      seenByline = true;
      return;
    }
    if (ORGANISATION.test(item.text) && index < headlineIndex) {
      // Two organisation lines above one headline are both kept.
      unit.organisation = unit.organisation ? `${unit.organisation} ${item.text}` : item.text;
      return;
    }
    if (SUBTITLE.test(item.text)) subtitle.push(item.text);
    else if (isLabel(item.text) || (seenByline && position === 'before')) series.push(item.text);
    else if (index < headlineIndex) kicker.push(item.text);
    else subtitle.push(item.text);
  });
  unit.title = headline?.text ?? null;
  unit.kicker = kicker.length > 0 ? kicker.join(' ') : null;
  unit.subtitle = subtitle.length > 0 ? subtitle.join(' ') : null;
  unit.series = series.length > 0 ? series.join(' ') : null;
  unit.byline = bylines.length > 0 ? bylines.join(' ') : null;
}

/** remark plugin: split the page into units and put them on `file.data.split` ({@link splitUnits}). */
export const remarkSplitUnits: Plugin<[SplitOptions?], Root> = (options) => (tree, file) => {
  file.data.split = splitUnits(tree, {
    longLines: file.data.lineProfile?.longLines ?? false,
    blankLineHeads: file.data.lineProfile?.blankLineHeads ?? false,
    ...options,
  });
};

declare module 'vfile' {
  interface DataMap {
    split: SplitResult;
  }
}
