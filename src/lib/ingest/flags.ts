import { CONTINUATION, LEAD_BYLINE } from './patterns.ts';
import { bigrams, charsOf, endsSentence, overlapWithText } from './text-utils.ts';
import { SETTINGS } from './settings.ts';
import type { ArticleRecord } from './ingest-page.ts';
import type { UnitStartRule } from './types.ts';

/**
 * What the segmenter is unsure of, per unit. Each flag has a one-line meaning and the editorial
 * fix (or other action) that would address it; the ingest summary lists flagged units with
 * `file:line` and `--strict` fails on a page that probably did not segment.
 */
export const FLAGS = {
  'whole-page': 'one unit holds nearly the whole page: the page was probably not segmented',
  outsized: "far longer than the page's other units: probably several articles run together",
  'no-start-signal': 'the page has no headline, news lead or indent the rules could start a unit at',
  'glued-lead': 'a news lead (本报…讯, 新华社…电, 【…】) stands inside a paragraph: a unit start is glued to the text before it',
  'title-inferred': 'no printed headline was found; the title is taken from the first sentence',
  'format-uncertain': 'the page is between one-paragraph-per-line and printed-column shape; the format may be wrong',
  'no-body': 'a title with no text under it: the source lost the body, or it was a video or a gallery',
  'joined-dispatch':
    'a news lead after the story was joined to it as another dispatch only because its text shares the story’s words: it may be a story of its own',
  'headless-part':
    'in printed columns, text with no headline of its own: usually part of another story that the extraction or OCR read out of order (some pages do print items without headlines)',
  'breaks-off': 'in printed columns, the text stops mid-sentence with no continuation marker: the rest is probably elsewhere on the page',
  'unsigned-start':
    "in printed columns with no news lead or byline anywhere, the unit starts at a head over plain text (rule unsignalled-heads): a feature's long subhead reads the same, so it may be a section of the story above",
  'byline-between':
    "in printed columns, a byline stood between two column blocks and the text under it was read as the same story's (the story above was signed nowhere): it may be another story whose headline the extraction set elsewhere",
  'short-head':
    'the unit starts at a short head with no byline or news lead under it, right after a story: a subhead inside a story reads the same, so it may be a section of the story above',
  'title-not-in-text':
    "in printed columns, almost none of the headline's words occur in the unit's text: the extraction or OCR probably set another story's headline over this text",
  'title-is-text':
    'the printed title found reads as a sentence of text (a full stop in it, or longer than a headline runs): the headline is probably another line, or the unit starts in the wrong place',
} as const;
export type Flag = keyof typeof FLAGS;

/** Flags the segmenter sets as it joins text ({@link flagPage} keeps them and adds the others). */
export const SEGMENTER_FLAGS: ReadonlySet<Flag> = new Set(['joined-dispatch', 'byline-between']);

/** Flags that speak of the whole page: the summary says them once per page. */
export const PAGE_FLAGS: ReadonlySet<Flag> = new Set(['whole-page', 'no-start-signal', 'format-uncertain']);

/** A lead anywhere in a text (LEAD_BYLINE unanchored). */
const LEAD_ANYWHERE = new RegExp(LEAD_BYLINE.source.replace(/^\^/u, ''), 'u');

const chars = (article: ArticleRecord) => article.blocks.reduce((sum, block) => sum + block.text.length, 0) + article.title.length;

/** The first news lead glued inside a paragraph's text (not at its start), or null. */
function gluedLeadIn(text: string): string | null {
  // Every lead ends in 讯/电 or a closing bracket: look only around those (an unanchored
  // pattern over every paragraph was the largest cost of flagging).
  const ends = new RegExp(LEAD_END.source, 'gu');
  for (let hit = ends.exec(text); hit; hit = ends.exec(text)) {
    if (hit.index < SETTINGS.flags.gluedLeadMinOffset + 1) continue;
    const from = Math.max(SETTINGS.flags.gluedLeadMinOffset, hit.index - 40);
    const match = LEAD_ANYWHERE.exec(text.slice(from, hit.index + 90));
    if (!match || CONTINUATION.test(match[0])) continue;
    // A dateline closing the story's last paragraph after its last sentence (`…只能买到一只。（新华社北京１月２８日电）`,
    // `…崭新篇章。　新华社郑州4月28日电`) is where the paper signs it, not a lead glued to the text before it.
    const start = from + match.index;
    const closing = text.slice(start + match[0].length).replace(/[）)\s]/gu, '') === '' && endsSentence(text.slice(0, start).replace(/[（(\s]+$/u, ''));
    if (!closing) return match[0].trim();
  }
  return null;
}

/** Where a glued lead starts: the source line of the paragraph that holds it, and the lead. */
export function gluedLead(article: ArticleRecord): { line: number; lead: string } | null {
  for (const block of article.blocks) {
    const lead = gluedLeadIn(block.text);
    if (lead) return { line: block.lines[0]![0], lead };
  }
  return null;
}

/**
 * Rule `title-not-in-text`: a headline shares words with its story; where almost none of a printed title's character pairs
 * ({@link bigrams}) occur in its unit's text, the head is probably another story's (on the development pages of printed columns
 * and OCR, 48 wrong units and 2 right ones read so).
 */
function titleNotInText(article: ArticleRecord): boolean {
  const grams = bigrams(article.title);
  if (grams.size < SETTINGS.flags.titleTextPairsMin) return false;
  return overlapWithText(grams, article.blocks.map((block) => block.text).join('\n')) <= SETTINGS.flags.titleInTextShareMax;
}

/** The characters a news lead ends with. */
const LEAD_END = /[讯訊电電】〕]/u;

/**
 * A title that reads as text, not as a headline: a full stop in it (`…请你斟酌。（邵力平）`), or longer than
 * `flags.titleTextChars` characters. Headlines end no sentence and run short, whatever they print around them.
 */
function readsAsText(title: string): boolean {
  // (A full stop inside quotation marks is the quotation's, `“油茶是我们村的宝。”`; a column's tag opening the title,
  // `【新思想引领新征程】`, is not counted.)
  const unquoted = title.replace(/“[^“”]*”|「[^「」]*」|『[^『』]*』/gu, '');
  return /[。]/u.test(unquoted) || [...title.replace(/^【[^【】]{1,20}】/u, '').replace(/\s+/gu, '')].length > SETTINGS.flags.titleTextChars;
}

/** A page's verdict: flags per unit (by id) and whether it probably did not segment. */
export interface PageFlags {
  readonly byUnit: Map<string, Flag[]>;
  readonly unsegmented: boolean;
}

/** `short-head`: a story headed by a few characters (`初體驗`), with no byline and no lead of its own. */
const isShortHead = (article: ArticleRecord) =>
  article.kind === 'article' &&
  !article.titleInferred &&
  article.byline === null &&
  !opensWithLead(article) &&
  charsOf(article.title) <= SETTINGS.flags.shortHeadChars;

/** The unit's text opens with a news lead (`本报北京1月1日讯`, `新华社…电`), its own or the lead the segmenter took out. */
const opensWithLead = (article: ArticleRecord) => {
  const first = article.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
  return LEAD_BYLINE.test(first) || (article.byline !== null && LEAD_BYLINE.test(article.byline));
};

/**
 * Flag a page's units ({@link FLAGS}). `formatUncertain`: the detector could not tell the text shape; `structured`: a
 * crawler's records; `printedColumns`: column text or OCR, where a unit without a headline, or whose text breaks off, is
 * seldom a story as printed (on the development corpus none of 24 such headless units and 1 of 52 such fragments
 * came out right; the seed page 000 prints two items without headlines, which the flag marks too).
 */
export function flagPage(
  articles: readonly ArticleRecord[],
  options: { formatUncertain?: boolean; structured?: boolean; printedColumns?: boolean; startRules?: Readonly<Record<string, UnitStartRule>> } = {},
): PageFlags {
  const byUnit = new Map<string, Flag[]>();
  const add = (article: ArticleRecord, flag: Flag) => byUnit.set(article.id, [...(byUnit.get(article.id) ?? []), flag]);
  const stories = articles.filter((article) => article.kind !== 'page-header' && article.kind !== 'furniture' && article.kind !== 'photo-caption');
  const sizes = stories.map(chars);
  const total = sizes.reduce((sum, n) => sum + n, 0);
  const sorted = [...sizes].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  let unsegmented = false;
  let gluedParagraphs = 0;
  // (A page whose heads are mostly short, a column of briefs, `国产大飞机交付`, sets its stories so: no subhead to tell.)
  const headed = stories.filter((article) => article.kind === 'article' && !article.titleInferred);
  const shortHeadStyle = headed.filter(isShortHead).length > headed.length / 2;
  // (Where most of a page's stories start at a head over plain text, as web copies and papers that sign nothing set them,
  // a head of the page's usual length is a headline like the others: only a shorter one may be a subhead. On the
  // column-wrapped Traditional development pages 67 of the 78 right units flagged `unsigned-start` had such heads.)
  const unsigned = stories.filter((article) => options.startRules?.[article.id] === 'unsignalled-heads').length;
  const unsignedStyle = stories.length > 0 && unsigned >= SETTINGS.flags.unsignedPageShare * stories.length;
  const headLengths = headed.map((article) => charsOf(article.title)).sort((a, b) => a - b);
  const medianHead = headLengths[Math.floor(headLengths.length / 2)] ?? 0;
  stories.forEach((article, index) => {
    const size = sizes[index]!;
    // (A short page counts where its one unit holds many heads: a digest of headlines read as one story's sections.)
    const heads = article.blocks.filter((block) => block.type === 'heading').length;
    if ((total >= SETTINGS.flags.wholePageChars || heads >= SETTINGS.flags.wholePageHeads) && size >= SETTINGS.flags.wholePageShare * total) {
      add(article, 'whole-page');
      unsegmented = true;
    } else if (stories.length >= 3 && size >= SETTINGS.flags.outsizedRatio * median && size >= SETTINGS.flags.outsizedChars) add(article, 'outsized');
    // Each paragraph is scanned once: the flag, and the page's count of glued leads below.
    const glued = options.structured ? 0 : article.blocks.filter((block) => gluedLeadIn(block.text) !== null).length;
    if (glued > 0) add(article, 'glued-lead');
    gluedParagraphs += glued;
    if (article.titleInferred && article.kind === 'article') add(article, 'title-inferred');
    // (Not a crawler's record: its title is the record's own field, however it reads.)
    else if (!options.structured && !article.titleInferred && (article.kind === 'article' || article.kind === 'fragment') && readsAsText(article.title))
      add(article, 'title-is-text');
    // (Not a part marked as continued from another page, `（上接第一版）`, whose head is there, nor a brief opening with its
    // own news lead, `本报…讯`: a story printed without a headline.)
    if (options.printedColumns && article.titleInferred && !article.continuedFrom && !opensWithLead(article)) add(article, 'headless-part');
    if (options.printedColumns && article.continuedTo === 'unknown') add(article, 'breaks-off');
    if (options.printedColumns && !article.titleInferred && (article.kind === 'article' || article.kind === 'fragment') && titleNotInText(article))
      add(article, 'title-not-in-text');
    const unsignalledStart = options.startRules?.[article.id] === 'unsignalled-heads';
    if (options.printedColumns && unsignalledStart) {
      if (!unsignedStyle || charsOf(article.title) < SETTINGS.flags.unsignedShortRatio * medianHead) add(article, 'unsigned-start');
    }
    // (Hong Kong sites' features set subheads of six characters, `配合時代步伐`, where their stories' heads run longer; on the
    // development corpus 8 of 13 such units on pages of whole paragraphs were a story's sections.)
    else if (!options.structured && !shortHeadStyle && index > 0 && stories[index - 1]!.kind === 'article' && isShortHead(article)) add(article, 'short-head');
    // (On pages of whole paragraphs only a head well short of the page's headlines: there a headline of any length stands
    // alone on its line; on the Traditional development pages heads under 0.6 of the median were 23 wrong to 3 right.)
    else if (!options.structured && unsignalledStart && charsOf(article.title) < SETTINGS.flags.unsignedShortRatioParagraphs * medianHead)
      add(article, 'unsigned-start');
    if (options.formatUncertain) add(article, 'format-uncertain');
    if (article.kind === 'article' && article.blocks.every((block) => block.text.trim() === '')) add(article, 'no-body');
  });
  if (!options.structured && stories.length > 0 && total >= SETTINGS.flags.wholePageChars && stories.every((article) => article.titleInferred)) {
    for (const article of stories) add(article, 'no-start-signal');
    unsegmented = true;
  }
  // Two glued leads on a page, in one unit or in two: its stories were run together.
  if (gluedParagraphs >= 2) unsegmented = true;
  // Printed columns read out of order: text that breaks off, and at least one more part that does or that has no
  // headline of its own. (Parts without headlines alone are not enough: a page may print items so, as seed page 000
  // does.) On the corpus, 31 pages were so; their units were 0.38 right (81 of 214), 21 of the pages under half.
  const flagged = (name: Flag) => stories.filter((article) => (byUnit.get(article.id) ?? []).includes(name)).length;
  const breaksOff = flagged('breaks-off');
  if (options.printedColumns && breaksOff >= 1 && breaksOff + flagged('headless-part') >= SETTINGS.flags.outOfOrderParts) unsegmented = true;
  // So were heads set over other stories' text: on the corpus, the 12 pages with two or more such units were 0.29 right
  // (21 of 72), none of them half right; 8 of them were caught above already.
  if (options.printedColumns && flagged('title-not-in-text') >= SETTINGS.flags.misplacedHeads) unsegmented = true;
  return { byUnit, unsegmented };
}

/** The editorial fix (or action) that would address a flag on a unit, for the summary. */
export function suggestFix(flag: Flag, article: ArticleRecord, source: string): string {
  const first = article.lines[0]?.[0] ?? article.headLines[0]?.[0] ?? 1;
  switch (flag) {
    case 'glued-lead': {
      const glued = gluedLead(article)!;
      return `the lead «${glued.lead}» at line ${glued.line} is inside a paragraph; if the headline and lead share a line, put the headline on a line of its own in the page text, else add \`op: split, at: ${glued.line}\` to edits/${source.replace(/\.[^.]+$/u, '')}.yaml`;
    }
    case 'whole-page':
    case 'no-start-signal':
    case 'outsized':
      return `add \`op: split, at: <line>\` fixes where each article starts (and \`op: role, lines: <n>, role: heading\` for its headline), or check the format with --explain (try --format paragraph-lines|column-text)`;
    case 'title-inferred':
      return `if a headline is printed, \`op: role, lines: <its line>, role: heading\`; if none is, \`op: set, unit: ${first}, fields: { title: … }\``;
    case 'format-uncertain':
      return 'run `--explain` and name the format with --format if it is wrong';
    case 'joined-dispatch': {
      const joined = article.blocks.slice(1).find((block) => LEAD_BYLINE.test(block.text));
      return `if the text from line ${joined?.lines[0]?.[0] ?? '<line>'} is a story of its own, add \`op: split, at: ${joined?.lines[0]?.[0] ?? '<line>'}\` to edits/${source.replace(/\.[^.]+$/u, '')}.yaml`;
    }
    case 'headless-part':
      return `find the story it belongs to (\`--explain\` shows the order the page was read in) and add \`op: merge, unit: ${first}, into: <that story's first line>\` to edits/${source.replace(/\.[^.]+$/u, '')}.yaml; if it is a story whose headline was missed, \`op: role, lines: <its line>, role: heading\``;
    case 'breaks-off':
      return `find where its text goes on (\`--explain\`) and merge that part into it with \`op: merge, unit: <that part's first line>, into: ${first}\`; if the story goes on on another page, nothing is wrong`;
    case 'title-is-text':
      return `if the headline is another line, \`op: role, lines: <its line>, role: heading\` (and \`op: role, lines: <this title's line>, role: body\`); if the story starts elsewhere, \`op: split, at: <line>\`; or set it with \`op: set, unit: ${first}, fields: { title: … }\` in edits/${source.replace(/\.[^.]+$/u, '')}.yaml`;
    case 'byline-between': {
      // (The byline is the head line standing after the text's first line; the text under it opens after it.)
      const byline = article.headLines.find(([from]) => from > first)?.[1] ?? first;
      const at = article.lines.find(([from]) => from > byline)?.[0] ?? byline + 1;
      return `if the text from line ${at} is a story of its own, \`op: split, at: ${at}\` in edits/${source.replace(/\.[^.]+$/u, '')}.yaml`;
    }
    case 'unsigned-start':
    case 'short-head':
      return `if its head is a section of the story above, \`op: merge, unit: ${first}, into: <that story's first line>\` in edits/${source.replace(/\.[^.]+$/u, '')}.yaml`;
    case 'title-not-in-text':
      return `find this text's own headline (\`--explain\` shows where the page was read): \`op: set, unit: ${first}, fields: { title: … }\` in edits/${source.replace(/\.[^.]+$/u, '')}.yaml, or merge the text into the story it goes on with \`op: merge, unit: ${first}, into: <that story's first line>\``;
    case 'no-body':
      return `add the text from the source if it has one; if the record is no article (a video or gallery link), \`op: set, unit: ${first}, fields: { kind: furniture }\``;
  }
}
