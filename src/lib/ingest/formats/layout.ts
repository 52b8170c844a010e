import { SETTINGS } from '../settings.ts';
import { minOf } from '../text-utils.ts';
import type { Boxed } from './ocr.ts';

/** A run of text on one line of a layout extraction, between runs of spaces. */
interface Segment {
  readonly line: number;
  readonly text: string;
  /** Character cells: where the text starts and ends (`pdftotext -layout` gives every character one cell, CJK or not). */
  readonly from: number;
  readonly to: number;
}

/** Spaces enough to set two columns' text apart on one line (`pdftotext -layout` pads to the next column's x). */
const GUTTER_SPACES = String.raw` {2,}|\u3000{2,}|\t+`;
const GUTTER = new RegExp(GUTTER_SPACES, 'u');
/** Two runs of text on one line with a gutter between them. */
const SIDE_BY_SIDE = new RegExp(String.raw`\S(?:${GUTTER_SPACES})\S`, 'u');

const cells = (text: string) => [...text].length;

/** The text runs of a line, with their positions in character cells. */
function segmentsOf(raw: string, line: number): Segment[] {
  const segments: Segment[] = [];
  let column = 0;
  let rest = raw.replace(/\s+$/u, '');
  while (rest !== '') {
    const lead = /^[ \u3000\t]*/u.exec(rest)![0];
    column += cells(lead.replace(/\t/gu, '    '));
    rest = rest.slice(lead.length);
    const gap = GUTTER.exec(rest);
    const text = gap ? rest.slice(0, gap.index) : rest;
    const width = cells(text);
    segments.push({ line, text, from: column, to: column + width });
    column += width;
    rest = gap ? rest.slice(gap.index) : '';
  }
  return segments;
}

/**
 * Text laid out in columns side by side on each line, as `pdftotext -layout` writes a newspaper page:
 * many wide lines hold two or more runs of text set apart by runs of spaces.
 */
export function looksLikeLayout(lines: readonly string[]): boolean {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length < SETTINGS.format.layoutMinLines) return false;
  const sideBySide = filled.filter((line) => SIDE_BY_SIDE.test(line));
  if (sideBySide.length / filled.length < SETTINGS.format.layoutShare) return false;
  // Columns line up: many lines have a run starting at the same cell (not the line's first run). Text that only
  // puts two spaces between its sentences (`…。  …。`) starts its runs anywhere.
  // And runs break where a column does, mid-sentence, not after a sentence as a writer's double space does.
  const runs = sideBySide.map((line) => segmentsOf(line, 0));
  const inner = runs.flatMap((line) => line.slice(0, -1));
  if (inner.filter((segment) => /[。！？!?][”’」』]?$/u.test(segment.text)).length > SETTINGS.format.layoutSentenceEndShare * inner.length) return false;
  const starts = new Map<number, number>();
  for (const line of runs)
    for (const segment of line.slice(1)) {
      const cell = Math.round(segment.from / SETTINGS.format.layoutIndentCells);
      starts.set(cell, (starts.get(cell) ?? 0) + 1);
    }
  const aligned = Math.max(0, ...[...starts.entries()].map(([cell, count]) => count + (starts.get(cell + 1) ?? 0)));
  return aligned >= SETTINGS.format.layoutAlignedShare * sideBySide.length;
}

/**
 * Reading order of one band: the lines over its first line of side-by-side text (a kicker, a headline,
 * a byline set over the columns) first, then column by column, left to right. Columns start where many
 * runs start (within `layoutIndentCells` of each other: a paragraph's first line is indented); a run belongs
 * to the rightmost column starting at or left of it. Runs are placed by where they start, not where they
 * end: a run with Latin letters or digits takes more cells than it covers on the page.
 */
function bandOrder(band: readonly Boxed[]): Boxed[] {
  const tolerance = SETTINGS.format.layoutIndentCells;
  const runsOnLine = new Map<number, number>();
  for (const block of band) runsOnLine.set(block.box.y0, (runsOnLine.get(block.box.y0) ?? 0) + 1);
  const firstSideBySide = minOf([...runsOnLine].filter(([, runs]) => runs >= 2).map(([y]) => y));
  const head = band.filter((block) => block.box.y0 < firstSideBySide);
  const body = band.filter((block) => block.box.y0 >= firstSideBySide);
  const starts = body.map((block) => block.box.x0).sort((a, b) => a - b);
  const columns: number[] = [];
  for (let i = 0; i < starts.length; ) {
    let j = i;
    while (j + 1 < starts.length && starts[j + 1]! - starts[j]! <= tolerance) j++;
    if (j - i + 1 >= SETTINGS.format.layoutColumnRuns) columns.push(starts[i]!);
    i = j + 1;
  }
  const columnOf = (block: Boxed) => columns.filter((left) => left <= block.box.x0 + tolerance).length - 1;
  const ordered = [...body]
    .sort((a, b) => columnOf(a) - columnOf(b) || a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0)
    .map((block) => {
      const left = columns[columnOf(block)];
      return { ...block, indented: left !== undefined && block.box.x0 - left >= SETTINGS.format.layoutIndentMin };
    });
  return [...head, ...ordered];
}

/**
 * The runs of text of a layout extraction as boxed blocks in reading order, each numbered with the line it
 * stands on (so what is made from it cites that line). The page is read band by band, a band being a run
 * of lines with no blank line in it (stories stacked down the page each have their own columns).
 */
export function layoutBlocks(text: string): Boxed[] {
  const bands: Boxed[][] = [[]];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') {
      if (bands.at(-1)!.length > 0) bands.push([]);
      return;
    }
    for (const segment of segmentsOf(raw, index + 1))
      bands.at(-1)!.push({ n: segment.line, text: segment.text, box: { x0: segment.from, x1: segment.to, y0: index, y1: index + 1 } });
  });
  return bands.filter((band) => band.length > 0).flatMap(bandOrder);
}
