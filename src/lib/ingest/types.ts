import type { Heading, Paragraph, Root } from 'mdast';
import type { unitKinds } from '../../schemas/article.ts';

/** What a line or block is, as far as the page layout tells. */
export type BlockRole = 'body' | 'heading' | 'byline' | 'credit' | 'continuation' | 'caption' | 'furniture';

/** Layout facts the parser records on every block (kept through the later steps). */
export interface BlockData {
  /** 1-based source lines this block came from, in reading order. */
  lines: number[];
  /** The first source line began with white space (a new article in some layouts). */
  indent: boolean;
  /** The first white-space character of that indent (`\u3000`, a space, a tab), where there is one. */
  indentChar?: string;
  /** A blank line preceded the block in the source (more than the page's usual gap, rule `usual-gap` in classify-lines.ts). */
  blankBefore: boolean;
  /** How many blank lines preceded the block in the source (where the parser saw it; absent elsewhere). */
  gap?: number;
  /** On a page of whole paragraphs that sets nearly every line apart with a blank (rule `usual-gap`), this block was set apart so. */
  spaced?: boolean;
  /** Depth of a stray markdown `#` marker the extraction left (0 when none). */
  hashDepth: number;
  /** Printed width of each source line (CJK = 1, Latin = ½), parallel to `lines`. */
  widths: number[];
  /** Role set by the classifier. */
  role?: BlockRole;
  /** Id of the classifier rule that set the role (`LINE_RULES` in classify-lines.ts), or `edit`. */
  rule?: string;
  /** For a body paragraph: why it starts a new unit, if it does. */
  startSignal?: 'lead-byline' | 'indent' | 'continuation' | 'edit' | 'web-time' | null;
  /** Byline text found at the start of a paragraph (`本报讯(记者方双)`). */
  leadByline?: string | null;
  /** Continuation marker found at the start of a paragraph (`（上接第一版）`). */
  continuation?: string | null;
  /** A marker sending the story before on to another page, run into this paragraph's start (`（下转第二版）本报讯…`). */
  continuedTo?: string | null;
}

declare module 'mdast' {
  interface ParagraphData {
    block?: BlockData;
  }
  interface HeadingData {
    block?: BlockData;
  }
}

/** A block of the page: a paragraph (body, byline, credit, caption) or a heading. */
export type PageBlock = Paragraph | Heading;

/** The tree the ingest plugins pass along. */
export type PageTree = Root;

/** Kinds of unit a page splits into. */
export type UnitKind = (typeof unitKinds)[number];

/** One body element of a unit: a paragraph or a section heading. */
export interface UnitBlock {
  readonly type: 'paragraph' | 'heading';
  readonly text: string;
  readonly lines: readonly number[];
  /** The paragraph opens with a news lead that a rule joined to the story before on the evidence of shared words only (`dispatch-on-topic`): flagged. */
  readonly joinedOnTopic?: true;
  /** A byline stood under this paragraph, between two column blocks, and the text under it was joined to the story (`unsigned-story-byline`): flagged. */
  readonly bylineUnder?: true;
}

/** A unit of a page (article, fragment, caption …) before it is written as MDX. */
export interface Unit {
  kind: UnitKind;
  title: string | null;
  titleInferred: boolean;
  subtitle: string | null;
  kicker: string | null;
  series: string | null;
  byline: string | null;
  organisation: string | null;
  continuedFrom: string | null;
  continuedTo: string | null;
  /** The continuation marker as printed (`（上接第一版）`). */
  continuationMarker: string | null;
  /** Source lines of the headline, subtitle, kicker, byline … */
  headLines: number[];
  /** Source lines of series banners attached from elsewhere on the page (not used to order or name the unit). */
  bannerLines: number[];
  blocks: UnitBlock[];
  /** The unit rule that made its head start a story where nothing else did ({@link UNIT_START_RULES}), if one did. */
  startRule?: UnitStartRule;
}

/**
 * Unit rules that start a story at a head over plain text, where no lead, byline or blank line says so: what `--explain`
 * names beside the line rule, since these are the guesses among a page's story starts.
 */
export const UNIT_START_RULES = {
  'unsignalled-heads': 'a page with no lead and no byline anywhere: every head of headline length heads a story (a long subhead reads the same)',
  'blank-line-head': 'a page that sets a blank line before each story: a head after a blank line heads a story',
  'topic-shift-head': 'a head of headline length over text that shares almost no words with the story above heads a story of its own',
  'unindented-head': 'where paragraphs are indented, an unindented head line starts a story',
  'story-head': "a headline marked as a picture's, decks in bullets, a head over a salutation or a long headline under a news item heads a story",
  'closed-story-head':
    "a head straight after a story's closing credit or dateline (in printed columns: a news item's last sentence signed with names in brackets, or a reporter's line run into the last line) heads the next story",
  'signed-piece-head': 'in printed columns, a head inside a lead-opened news item, over text signed with a name alone as a letter is, heads a piece of its own',
  'kicker-label-head': 'a short label over a longer headline heads a sidebar story of its own',
} as const;
export type UnitStartRule = keyof typeof UNIT_START_RULES;

/** A text the page printed that belongs to no unit (kept, listed, counted). */
export interface UnassignedText {
  readonly text: string;
  readonly lines: readonly number[];
}
