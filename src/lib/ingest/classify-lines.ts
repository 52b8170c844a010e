import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import {
  COLUMN_LABEL,
  CONTINUATION,
  CREDIT_LINE,
  LEAD_BYLINE,
  NUMBERED_SECTION,
  ORGANISATION,
  REPORTER_LINE,
  SUBTITLE,
  isNameLine,
} from './patterns.ts';
import { CLAUSE_END, endsSentence, median } from './text-utils.ts';
import type { BlockData, BlockRole } from './types.ts';

/** Layout facts measured over a whole page. */
export interface PageProfile {
  /** Most lines hold a whole paragraph (web-style extraction) rather than a printed column line. */
  readonly longLines: boolean;
  /** Estimated column width around each line, parallel to the input lines. */
  readonly localWidths: readonly number[];
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
  // The column can change width mid-page (a photo ends, a new article starts): measure each
  // side separately and take the narrower, so a short line is only short against its own column.
  const localWidths = widths.map((width, index) => {
    const before = p70(widths, Math.max(0, index - 6), index);
    const after = p70(widths, index + 1, Math.min(widths.length, index + 7));
    return Math.min(before ?? after ?? width, after ?? before ?? width);
  });
  // Web-style extraction gives one paragraph per line, so most text lines end a sentence;
  // printed columns break lines anywhere, so most do not.
  const textLines = lines.filter((line) => (line.block.widths[0] ?? 0) >= 10);
  const sentenceEnds = textLines.filter((line) => endsSentence(line.text)).length / Math.max(1, textLines.length);
  const longLines = median(widths) > 40 || sentenceEnds >= 0.5;
  return { longLines, localWidths };
}

function isHeadingShaped(text: string, width: number, localWidth: number, profile: PageProfile): boolean {
  if (text.includes('。') || /[！!]/u.test(text.slice(0, -1))) return false;
  if (/[:：]$/u.test(text)) return width <= 12;
  if (CLAUSE_END.test(text)) return false;
  const comma = /[，,]/u.test(text);
  // A quotation standing alone is a heading (`“就想勤勤恳恳,踏踏实实做点事”`), commas and all.
  if (profile.longLines) return width <= 40 && (!comma || (/^[“「]/u.test(text) && /[”」]$/u.test(text) && width <= 30));
  // Two phrases set apart by a space are a headline (`千名干部联千企 党建引领促发展`), never body text.
  if (/\p{Script=Han}[”’」]? [“‘「]?\p{Script=Han}/u.test(text) && !comma && width <= localWidth + 8) return true;
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
  const roles: BlockRole[] = [];
  lines.forEach((line, index) => {
    const { text, block } = line;
    const width = block.widths[0] ?? 0;
    const prev = index > 0 ? lines[index - 1] : undefined;
    const prevRole = roles[index - 1];
    const afterBreak = !prev || prevRole !== 'body' || endsSentence(prev.text) || (prev.block.blankBefore && block.blankBefore && profile.longLines);
    let role: BlockRole = 'body';
    if (CONTINUATION.test(text) && text.replace(CONTINUATION, '').trim() === '') role = 'continuation';
    else if (LEAD_BYLINE.test(text) && text.replace(LEAD_BYLINE, '').trim() === '') role = 'byline';
    else if (REPORTER_LINE.test(text) && width <= 40 && !CREDIT_LINE.test(text)) role = 'byline';
    else if (CREDIT_LINE.test(text)) role = 'credit';
    else if (COLUMN_LABEL.test(text) || block.hashDepth > 0) role = 'heading';
    else if (/^[一二三四五六七八九十]{1,2}、.+[?？]$/u.test(text)) role = 'heading';
    else if (SUBTITLE.test(text) && !CLAUSE_END.test(text)) role = 'heading';
    else if (block.indent && !profile.longLines && index > 0) role = 'body';
    else if (LEAD_BYLINE.test(text)) role = 'body';
    else if (prevRole === 'heading' && prev && NUMBERED_SECTION.test(prev.text)) role = 'body';
    else if (!profile.longLines && width >= profile.localWidths[index]! * 2 && prevRole !== 'heading' && !(prev && (prev.block.widths[0] ?? 0) >= profile.localWidths[index]! + 3) && isHeadingShaped(text, width, profile.localWidths[index]!, profile)) role = 'heading';
    // (`afterBreak` covers a heading line above: a heading may run over several lines.)
    else if (afterBreak && isHeadingShaped(text, width, profile.localWidths[index]!, profile)) role = 'heading';
    else if (prevRole === 'heading' && prev && ORGANISATION.test(prev.text) && !CLAUSE_END.test(text) && !text.includes('。')) role = 'heading';
    roles.push(role);
  });
  // A line directly above a heading line (no blank between) that could end a heading is part of it
  // (`群众因大病等返贫致贫可获救助金` above its wide subtitle).
  for (let index = lines.length - 2; index >= 0; index--) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    const prev = lines[index - 1];
    const afterBreak = !prev || roles[index - 1] !== 'body' || endsSentence(prev.text);
    if (roles[index] === 'body' && roles[index + 1] === 'heading' && !next.block.blankBefore && afterBreak && !CLAUSE_END.test(line.text) && !line.text.includes('。') && !line.block.indent) roles[index] = 'heading';
  }
  // Where blank lines separate paragraphs, a heading stands between blank lines: a "heading"
  // that runs straight into body text is the first line of a paragraph that lost its indent.
  const blankShare = lines.filter((line) => line.block.blankBefore).length / Math.max(1, lines.length);
  if (blankShare < 0.7) {
    for (let index = 0; index < lines.length; index++) {
      if (roles[index] !== 'heading') continue;
      let end = index;
      while (end + 1 < lines.length && roles[end + 1] === 'heading' && !lines[end + 1]!.block.blankBefore) end++;
      const next = lines[end + 1];
      if (next && !next.block.blankBefore && roles[end + 1] === 'body' && !SUBTITLE.test(lines[index]!.text) && lines[index]!.block.hashDepth === 0) {
        for (let k = index; k <= end; k++) roles[k] = 'body';
      }
      index = end;
    }
  }
  // Second pass: a short line of personal names next to body text is a byline (`高吉楠`, `吴高鑫`);
  // elsewhere (between a banner and a headline, `秦颖`) it stays part of the heading group.
  lines.forEach((line, index) => {
    if (roles[index] !== 'heading' && roles[index] !== 'body') return;
    if (!isNameLine(line.text)) return;
    const prevBody = roles[index - 1] === 'body';
    const nextBody = roles[index + 1] === 'body' || index + 1 === lines.length;
    if (prevBody || nextBody) roles[index] = 'byline';
  });
  return roles;
}

/** Options for {@link remarkClassifyLines}. */
export interface ClassifyOptions {
  /** Roles decided by an editor, by source line; they win over the classifier. */
  readonly roles?: ReadonlyMap<number, BlockRole>;
}

/** remark plugin: set `data.block.role` on every line paragraph ({@link classifyLines}). */
export const remarkClassifyLines: Plugin<[ClassifyOptions?], Root> = (options) => (tree) => {
  const nodes = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && Boolean(node.data?.block));
  const lines = nodes.map((node) => ({ text: node.children.map((child) => ('value' in child ? child.value : '')).join(''), block: node.data!.block! }));
  const roles = classifyLines(lines);
  nodes.forEach((node, index) => {
    node.data!.block!.role = options?.roles?.get(node.data!.block!.lines[0]!) ?? roles[index]!;
  });
};
