import { SETTINGS } from './settings.ts';
import { columnShare, displayWidth, endsSentence, median } from './text-utils.ts';

/** How a text page's lines are shaped: whole paragraphs per line, or printed column lines. */
export interface TextProfile {
  readonly medianWidth: number;
  /** Share of text lines (at least 10 wide) that end a sentence. */
  readonly sentenceShare: number;
  /** Most lines hold a whole paragraph (e-paper or corpus copy) rather than a printed column line. */
  readonly longLines: boolean;
  /** Share of text lines at the page's common width ({@link columnShare}). */
  readonly columnShare: number;
}

/**
 * Measure the lines of a text page. Web-style and corpus copies give one paragraph per line, so
 * most text lines end a sentence or are wide; printed columns break lines anywhere.
 */
export function profileText(lines: readonly string[]): TextProfile {
  const filled = lines.map((line) => line.trim()).filter((line) => line !== '');
  const widths = filled.map(displayWidth);
  const textLines = filled.filter((_, index) => widths[index]! >= 10);
  const sentenceShare = textLines.filter((line) => endsSentence(line)).length / Math.max(1, textLines.length);
  const medianWidth = median(widths);
  const share = columnShare(widths);
  // No printed column holds a sentence twice its width: where many lines do, they are whole paragraphs among short ones
  // (captions under their labels and credits on a picture page).
  const wideSentences = filled.filter((line, index) => widths[index]! >= SETTINGS.format.wideSentenceRatio * medianWidth && endsSentence(line)).length;
  const wide = wideSentences >= SETTINGS.format.wideSentenceShare * Math.max(1, textLines.length);
  return { medianWidth, sentenceShare, columnShare: share, longLines: wide || isLongLines(medianWidth, sentenceShare, share) };
}

/** Rule `paragraph-lines`: wide lines, or most lines ending a sentence, or widths that no column explains. */
export function isLongLines(medianWidth: number, sentenceShare: number, share: number): boolean {
  return (
    medianWidth > SETTINGS.format.paragraphLineWidth || sentenceShare >= SETTINGS.format.paragraphSentenceShare || share < SETTINGS.format.paragraphColumnShare
  );
}
