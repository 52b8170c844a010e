import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { accountForText } from '../ingest/account.ts';
import { FormatError, readDocument } from '../ingest/formats/detect.ts';
import { ocrBlocks, type OcrBlock } from '../ingest/formats/ocr.ts';
import { ingestDocument, type DocumentResult } from '../ingest/ingest-document.ts';
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import { decodePage } from '../ingest/read-page.ts';
import { displayWidth } from '../ingest/text-utils.ts';
import { foldFullWidth } from '../ingest/normalise.ts';
import { toTraditional } from '../script/to-traditional.ts';

const range = z.tuple([z.number().int().positive(), z.number().int().positive()]);

/** One gold unit of a corpus page (see test/corpus/README.md). */
const goldUnitSchema = z.object({
  kind: z.enum(['article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture']),
  title: z.string().nullable(),
  titleLines: z.array(range).default([]),
  byline: z.string().nullable().optional(),
  lines: z.array(range),
  kicker: z.string().nullable().optional(),
  subtitle: z.string().nullable().optional(),
});

/** A corpus page's gold file. */
export const goldSchema = z.object({
  source: z.string(),
  family: z.enum(['column', 'paragraph', 'crawler', 'ocr', 'traditional']),
  format: z.string(),
  split: z.enum(['dev', 'test']),
  synthetic: z.boolean().default(false),
  units: z.array(goldUnitSchema),
});
export type Gold = z.infer<typeof goldSchema>;
type GoldUnit = Gold['units'][number];

/** What one page scored. */
export interface PageScore {
  readonly source: string;
  readonly family: Gold['family'];
  readonly split: Gold['split'];
  readonly synthetic: boolean;
  readonly goldUnits: number;
  readonly predictedUnits: number;
  readonly exact: number;
  readonly titled: number;
  readonly titlesRight: number;
  readonly goldStarts: number;
  readonly predictedStarts: number;
  readonly startsRight: number;
  readonly chars: number;
  readonly lost: number;
  readonly format: string;
  readonly goldFormat: string;
  /** Gold units not exactly right. */
  readonly wrong: number;
  /** … of them, those that a unit overlapping them carries a flag on (or the page is flagged as not segmented): the reader is told. */
  readonly wrongFlagged: number;
  /** Gold units exactly right whose unit carries a flag all the same (a false alarm; `no-body` aside). */
  readonly rightFlagged: number;
  /** Gold units not exactly right, with what went wrong (for reading, not for scoring). */
  readonly misses: string[];
}

const expand = (ranges: readonly (readonly [number, number])[]) =>
  ranges.flatMap(([from, to]) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i));

const kindClass = (kind: string) => (kind === 'photo-caption' ? 'caption' : kind === 'page-header' || kind === 'furniture' ? 'furniture' : 'story');

// (Full-width digits and letters folded as ingest folds them, so a title printed `２００１年` is the gold's `2001年`.)
const squash = (text: string | null | undefined) => foldFullWidth((text ?? '').normalize('NFC')).replace(/\s+/gu, '');

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let shared = 0;
  for (const value of a) if (b.has(value)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const sameSet = (a: ReadonlySet<number>, b: ReadonlySet<number>) => a.size === b.size && [...a].every((value) => b.has(value));

/** Is the predicted title right for this gold unit? A gold null is right when the title is marked inferred. */
function titleRight(gold: GoldUnit, predicted: ArticleRecord | undefined): boolean {
  if (!predicted) return false;
  // Furniture (a banner, a page number) has no headline: whatever text it is named by is right.
  if (gold.title === null && kindClass(gold.kind) === 'furniture' && kindClass(predicted.kind) === 'furniture') return true;
  if (gold.title === null) return predicted.titleInferred || squash(predicted.title) === '';
  return !predicted.titleInferred && squash(predicted.title) === squash(gold.title);
}

/**
 * Score a page's predicted units against its gold, as test/corpus/README.md says: each gold unit
 * is matched to the predicted unit whose body lines it shares most (Jaccard ≥ 0.5); it is exactly
 * right with the same body lines, its printed title and the same kind class.
 */
export function scorePage(gold: Gold, result: DocumentResult, blank: (line: number) => boolean): PageScore {
  const nonBlank = (lines: number[]) => new Set(lines.filter((line) => !blank(line)));
  // A unit's extent is its body lines, or its head lines when it has no body (a title-only record).
  const extent = (body: number[], head: number[]) => nonBlank(body.length > 0 ? body : head);
  // A photo caption's credit is part of the caption (the README's gold convention puts it in `lines`); the segmenter
  // publishes it as the caption's byline, a head line after the caption text.
  const captionExtent = (body: number[], head: number[]) => [...body, ...head.filter((line) => body.length > 0 && line > body[0]!)];
  const predicted = result.articles.map((article) => {
    const body = expand(article.lines);
    const head = expand(article.headLines);
    return { article, body: extent(article.kind === 'photo-caption' ? captionExtent(body, head) : body, head) };
  });
  let exact = 0;
  let wrong = 0;
  let wrongFlagged = 0;
  let rightFlagged = 0;
  let titled = 0;
  let titlesRight = 0;
  const misses: string[] = [];
  for (const unit of gold.units) {
    const body = extent(expand(unit.lines), expand(unit.titleLines));
    let best: (typeof predicted)[number] | undefined;
    let bestScore = 0;
    for (const candidate of predicted) {
      const score = jaccard(body, candidate.body);
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    const match = bestScore >= 0.5 ? best : undefined;
    const okTitle = titleRight(unit, match?.article);
    if (unit.title !== null) {
      titled++;
      if (okTitle) titlesRight++;
    }
    const okExtent = match !== undefined && sameSet(body, match.body);
    const okKind = match !== undefined && kindClass(match.article.kind) === kindClass(unit.kind);
    if (okExtent && okTitle && okKind) {
      exact++;
      // (A record without text is flagged `no-body` when right: the crawler lost it, which is no doubt about the unit.)
      if (match!.article.flags.some((flag) => flag !== 'no-body')) rightFlagged++;
    } else {
      wrong++;
      if (result.unsegmented || predicted.some((candidate) => candidate.article.flags.length > 0 && [...body].some((line) => candidate.body.has(line))))
        wrongFlagged++;
      const where = unit.lines[0] ? `${unit.lines[0][0]}` : '?';
      const why = [
        !match ? 'no unit shares half its lines' : !okExtent ? `extent ${JSON.stringify(match.article.lines)} vs ${JSON.stringify(unit.lines)}` : '',
        match && !okTitle ? `title «${match.article.titleInferred ? '(inferred) ' : ''}${match.article.title}» vs «${unit.title ?? '(none printed)'}»` : '',
        match && !okKind ? `kind ${match.article.kind} vs ${unit.kind}` : '',
      ].filter(Boolean);
      misses.push(`line ${where}: ${why.join('; ')}`);
    }
  }
  const starts = (sets: Set<number>[]) => new Set(sets.filter((set) => set.size > 0).map((set) => Math.min(...set)));
  // (A title-only record's extent is its head line, on both sides: its start is a boundary in the gold as in the prediction.)
  const goldStarts = starts(gold.units.map((unit) => extent(expand(unit.lines), expand(unit.titleLines))));
  const predictedStarts = starts(predicted.map((entry) => entry.body));
  const check = accountForText(result.printed, result.articles, result.unassigned);
  const lost = [...check.missing.values()].reduce((sum, n) => sum + n, 0);
  return {
    source: gold.source,
    family: gold.family,
    split: gold.split,
    synthetic: gold.synthetic,
    goldUnits: gold.units.length,
    predictedUnits: result.articles.length,
    exact,
    titled,
    titlesRight,
    goldStarts: goldStarts.size,
    predictedStarts: predictedStarts.size,
    startsRight: [...predictedStarts].filter((line) => goldStarts.has(line)).length,
    chars: check.sourceChars,
    lost,
    format: result.format,
    goldFormat: gold.format,
    wrong,
    wrongFlagged,
    rightFlagged,
    misses,
  };
}

/** A corpus page with its gold. */
export interface CorpusPage {
  readonly path: string;
  readonly gold: Gold;
}

/** Every page of the corpus (`<root>/<family>/<name>.gold.yaml` beside its page file). */
export function loadCorpus(root: string): CorpusPage[] {
  const pages: CorpusPage[] = [];
  for (const family of readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const name of readdirSync(join(root, family))
      .filter((file) => file.endsWith('.gold.yaml'))
      .sort()) {
      const goldPath = join(root, family, name);
      const parsed = goldSchema.safeParse(parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success) throw new Error(`${goldPath}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      pages.push({ path: join(root, family, parsed.data.source), gold: parsed.data });
    }
  }
  return pages;
}

/**
 * Variants of the corpus pages, to measure how the segmenter copes with the same pages in another
 * form (the gold stays the same: the lines are the same lines).
 * - `word-segmented`: each page of whole paragraphs as a segmentation corpus would carry it, its
 *   words (ICU's dictionary word breaker) set apart by two spaces, indents and the page's own spaces
 *   dropped.
 * - `no-indent`: each page of whole paragraphs with its lines' indents dropped, as many e-paper and
 *   corpus copies carry text.
 * - `full-width`: no indents, and ASCII digits and letters in their full-width forms (`１２月３１日`, `ＷＴＯ`), as
 *   the People's Daily text of the segmentation corpora prints them.
 * - `column-wrapped`: each page of whole paragraphs set in one column as a PDF's text layer gives it
 *   ({@link wrapInColumn}): the gold's head lines stay whole (heads are set wide), every other line is broken at the
 *   column's width, indents dropped, and on half the pages a blank line after every line. The gold's line ranges
 *   move with the lines, and its format becomes `column-text`.
 * - `traditional-script`: each page of whole paragraphs in Simplified script converted line by line to Traditional
 *   (OpenCC, as the site's Traditional pages are), as a Hong Kong paper of mainland conventions prints its text
 *   (`本報北京1月28日電`, `（新華社記者蘭紅光攝）`); the gold's titles converted the same way.
 * - `paddle-order`: each OCR JSON page whose every block has a box, written as PaddleOCR's classic result
 *   (`[[box, [text, score]], …]`) in the order PaddleOCR gives it ({@link paddleOrder}: top to bottom, then left
 *   to right), not the order the tool that made it read the columns. The gold's block numbers move with the blocks.
 * - `blank-separated`: each page of whole paragraphs or of printed column lines with a blank line after every line, as
 *   many web and e-paper copies set paragraphs apart and as pdftotext sets a page with wide line spacing (the seed pages)
 *   ({@link blankSeparated}); the gold's line ranges move with the lines.
 */
export const CORPUS_VARIANTS = [
  'word-segmented',
  'no-indent',
  'full-width',
  'column-wrapped',
  'traditional-script',
  'paddle-order',
  'blank-separated',
] as const;
export type CorpusVariant = (typeof CORPUS_VARIANTS)[number];

/** A page's text in a variant form, or the text itself where the variant does not apply (see {@link CORPUS_VARIANTS}). */
export function variantText(text: string, gold: Pick<Gold, 'format'>, variant: CorpusVariant | undefined): string {
  if (gold.format !== 'paragraph-lines') return text;
  if (variant === 'no-indent') return text.replace(/^[ \t\u3000\u00a0]+/gmu, '');
  if (variant === 'full-width')
    return text.replace(/^[ \t\u3000\u00a0]+/gmu, '').replace(/[0-9A-Za-z]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! + 0xfee0));
  if (variant !== 'word-segmented') return text;
  const words = new Intl.Segmenter('zh', { granularity: 'word' });
  return text
    .split('\n')
    .map((line) =>
      [...words.segment(line)]
        .map((part) => part.segment)
        .filter((word) => word.trim() !== '')
        .join('  '),
    )
    .join('\n');
}

/** The column widths (in characters) and blank-line styles `column-wrapped` sets pages in, chosen per page by its name. */
const WRAP_WIDTHS = [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22] as const;

/**
 * A page of whole paragraphs set in one column, as a PDF's text layer gives a page whose stories run one after
 * another (the `column-wrapped` variant): the gold's head lines whole, every other line broken where it passes the
 * column's width (a character of CJK width, half for ASCII; a space at the break stays at the line's end), indents
 * dropped; the width (12–22 characters) and whether a blank line follows every line are fixed by the page's name.
 * Returns the text and the gold with its ranges moved.
 */
export function wrapInColumn(text: string, gold: Gold): { text: string; gold: Gold } {
  let hash = 0;
  for (const char of gold.source) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  const width = WRAP_WIDTHS[hash % WRAP_WIDTHS.length]!;
  const blankAfter = (hash >>> 8) % 2 === 0;
  const heads = new Set(gold.units.flatMap((unit) => unit.titleLines.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => from + k))));
  const out: string[] = [];
  const moved: { first: number; last: number }[] = [];
  text
    .replace(/\r/gu, '')
    .split('\n')
    .forEach((line, index) => {
      const trimmed = line.replace(/^[ \t\u3000\u00a0]+|\s+$/gu, '');
      const pieces: string[] = [];
      if (heads.has(index + 1) || trimmed === '') pieces.push(trimmed);
      else {
        let piece = '';
        for (const char of trimmed) {
          // (A space where the line breaks ends the line, as a text layer drops it: no line of running text opens with one.)
          if (piece !== '' && displayWidth(piece + char) > width && !/\s/u.test(char)) {
            pieces.push(piece);
            piece = '';
          }
          piece += char;
        }
        pieces.push(piece);
      }
      const first = out.length + 1;
      for (const piece of pieces) {
        out.push(piece);
        if (blankAfter && piece !== '') out.push('');
      }
      moved.push({ first, last: out.length - (blankAfter && trimmed !== '' ? 1 : 0) });
    });
  const move = (ranges: [number, number][]) => ranges.map(([from, to]): [number, number] => [moved[from - 1]!.first, moved[to - 1]!.last]);
  return {
    text: out.join('\n'),
    gold: { ...gold, format: 'column-text', units: gold.units.map((unit) => ({ ...unit, titleLines: move(unit.titleLines), lines: move(unit.lines) })) },
  };
}

/**
 * Boxed blocks in the order PaddleOCR's `sorted_boxes` returns its text lines: by the top of the box, then by its
 * left; a box whose top is within 10 pixels of the one before it and which stands to its left goes first.
 */
export function paddleOrder<Block extends { box: NonNullable<OcrBlock['box']> }>(blocks: readonly Block[]): Block[] {
  const sorted = [...blocks].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  for (let i = 0; i < sorted.length - 1; i++)
    for (let j = i; j >= 0; j--) {
      const [a, b] = [sorted[j]!, sorted[j + 1]!];
      if (Math.abs(b.box.y0 - a.box.y0) < 10 && b.box.x0 < a.box.x0) [sorted[j], sorted[j + 1]] = [b, a];
      else break;
    }
  return sorted;
}

/** An OCR JSON page as PaddleOCR would give it (the `paddle-order` variant), its gold's block numbers moved with the blocks. */
export function inPaddleOrder(text: string, gold: Gold): { text: string; gold: Gold } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { text, gold };
  }
  const blocks = ocrBlocks(value);
  if (!blocks || blocks.length === 0 || blocks.some((block) => block.box === null)) return { text, gold };
  const order = paddleOrder(blocks as (OcrBlock & { box: NonNullable<OcrBlock['box']> })[]);
  const at = new Map(order.map((block, index) => [block.n, index + 1]));
  const move = (ranges: [number, number][]) => {
    const moved = ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, k) => at.get(from + k)!)).sort((a, b) => a - b);
    const out: [number, number][] = [];
    for (const n of moved) {
      const last = out.at(-1);
      if (last && last[1] + 1 === n) last[1] = n;
      else out.push([n, n]);
    }
    return out;
  };
  const entry = ({ box, text: words }: OcrBlock & { box: NonNullable<OcrBlock['box']> }) =>
    JSON.stringify([
      [
        [box.x0, box.y0],
        [box.x1, box.y0],
        [box.x1, box.y1],
        [box.x0, box.y1],
      ],
      [words, 0.9],
    ]);
  return {
    text: `[\n${order.map(entry).join(',\n')}\n]\n`,
    gold: { ...gold, units: gold.units.map((unit) => ({ ...unit, titleLines: move(unit.titleLines), lines: move(unit.lines) })) },
  };
}

/** A text page with a blank line after every line (the `blank-separated` variant), its gold's lines moved. */
export function blankSeparated(text: string, gold: Gold): { text: string; gold: Gold } {
  const lines = text.replace(/\r\n?/gu, '\n').replace(/\n$/u, '').split('\n');
  const move = (ranges: readonly (readonly [number, number])[]) => ranges.map(([from, to]) => [2 * from - 1, 2 * to - 1] as [number, number]);
  return {
    text: `${lines.map((line) => `${line}\n`).join('\n')}`,
    gold: { ...gold, units: gold.units.map((unit) => ({ ...unit, titleLines: move(unit.titleLines), lines: move(unit.lines) })) },
  };
}

/** A corpus page in a variant form: its text and its gold (the same gold where the variant keeps the lines). */
export function variantPage(text: string, gold: Gold, variant: CorpusVariant | undefined): { text: string; gold: Gold } {
  if (variant === 'column-wrapped') return gold.format === 'paragraph-lines' ? wrapInColumn(text, gold) : { text, gold };
  if (variant === 'paddle-order') return gold.format === 'ocr-json' ? inPaddleOrder(text, gold) : { text, gold };
  if (variant === 'blank-separated') return gold.format === 'paragraph-lines' || gold.format === 'column-text' ? blankSeparated(text, gold) : { text, gold };
  if (variant === 'traditional-script') {
    if (gold.format !== 'paragraph-lines' || gold.family === 'traditional') return { text, gold };
    const title = (unit: GoldUnit) => (unit.title === null ? null : toTraditional(unit.title));
    return { text: text.split('\n').map(toTraditional).join('\n'), gold: { ...gold, units: gold.units.map((unit) => ({ ...unit, title: title(unit) })) } };
  }
  return { text: variantText(text, gold, variant), gold };
}

/** What a refused page scores: no unit, its format `refused` and the refusal as its one warning. */
function refusedResult(source: string, error: FormatError): DocumentResult {
  return {
    source,
    articles: [],
    unassigned: [],
    headlinePosition: 'before',
    editsApplied: 0,
    warnings: [{ line: error.line, message: error.message }],
    format: 'refused' as DocumentResult['format'],
    formatEvidence: error.message,
    printed: '',
    unsegmented: true,
  };
}

/** Segment one corpus page without editorial fixes, as `npm run ingest -- --no-edits` would. */
export function segmentCorpusPage(page: CorpusPage, variant?: CorpusVariant): { result: DocumentResult; blank: (line: number) => boolean; gold: Gold } {
  const name = page.gold.source;
  const decoded = decodePage(readFileSync(page.path), page.path);
  const { text, gold } = variantPage(decoded.text, page.gold, variant);
  const lines = text.split('\n');
  let document: ReturnType<typeof readDocument>;
  try {
    document = readDocument(text, name);
  } catch (error) {
    // A page the ingest refuses (it says so, naming the file) scores no unit; the figures count it, and it is named.
    if (!(error instanceof FormatError)) throw error;
    return { result: refusedResult(name, error), blank: (line: number) => (lines[line - 1] ?? '').trim() === '', gold };
  }
  const result = ingestDocument(document, { source: name });
  // OCR provenance numbers are blocks, not lines of the file: no blank lines to skip (a layout extraction cites its lines).
  const blank = document.kind === 'ocr' && document.format !== 'layout-text' ? () => false : (line: number) => (lines[line - 1] ?? '').trim() === '';
  return { result, blank, gold };
}

/** Figures of a group of pages (a family, a split, or all). */
export interface Figures {
  readonly pages: number;
  readonly goldUnits: number;
  readonly exact: number;
  readonly exactShare: number;
  readonly boundaryPrecision: number;
  readonly boundaryRecall: number;
  readonly titleAccuracy: number;
  readonly charsLost: number;
  readonly formatRight: number;
  /** Share of the units not exactly right that a flag marks ({@link PageScore.wrongFlagged}): how often a wrong unit is said to be unsure. */
  readonly wrongFlagged: number;
  /** Share of the units exactly right that a flag marks all the same ({@link PageScore.rightFlagged}): false alarms. */
  readonly rightFlagged: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

export function figures(scores: readonly PageScore[]): Figures {
  const sum = (pick: (score: PageScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  return {
    pages: scores.length,
    goldUnits: sum((score) => score.goldUnits),
    exact: sum((score) => score.exact),
    exactShare: share(
      sum((score) => score.exact),
      sum((score) => score.goldUnits),
    ),
    boundaryPrecision: share(
      sum((score) => score.startsRight),
      sum((score) => score.predictedStarts),
    ),
    boundaryRecall: share(
      sum((score) => score.startsRight),
      sum((score) => score.goldStarts),
    ),
    titleAccuracy: share(
      sum((score) => score.titlesRight),
      sum((score) => score.titled),
    ),
    charsLost: sum((score) => score.lost),
    formatRight: sum((score) => (score.format === score.goldFormat ? 1 : 0)),
    wrongFlagged: share(
      sum((score) => score.wrongFlagged),
      sum((score) => score.wrong),
    ),
    rightFlagged: share(
      sum((score) => score.rightFlagged),
      sum((score) => score.exact),
    ),
  };
}

/** Score the whole corpus: per page, and figures per family and split. */
export function evaluateCorpus(
  root: string,
  variant?: CorpusVariant,
): {
  scores: PageScore[];
  byFamily: Record<string, { all: Figures; dev: Figures; test: Figures }>;
  overall: Figures;
} {
  const scores = loadCorpus(root).map((page) => {
    const { result, blank, gold } = segmentCorpusPage(page, variant);
    return scorePage(gold, result, blank);
  });
  const byFamily: Record<string, { all: Figures; dev: Figures; test: Figures }> = {};
  for (const family of [...new Set(scores.map((score) => score.family))]) {
    const of = scores.filter((score) => score.family === family);
    byFamily[family] = {
      all: figures(of),
      dev: figures(of.filter((score) => score.split === 'dev')),
      test: figures(of.filter((score) => score.split === 'test')),
    };
  }
  return { scores, byFamily, overall: figures(scores) };
}
