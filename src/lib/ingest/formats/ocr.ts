import { SETTINGS } from '../settings.ts';
import { displayWidth, maxOf, median, minOf } from '../text-utils.ts';
import { doctrLines, visionLines } from './ocr-tools.ts';

/** A text block of OCR output: its text, its box (page coordinates) where the tool gives one, and its number in the file. */
export interface OcrBlock {
  /** 1-based position of the block in the file's own order: the provenance of everything made from it. */
  readonly n: number;
  readonly text: string;
  readonly box: { x0: number; y0: number; x1: number; y1: number } | null;
  /** Whether the block starts indented in its column, where the reader that made it knows (a layout extraction). */
  readonly indented?: boolean;
  /** The tool's own label for a title block: 1 a page or story title, 2 a section title (PP-Structure `doc_title`, `paragraph_title`). */
  readonly titleLevel?: 1 | 2;
}

/** The box around some points, given as their x and y coordinates (loops, not spreads: a polygon can have many points). */
export function bounds(xs: readonly number[], ys: readonly number[]): NonNullable<OcrBlock['box']> {
  return { x0: minOf(xs), y0: minOf(ys), x1: maxOf(xs), y1: maxOf(ys) };
}

const TEXT_KEYS = ['text', 'words', 'word', 'transcription', 'content', 'label', 'rec_text', 'value', 'detectedtext'];

function boxOf(value: unknown): OcrBlock['box'] {
  if (!value || typeof value !== 'object') return null;
  // [[x,y],[x,y],[x,y],[x,y]] (PaddleOCR points) or [x0,y0,x1,y1]
  if (Array.isArray(value)) {
    if (value.length >= 3 && value.every((point) => Array.isArray(point) && point.length >= 2 && point.every((n) => typeof n === 'number'))) {
      return bounds(
        value.map((point) => point[0] as number),
        value.map((point) => point[1] as number),
      );
    }
    if (value.length === 4 && value.every((n) => typeof n === 'number')) {
      const [a, b, c, d] = value as number[];
      return { x0: Math.min(a!, c!), y0: Math.min(b!, d!), x1: Math.max(a!, c!), y1: Math.max(b!, d!) };
    }
    if (value.length === 8 && value.every((n) => typeof n === 'number')) return boxOf([0, 2, 4, 6].map((i) => [value[i], value[i + 1]]));
    // Points as objects (`[{x, y}, …]`: Azure's `boundingPolygon`, Tencent Cloud's `Polygon`, Alibaba Cloud's `pos`).
    const points = value.map(pointOf);
    if (value.length >= 3 && points.every(Boolean)) return boxOf(points);
    // Azure's `boundingRegions`: regions, each with a polygon; the first is the block's box.
    const region = value[0] as { polygon?: unknown } | undefined;
    if (region && typeof region === 'object' && !Array.isArray(region) && 'polygon' in region) return boxOf(region.polygon);
    return null;
  }
  // Keys in any case (`Left`, `Width`: AWS Textract, Tencent Cloud); a geometry wrapping its box (`Geometry.BoundingBox`) is opened.
  const record = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key.toLowerCase(), entry]));
  if (record.boundingbox && typeof record.boundingbox === 'object') return boxOf(record.boundingbox);
  const num = (key: string) => (typeof record[key] === 'number' ? (record[key] as number) : null);
  const left = num('left') ?? num('x') ?? num('x0');
  const top = num('top') ?? num('y') ?? num('y0');
  const width = num('width') ?? num('w');
  const height = num('height') ?? num('h');
  if (left !== null && top !== null && width !== null && height !== null) return { x0: left, y0: top, x1: left + width, y1: top + height };
  const x1 = num('x1') ?? num('right');
  const y1 = num('y1') ?? num('bottom');
  if (left !== null && top !== null && x1 !== null && y1 !== null) return { x0: left, y0: top, x1, y1 };
  return null;
}

/** A point given as an object with x and y in any case (`{x, y}`, `{X, Y}`), as `[x, y]`; else null. */
function pointOf(value: unknown): [number, number] | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const x = record.x ?? record.X;
  const y = record.y ?? record.Y;
  return typeof x === 'number' && typeof y === 'number' && Object.keys(record).length === 2 ? [x, y] : null;
}

const BOX_KEYS = [
  'box',
  'bbox',
  'points',
  'location',
  'position',
  'boundingbox',
  'bounding_box',
  'text_region',
  'poly',
  'polygon',
  'quad',
  'rect',
  'geometry',
  'itempolygon',
  'boundingregions',
  'boundingpolygon',
  'pos',
];

/** A block from one item of an OCR result list, or null when the item is no text block. */
function blockOf(item: unknown): Found | null {
  // PaddleOCR: [points, [text, score]] or [points, text]; RapidOCR and EasyOCR: [points, text, score]
  if (Array.isArray(item) && (item.length === 2 || (item.length === 3 && typeof item[1] === 'string' && typeof item[2] === 'number'))) {
    const [points, rec] = item;
    const text = Array.isArray(rec) && typeof rec[0] === 'string' ? rec[0] : typeof rec === 'string' ? rec : null;
    const box = boxOf(points);
    if (text !== null && box) return { text, box };
    return null;
  }
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = Object.fromEntries(Object.entries(item as Record<string, unknown>).map(([key, value]) => [key.toLowerCase(), value]));
  // A line made of spans (PyMuPDF's `get_text("dict")`: a span per font change) is one block: its spans' text, its own box.
  if (Array.isArray(record.spans) && record.spans.length > 0) {
    const spans = record.spans.map(blockOf);
    if (!spans.every(Boolean)) return null;
    const box = boxOf(record.bbox) ?? spans[0]!.box;
    return { text: spans.map((span) => span!.text).join(''), box };
  }
  const textKey = TEXT_KEYS.find((key) => typeof record[key] === 'string');
  if (!textKey) return null;
  const boxKey = BOX_KEYS.find((key) => boxOf(record[key]));
  // A tool's or a converter's own label for the block (`type: "title"`), where it gives one: a headline or a subhead.
  const label = ROLE_KEYS.map((key) => record[key]).find(
    (value): value is string => typeof value === 'string' && Object.hasOwn(TITLE_LABELS, value.toLowerCase()),
  );
  return { text: record[textKey] as string, box: boxKey ? boxOf(record[boxKey]) : null, ...(label ? { titleLevel: TITLE_LABELS[label.toLowerCase()] } : {}) };
}

/** Labels layout-analysis tools give title blocks: PP-Structure `doc_title` / `paragraph_title`, and the like. */
const TITLE_LABELS: Record<string, 1 | 2> = {
  doc_title: 1,
  title: 1,
  headline: 1,
  heading: 2,
  paragraph_title: 2,
  section_title: 2,
  subtitle: 2,
  subheading: 2,
  subhead: 2,
  sectionheading: 2,
};
/** Fields in which a tool names what a block is (`{"type": "title", "text": …}`). */
const ROLE_KEYS = ['type', 'block_type', 'category', 'role', 'kind', 'block_label'];

type Found = { text: string; box: OcrBlock['box']; titleLevel?: 1 | 2 };

/** PP-Structure's layout blocks: `{block_label, block_content, block_bbox}` (`parsing_res_list`). */
function layoutBlockOf(item: unknown): Found | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  if (typeof record.block_content !== 'string' || typeof record.block_label !== 'string') return null;
  return { text: record.block_content, box: boxOf(record.block_bbox), titleLevel: TITLE_LABELS[record.block_label] };
}

/** PaddleOCR 3's result object: parallel lists `rec_texts` and `rec_boxes` / `rec_polys` / `dt_polys`. */
function parallelBlocks(value: Record<string, unknown>): Found[] | null {
  const texts = value.rec_texts;
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return null;
  const boxes = ['rec_boxes', 'rec_polys', 'dt_polys'].map((key) => value[key]).find((list) => Array.isArray(list) && list.length === texts.length) as
    | unknown[]
    | undefined;
  return texts.map((text, index) => ({ text: text as string, box: boxes ? boxOf(boxes[index]) : null }));
}

/**
 * The text blocks of an OCR JSON document, in file order, or null when it holds none. The first kind
 * found anywhere in the document wins (a result that holds several keeps its text once):
 * 1. layout blocks with labels (PP-Structure's `parsing_res_list`): a title label marks a headline;
 * 2. PaddleOCR 3's parallel lists (`rec_texts` with `rec_boxes` / `rec_polys`);
 * 3. a list whose items are all text blocks (a PDF's lines of spans from PyMuPDF, PaddleOCR 2's `[[points, [text, score]], …]`, RapidOCR's and
 *    EasyOCR's `[[points, text, score], …]`, `{blocks: [{text, box}]}`, Baidu's `words_result`, Tencent Cloud's
 *    `TextDetections`, the `LINE` blocks of AWS Textract's `Blocks`, Azure Read's `lines`, Alibaba Cloud's `prism_wordsInfo`).
 * Lists of one kind on several pages (`{pages: [{blocks}]}`) are joined in order.
 */
export function ocrBlocks(document: unknown): OcrBlock[] | null {
  // Results whose text lies below the line (Google Vision's symbols, docTR's words) are read into lines first.
  const toolLines = visionLines(document) ?? doctrLines(document);
  if (toolLines) return toolLines.map((line, index) => ({ n: index + 1, text: line.text, box: line.box }));
  const found: Record<'layout' | 'parallel' | 'list', Found[][]> = { layout: [], parallel: [], list: [] };
  // The field each list of blocks was found under (`lines`, `words`, `paragraphs` …).
  const listKeys: string[] = [];
  const visit = (value: unknown, depth: number, key = ''): void => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      // AWS Textract's `Blocks`: PAGE, LINE and WORD blocks in one list; the lines are the text blocks.
      const textract =
        value.length > 0 && value.every((entry) => entry && typeof entry === 'object' && typeof (entry as { BlockType?: unknown }).BlockType === 'string');
      const items: unknown[] = textract ? value.filter((entry) => (entry as { BlockType: string }).BlockType === 'LINE') : value;
      const layout = items.map(layoutBlockOf);
      if (items.length > 0 && layout.every(Boolean)) {
        found.layout.push(layout as Found[]);
        return;
      }
      const blocks = items.map(blockOf);
      if (items.length > 0 && blocks.every(Boolean)) {
        found.list.push(blocks as Found[]);
        listKeys.push(key);
        return;
      }
      for (const entry of items) visit(entry, depth + 1, key);
      return;
    }
    const parallel = parallelBlocks(value as Record<string, unknown>);
    if (parallel) found.parallel.push(parallel);
    for (const [name, entry] of Object.entries(value)) if (!(parallel && name.startsWith('rec_'))) visit(entry, depth + 1, name);
  };
  visit(document, 0);
  // A result that gives the same text at several granularities (Azure's `lines`, `words` and `paragraphs`) is read
  // once: of the fields whose lists hold the same characters, only one (labelled blocks first, else the coarsest).
  // Fields with other text (a header list beside a body list) are all kept.
  if (new Set(listKeys).size > 1) {
    const groups = [...new Set(listKeys)].map((name) => {
      const lists = found.list.filter((_, index) => listKeys[index] === name);
      const counts = new Map<string, number>();
      for (const block of lists.flat()) for (const char of block.text.replace(/\s/gu, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
      const labelled = lists.flat().some((block) => block.titleLevel !== undefined);
      return { name, lists, counts, labelled, blocks: lists.flat().length };
    });
    const size = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
    const same = (a: Map<string, number>, b: Map<string, number>) => {
      let shared = 0;
      for (const [char, n] of a) shared += Math.min(n, b.get(char) ?? 0);
      return shared >= 0.9 * Math.max(size(a), size(b));
    };
    const kept: typeof groups = [];
    for (const group of [...groups].sort((a, b) => Number(b.labelled) - Number(a.labelled) || a.blocks - b.blocks))
      if (!kept.some((other) => same(other.counts, group.counts))) kept.push(group);
    const keep = new Set(kept.map((group) => group.name));
    found.list = found.list.filter((_, index) => keep.has(listKeys[index]!));
  }
  const lists = [found.layout, found.parallel, found.list].find((kind) => kind.length > 0);
  if (!lists) return null;
  return lists
    .flat()
    .map((block, index) => ({ n: index + 1, text: block.text, box: block.box, ...(block.titleLevel ? { titleLevel: block.titleLevel } : {}) }));
}

export type Boxed = OcrBlock & { box: NonNullable<OcrBlock['box']> };

/** A group of blocks' median line height and median character width (1 where there is nothing to measure). */
function measures(blocks: readonly Boxed[]): { lineHeight: number; charWidth: number } {
  const lineHeight = median(blocks.map((block) => block.box.y1 - block.box.y0)) || 1;
  const charWidth =
    median(blocks.filter((block) => block.text.trim()).map((block) => (block.box.x1 - block.box.x0) / Math.max(1, displayWidth(block.text.trim())))) || 1;
  return { lineHeight, charWidth };
}

/** Merge overlapping [x0, x1] intervals. */
function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * The page's columns: x-ranges separated by gutters, where a gutter is a stretch that at most
 * `SETTINGS.ocr.gutterCoverage` of the busiest x position's blocks cross (a banner or a headline
 * over several columns crosses it; body lines do not).
 */
export function findColumns(blocks: readonly Boxed[]): [number, number][] {
  const left = minOf(blocks.map((block) => block.box.x0));
  const right = maxOf(blocks.map((block) => block.box.x1));
  const bins = 400;
  const step = Math.max(1e-9, (right - left) / bins);
  const coverage = new Array<number>(bins).fill(0);
  for (const block of blocks) {
    for (let bin = Math.floor((block.box.x0 - left) / step); bin < Math.min(bins, Math.ceil((block.box.x1 - left) / step)); bin++) coverage[bin]!++;
  }
  const busiest = maxOf(coverage);
  const columns: [number, number][] = [];
  let start: number | null = null;
  coverage.forEach((count, bin) => {
    const open = count > Math.max(1, SETTINGS.ocr.gutterCoverage * busiest);
    if (open && start === null) start = bin;
    if (!open && start !== null) {
      columns.push([left + start * step, left + bin * step]);
      start = null;
    }
  });
  if (start !== null) columns.push([left + start * step, right]);
  return mergeIntervals(columns);
}

/**
 * Reading order of a newspaper page from its blocks' boxes. Columns come from {@link findColumns}; a
 * block that crosses a column gutter (a headline or banner over several columns) separates bands.
 * Each band is read column by column, left to right, each column top to bottom.
 */
export function readingOrder<Block extends Boxed>(blocks: readonly Block[]): Block[] {
  const columns = findColumns(blocks);
  const columnOf = (block: Block): number | null => {
    const hits = columns
      .map(([from, to], index) => ({ index, shared: Math.min(to, block.box.x1) - Math.max(from, block.box.x0) }))
      .filter((hit) => hit.shared > 0);
    return hits.length === 1 ? hits[0]!.index : hits.length === 0 ? 0 : null;
  };
  const byTop = [...blocks].sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
  const { lineHeight, charWidth } = measures(blocks);
  const order: Block[] = [];
  let band: Block[] = [];
  const flush = () => {
    // Each block is added in place (a copy of its column per block made a band quadratic), and read out by a loop
    // (a spread of a column of many thousand blocks overflows the call stack).
    const perColumn = new Map<number, Block[]>();
    for (const block of band) {
      const index = columnOf(block) ?? 0;
      const column = perColumn.get(index);
      if (column) column.push(block);
      else perColumn.set(index, [block]);
    }
    // Rule `head-zone`: lines standing above where the band's columns of text begin, centred in their column or set in
    // headline type (a byline or a deck under a head across the columns; a head as wide as the one column it sits over)
    // are read before the columns, top to bottom, not after the columns left of them.
    const tops = [...perColumn.values()].map((column) => column[0]!.box.y0).sort((a, b) => a - b);
    if (tops.length >= 3) {
      const textTop = tops[1]!;
      const heads: Block[] = [];
      for (const [index, column] of perColumn) {
        const [from, to] = columns[index] ?? [column[0]!.box.x0, column[0]!.box.x1];
        while (column.length > 1) {
          const first = column[0]!;
          // Centred: set in on both sides, by about as much (a paragraph's one short line is set in on its left only a little).
          const [left, right] = [first.box.x0 - from, to - first.box.x1];
          const centred = left >= charWidth && right >= charWidth && Math.min(left, right) >= 0.5 * Math.max(left, right);
          const headlineType = first.box.y1 - first.box.y0 > SETTINGS.ocr.headingHeight * lineHeight;
          if (!(centred || headlineType) || (first.box.y0 + first.box.y1) / 2 > textTop - SETTINGS.ocr.headZoneLines * lineHeight) break;
          heads.push(column.shift()!);
        }
      }
      for (const head of heads.sort((a, b) => a.box.y0 - b.box.y0)) order.push(head);
    }
    for (const index of [...perColumn.keys()].sort((a, b) => a - b)) for (const block of perColumn.get(index)!) order.push(block);
    band = [];
  };
  // Rule `head-row`: heads of stories set side by side stand in one row, each across its own columns (a commentary
  // page's pieces, two columns each under a head). The text under the row, down to the next block across the columns,
  // is read story by story: each head, then the columns under it (split at the middle of the white space between
  // heads), not every head first and then every column.
  let row: Block[] | null = null;
  const flushRow = () => {
    if (!row) return flush();
    const heads = row;
    const bounds = heads.slice(1).map((head, index) => (heads[index]!.box.x1 + head.box.x0) / 2);
    const groups = heads.map(() => [] as Block[]);
    for (const block of band) {
      const middle = (block.box.x0 + block.box.x1) / 2;
      let index = 0;
      while (index < bounds.length && middle >= bounds[index]!) index++;
      groups[index]!.push(block);
    }
    heads.forEach((head, index) => {
      order.push(head);
      for (const block of groups[index]!.length > 0 ? readingOrder(groups[index]!) : []) order.push(block);
    });
    band = [];
    row = null;
  };
  for (let index = 0; index < byTop.length; index++) {
    const block = byTop[index]!;
    if (columnOf(block) !== null) {
      band.push(block);
      continue;
    }
    flushRow();
    // The heads in this one's row: spanning blocks whose middles stand within its height, apart from one another.
    const heads = [block];
    for (let next = index + 1; next < byTop.length && byTop[next]!.box.y0 <= block.box.y1; next++) {
      const other = byTop[next]!;
      const middle = (other.box.y0 + other.box.y1) / 2;
      if (columnOf(other) !== null || middle < block.box.y0 || middle > block.box.y1) continue;
      // (Apart: one headline OCR cut at a wide gap, `headline-split`, is no row of heads.)
      const apart = SETTINGS.ocr.headlineSplitGap * (block.box.y1 - block.box.y0);
      if (heads.every((head) => other.box.x0 >= head.box.x1 + apart || other.box.x1 <= head.box.x0 - apart)) heads.push(other);
    }
    if (heads.length >= SETTINGS.ocr.headRowHeads) {
      row = heads.sort((a, b) => a.box.x0 - b.box.x0);
      const taken = new Set(heads);
      // The row's other heads are read with it, not as bands of their own.
      for (let next = byTop.length - 1; next > index; next--) if (taken.has(byTop[next]!)) byTop.splice(next, 1);
    } else order.push(block);
  }
  flushRow();
  return order;
}

/** The value a share `q` of the way up the sorted values (nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}

/** How a block of body text sits in its column, for {@link brokenJoins}: null for a head, a spanning or a centred block. */
interface JoinShape {
  /** It starts a paragraph: set in from its column's left edge. */
  readonly indented: boolean;
  /** It runs to its column's right edge (a paragraph goes on after it). */
  readonly full: boolean;
}

/**
 * Each block's {@link JoinShape} within a region, and whether the region indents its paragraphs at all. A block's
 * column edges are where most of the lines near it start and end (lines above and below it that share most of its
 * width): stories one under another can each have columns of their own.
 */
function joinShapes<Block extends Boxed>(region: readonly Block[]): { shapes: Map<Block, JoinShape | null>; indents: boolean; charWidth: number } {
  const { lineHeight, charWidth } = measures(region);
  const lines = region.filter((block) => block.box.y1 - block.box.y0 <= SETTINGS.ocr.headingHeight * lineHeight).sort((a, b) => a.box.y0 - b.box.y0);
  const edgesOf = new Map<Block, { left: number; right: number }>();
  const reach = SETTINGS.ocr.joinNeighbours;
  lines.forEach((block, index) => {
    const near = lines.slice(Math.max(0, index - reach), index + reach + 1).filter((other) => {
      const shared = Math.min(other.box.x1, block.box.x1) - Math.max(other.box.x0, block.box.x0);
      return shared >= 0.5 * Math.min(other.box.x1 - other.box.x0, block.box.x1 - block.box.x0);
    });
    // A quarter of the way in from each side: in short paragraphs half the lines are set in or end short.
    if (near.length >= 3)
      edgesOf.set(block, {
        left: quantile(
          near.map((other) => other.box.x0),
          0.25,
        ),
        right: quantile(
          near.map((other) => other.box.x1),
          0.75,
        ),
      });
  });
  const shapes = new Map<Block, JoinShape | null>();
  let indented = 0;
  let body = 0;
  for (const block of region) {
    const edges = edgesOf.get(block);
    if (edges === undefined) {
      shapes.set(block, null);
      continue;
    }
    const left = (block.box.x0 - edges.left) / charWidth;
    const right = (edges.right - block.box.x1) / charWidth;
    // A line set in on both sides is centred (a byline, a credit): no paragraph's line.
    if (left >= SETTINGS.ocr.joinMargin && right >= SETTINGS.ocr.joinMargin && left > SETTINGS.ocr.indentChars * 2) {
      shapes.set(block, null);
      continue;
    }
    const shape = { indented: left >= SETTINGS.ocr.joinMargin, full: right < SETTINGS.ocr.joinMargin };
    shapes.set(block, shape);
    body++;
    if (shape.indented) indented++;
  }
  return { shapes, indents: body > 0 && indented / body >= SETTINGS.ocr.joinIndentShare, charWidth };
}

/**
 * How many times an order of a region's blocks reads against its paragraphs: a line that runs to its column's edge
 * followed by one that starts a paragraph (set in), or a paragraph's short last line followed by one that does not.
 * Heads, spanning and centred blocks count for nothing ({@link stackedOrder} cuts nothing on a region that indents no paragraphs).
 */
function brokenJoins<Block extends Boxed>(order: readonly Block[], shapes: Map<Block, JoinShape | null>): number {
  let broken = 0;
  for (let index = 1; index < order.length; index++) {
    const before = shapes.get(order[index - 1]!);
    const after = shapes.get(order[index]!);
    if (before && after && before.full === after.indented) broken++;
  }
  return broken;
}

/**
 * Rule `stacked-stories`: a region is cut along white space right across it (stories set one under another, each on
 * its own columns) where that reads the paragraphs better than the region's columns read top to bottom
 * ({@link brokenJoins}): the gaps are tried widest first and each kept only if the order it gives breaks fewer
 * joins. Each strip is then read by its own columns ({@link readingOrder}).
 */
export function stackedOrder<Block extends Boxed>(region: readonly Block[], trace?: string[]): Block[] {
  const plain = readingOrder(region);
  if (region.length > SETTINGS.ocr.stackedMaxBlocks) return plain;
  const { shapes, indents, charWidth } = joinShapes(region);
  if (!indents) return plain;
  const gaps = gapsOf(region, 'y')
    .sort((a, b) => b.size - a.size)
    .slice(0, SETTINGS.ocr.stackedMaxGaps);
  const byTop = [...region].sort((a, b) => a.box.y0 - b.box.y0);
  const orderFor = (cuts: readonly number[]): Block[] => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const order: Block[] = [];
    let from = 0;
    for (const cut of [...sorted, Infinity]) {
      const strip: Block[] = [];
      // The last strip takes every block left, a box whose top is no number (NaN, Infinity) too: none is dropped.
      while (from < byTop.length && (cut === Infinity || byTop[from]!.box.y0 < cut)) strip.push(byTop[from++]!);
      for (const block of readingOrder(strip)) order.push(block);
    }
    return order;
  };
  let cuts: number[] = [];
  let best = plain;
  let bestBroken = brokenJoins(plain, shapes);
  const width = (from: number, to: number) => {
    const strip = byTop.filter((block) => block.box.y0 >= from && block.box.y0 < to);
    return maxOf(strip.map((block) => block.box.x1)) - minOf(strip.map((block) => block.box.x0));
  };
  for (const gap of gaps) {
    if (bestBroken === 0) break;
    // A story set under another spans its columns as the one above does; white space under a story's short last
    // column leaves a strip narrower than the one above it, which is the same story's foot, not another story.
    const above = Math.max(-Infinity, ...cuts.filter((cut) => cut < gap.at));
    const below = Math.min(Infinity, ...cuts.filter((cut) => cut > gap.at));
    if (width(gap.at, below) < width(above, gap.at) - charWidth) continue;
    const order = orderFor([...cuts, gap.at]);
    const broken = brokenJoins(order, shapes);
    if (broken < bestBroken) {
      cuts = [...cuts, gap.at];
      best = order;
      bestBroken = broken;
    }
  }
  if (trace && cuts.length > 0)
    trace.push(
      `stacked-stories: cut across at ${cuts.length === 1 ? 'one gap' : `${cuts.length} gaps`} (y ${[...cuts]
        .sort((a, b) => a - b)
        .map((cut) => Math.round(cut))
        .join(', ')})`,
    );
  return best;
}

/** The stretches along an axis that no block of the group covers, between its first and last block, each as where it ends and how wide it is. */
function gapsOf(blocks: readonly Boxed[], axis: 'x' | 'y'): { at: number; size: number }[] {
  const merged = mergeIntervals(blocks.map((block) => (axis === 'y' ? [block.box.y0, block.box.y1] : [block.box.x0, block.box.x1])));
  const gaps: { at: number; size: number }[] = [];
  for (let index = 1; index < merged.length; index++) gaps.push({ at: merged[index]![0], size: merged[index]![0] - merged[index - 1]![1] });
  return gaps;
}

/** A binary heap, least first by `before` (for the side-by-side sweep). */
class Heap<T> {
  readonly #items: T[] = [];
  readonly before: (a: T, b: T) => number;
  constructor(before: (a: T, b: T) => number) {
    this.before = before;
  }
  peek(): T | undefined {
    return this.#items[0];
  }
  push(item: T): void {
    const items = this.#items;
    items.push(item);
    for (let index = items.length - 1; index > 0; ) {
      const parent = (index - 1) >> 1;
      if (this.before(items[index]!, items[parent]!) >= 0) break;
      [items[index], items[parent]] = [items[parent]!, items[index]!];
      index = parent;
    }
  }
  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let index = 0; ; ) {
        const left = 2 * index + 1;
        const right = left + 1;
        let least = index;
        if (left < items.length && this.before(items[left]!, items[least]!) < 0) least = left;
        if (right < items.length && this.before(items[right]!, items[least]!) < 0) least = right;
        if (least === index) break;
        [items[index], items[least]] = [items[least]!, items[index]!];
        index = least;
      }
    }
    return top;
  }
}

/**
 * Whether the page sets stories side by side, each with a head across its own columns: two blocks that cross the
 * page's column gutters ({@link findColumns}) stand at the same height, apart. One set of columns for the whole page
 * then reads their heads in turns.
 */
export function storiesSideBySide(blocks: readonly Boxed[]): boolean {
  const columns = findColumns(blocks);
  const spanning = blocks
    .filter((block) => columns.filter(([from, to]) => Math.min(to, block.box.x1) - Math.max(from, block.box.x0) > 0).length >= 2)
    .sort((a, b) => a.box.y0 - b.box.y0);
  // One sweep down the page over the spanning blocks still open at each one's top: is any of them wholly left or
  // right of it? The open blocks' least right edge and greatest left edge tell at once (kept in two heaps, a block
  // leaving them when the sweep passes its bottom), so a page of many overlapping blocks stays n log n.
  const leastRight = new Heap<Boxed>((a, b) => a.box.x1 - b.box.x1);
  const mostLeft = new Heap<Boxed>((a, b) => b.box.x0 - a.box.x0);
  for (const block of spanning) {
    for (const heap of [leastRight, mostLeft]) while (heap.peek() && heap.peek()!.box.y1 <= block.box.y0) heap.pop();
    const right = leastRight.peek();
    const left = mostLeft.peek();
    if ((right && right.box.x1 <= block.box.x0) || (left && left.box.x0 >= block.box.x1)) return true;
    leastRight.push(block);
    mostLeft.push(block);
  }
  return false;
}

/**
 * Rule `xy-cut` (pages of stories side by side, {@link storiesSideBySide}): the page is cut along white space that
 * runs right across a region, a horizontal gap of `SETTINGS.ocr.cutLines` line heights first (stories one under
 * another), else a vertical gap of `SETTINGS.ocr.cutChars` character widths (stories side by side), top or left part
 * first; each region without such a gap is read by its own columns ({@link readingOrder}).
 */
export function xyCutOrder<Block extends Boxed>(blocks: readonly Block[], trace?: string[]): Block[] {
  const { lineHeight, charWidth } = measures(blocks);
  const order: Block[] = [];
  const stack: Block[][] = [[...blocks]];
  while (stack.length > 0) {
    const group = stack.pop()!;
    // Every wide enough horizontal gap cuts at once; else every wide enough vertical gap (a cut a row at a time
    // would make a page of many rows quadratic).
    const rows = gapsOf(group, 'y').filter((gap) => gap.size >= SETTINGS.ocr.cutLines * lineHeight);
    const axis = rows.length > 0 ? 'y' : 'x';
    const cuts = rows.length > 0 ? rows : gapsOf(group, 'x').filter((gap) => gap.size >= SETTINGS.ocr.cutChars * charWidth);
    const start = (block: Block) => (axis === 'y' ? block.box.y0 : block.box.x0);
    const parts: Block[][] = cuts.map(() => []);
    parts.push([]);
    // Each block goes to the part its start falls in (a block with a broken edge goes somewhere, never nowhere).
    for (const block of group) {
      // The number of cuts at or before the block's start, by binary search (a page can have thousands of rows).
      let low = 0;
      let high = cuts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (start(block) >= cuts[middle]!.at) low = middle + 1;
        else high = middle;
      }
      parts[low]!.push(block);
    }
    const filled = parts.filter((part) => part.length > 0);
    // A cut must leave blocks on two sides or more (boxes of no size on a cut would otherwise be cut for ever).
    if (group.length <= 1 || filled.length < 2) {
      for (const block of group.length <= 1 ? group : stackedOrder(group, trace)) order.push(block);
      continue;
    }
    for (let index = filled.length - 1; index >= 0; index--) stack.push(filled[index]!);
  }
  return order;
}

/** The page as text lines for the segmenter, and which OCR block each text line came from. */
export interface OcrLayout {
  readonly text: string;
  /** `blockOfLine[i]` is the block number of text line i + 1, or 0 for a blank line the layout added. */
  readonly blockOfLine: number[];
  /** Whether the page is set in vertical text (its columns read right to left). */
  readonly vertical?: boolean;
  /** The reading-order rules that cut the page (`xy-cut`, `stacked-stories`), as the summary says them (`head-zone` moves are not listed). */
  readonly orderRules?: string[];
}

/**
 * Whether a page's blocks are lines of vertical text (竖排, as many Taiwan and Hong Kong papers set
 * their stories): most blocks of two or more characters are much taller than wide.
 */
export function isVerticalPage(blocks: readonly Boxed[]): boolean {
  const lines = blocks.filter((block) => [...block.text.trim()].length >= 2);
  if (lines.length === 0) return false;
  const tall = lines.filter((block) => block.box.y1 - block.box.y0 >= SETTINGS.ocr.verticalAspect * (block.box.x1 - block.box.x0)).length;
  return tall / lines.length >= SETTINGS.ocr.verticalShare;
}

/**
 * A vertical page turned a quarter so it reads like a horizontal one: its right edge becomes the
 * top, each vertical line a horizontal line, and reading right to left, top to bottom becomes
 * reading top to bottom, left to right. A headline set across the top of a story becomes a
 * column of its own before the story's lines. Text and block numbers stay as they are.
 */
export function turnVertical<Block extends Boxed>(blocks: readonly Block[]): Block[] {
  const right = maxOf(blocks.map((block) => block.box.x1));
  return blocks.map((block) => ({ ...block, box: { x0: block.box.y0, x1: block.box.y1, y0: right - block.box.x1, y1: right - block.box.x0 } }));
}

/**
 * Lay OCR blocks out as page text the segmenter reads like a PDF extraction: one line per block
 * in reading order (from the boxes where every block has one, else file order), a blank line at
 * a column change or a vertical gap wider than `SETTINGS.ocr.paragraphGap` line heights, and a
 * leading space where a block starts indented in its column. `inReadingOrder`: the blocks come in
 * reading order already (a layout extraction orders its own bands).
 */
export function layOut(blocks: readonly OcrBlock[], inReadingOrder = false): OcrLayout {
  const boxed = blocks.every((block) => block.box !== null);
  // Vertical text is laid out turned a quarter (turnVertical): every measure below then reads as on a horizontal page.
  const vertical = boxed && !inReadingOrder && blocks.length > 0 && isVerticalPage(blocks as Boxed[]);
  const placed = vertical ? turnVertical(blocks as Boxed[]) : blocks;
  // The reading-order rules that moved blocks, for the summary.
  const trace: string[] = [];
  const sideBySide = boxed && !inReadingOrder && storiesSideBySide(placed as Boxed[]);
  if (sideBySide) trace.push('xy-cut: stories side by side, the page cut along white space');
  const ordered = boxed && !inReadingOrder ? (sideBySide ? xyCutOrder(placed as Boxed[], trace) : stackedOrder(placed as Boxed[], trace)) : [...placed];
  // Type size from a block's area per character (√(w·h / n)): right for a block of one printed
  // line and for a block holding a whole paragraph alike, where the box height is not.
  // (The box height caps it: a short last line in a box as wide as its column is not large type.)
  const typeSize = (block: OcrBlock) =>
    block.box
      ? Math.min(
          block.box.y1 - block.box.y0,
          Math.sqrt(((block.box.x1 - block.box.x0) * (block.box.y1 - block.box.y0)) / Math.max(1, displayWidth(block.text.trim()))),
        )
      : 0;
  const sizes = ordered
    .filter((block) => block.box && block.text.trim())
    .map(typeSize)
    .sort((a, b) => a - b);
  const bodySize = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const heights = ordered
    .filter((block) => block.box)
    .map((block) => block.box!.y1 - block.box!.y0)
    .sort((a, b) => a - b);
  const lineHeight = Math.min(heights[Math.floor(heights.length / 2)] ?? 0, bodySize * 1.6 || Infinity);
  const charWidths = ordered
    .filter((block) => block.box && block.text.trim())
    .map((block) => (block.box!.x1 - block.box!.x0) / Math.max(1, [...block.text.trim()].length))
    .sort((a, b) => a - b);
  const charWidth = charWidths[Math.floor(charWidths.length / 2)] ?? 0;
  const lines: string[] = [];
  const blockOfLine: number[] = [];
  let previous: OcrBlock | null = null;
  /** The block before was set in headline type. */
  let previousLarge = false;
  let columnLeft = Infinity;
  for (const block of ordered) {
    const text = block.text.replace(/[\r\n]+/gu, ' ').trimEnd();
    if (text.trim() === '') continue;
    const size = typeSize(block);
    // Set in headline type: the body's type size times `ocr.headlineHeight` or more.
    const large = bodySize > 0 && size >= SETTINGS.ocr.headlineHeight * bodySize;
    // Rule `headline-split`: OCR can cut one headline line into two blocks at a wide gap between its characters
    // (`“家门口的幸福”从何T` | `面来《前沿观察)`): a block in headline type that stands on the same line as the headline
    // block before it, just right of it, goes on that line; just left of it (the order gave the right piece first, its
    // top a pixel higher), it goes before it on that line.
    const previousLine = lines.at(-1);
    const side = large && previous?.box && block.box && previousLine?.startsWith('# ') ? headlinePieceSide(previous.box, block.box, charWidth) : null;
    if (side === 'right') {
      lines[lines.length - 1] = `${previousLine}${text.trim()}`;
      previous = block;
      previousLarge = large;
      continue;
    }
    if (side === 'left') {
      lines[lines.length - 1] = `# ${text.trim()}${previousLine!.slice(2)}`;
      blockOfLine[blockOfLine.length - 1] = Math.min(blockOfLine.at(-1)!, block.n);
      previous = { ...previous!, box: { ...previous!.box!, x0: block.box!.x0 } };
      previousLarge = large;
      continue;
    }
    if (previous?.box && block.box) {
      const newColumn = block.box.y0 < previous.box.y0 - lineHeight || block.box.x0 > previous.box.x1;
      const gap = block.box.y0 - previous.box.y1;
      // (Lines of a headline in large type stand further apart than body lines: measured against their own height.)
      const spacing = large && previousLarge ? Math.min(block.box.y1 - block.box.y0, previous.box.y1 - previous.box.y0) : lineHeight;
      if (newColumn || gap > SETTINGS.ocr.paragraphGap * spacing) {
        lines.push('');
        blockOfLine.push(0);
      }
      if (newColumn) columnLeft = block.box.x0;
    }
    if (block.box) columnLeft = Math.min(columnLeft, block.box.x0);
    const indented = block.indented ?? Boolean(block.box && charWidth > 0 && block.box.x0 - columnLeft >= SETTINGS.ocr.indentChars * charWidth);
    // Type size is the strongest headline signal OCR gives: a block set larger than the body text
    // is marked as a heading the way an extraction's stray markdown marker is (`# ` / `## `), which
    // the segmenter reads as a hint and never publishes.
    // A layout tool's title label says the same.
    const marker =
      block.titleLevel === 1 || large ? '# ' : block.titleLevel === 2 || (bodySize > 0 && size >= SETTINGS.ocr.headingHeight * bodySize) ? '## ' : '';
    if (marker && lines.length > 0 && lines.at(-1) !== '' && !/^#/u.test(lines.at(-1)!)) {
      lines.push('');
      blockOfLine.push(0);
    }
    lines.push(marker ? `${marker}${text.trim()}` : `${indented ? ' ' : ''}${text.trimStart()}`);
    blockOfLine.push(block.n);
    previous = block;
    previousLarge = large;
  }
  return { text: lines.join('\n'), blockOfLine, ...(vertical ? { vertical } : {}), ...(trace.length > 0 ? { orderRules: trace } : {}) };
}

/** Where a headline block stands against the headline block before it when both are one line cut in two (`headline-split`): just right or just left of it, or null. */
function headlinePieceSide(previous: NonNullable<OcrBlock['box']>, box: NonNullable<OcrBlock['box']>, charWidth: number): 'right' | 'left' | null {
  if (!sameLine(previous, box)) return null;
  const gap = SETTINGS.ocr.headlineSplitGap * (previous.y1 - previous.y0);
  if (box.x0 >= previous.x1 - charWidth && box.x0 - previous.x1 <= gap) return 'right';
  if (box.x1 <= previous.x0 + charWidth && previous.x0 - box.x1 <= gap) return 'left';
  return null;
}

/** Two boxes on one line: their heights overlap by at least half the lower one's. */
function sameLine(a: NonNullable<OcrBlock['box']>, b: NonNullable<OcrBlock['box']>): boolean {
  const shared = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return shared >= 0.5 * Math.min(a.y1 - a.y0, b.y1 - b.y0);
}

/** The header row of Tesseract's TSV output (`tesseract page.png out tsv`). */
export const TESSERACT_TSV_HEADER = /^level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\s*$/u;

const asciiWord = (char: string | undefined) => char !== undefined && /[A-Za-z0-9]/u.test(char);

/**
 * An OCR line's words as one text: no space between them, except between two Latin words or numbers.
 *
 * @example joinOcrWords(['本报讯', 'GDP', '增长', '5', '%']) // → '本报讯GDP增长5%'
 */
export function joinOcrWords(words: readonly string[]): string {
  return words
    .map((word) => word.trim())
    .filter(Boolean)
    .reduce((joined, word) => (asciiWord(joined.at(-1)) && asciiWord(word[0]) ? `${joined} ${word}` : joined + word), '');
}

/**
 * The text blocks of Tesseract's TSV output: one block per text line (a level-4 row), its words
 * (level-5 rows) joined with no space, except between two Latin words or numbers; its box is the
 * line's box. Blocks keep Tesseract's own order; a line with no word is dropped.
 */
export function tesseractBlocks(text: string): OcrBlock[] {
  const rows = text.split(/\r?\n/u).slice(1);
  const lines = new Map<string, { box: NonNullable<OcrBlock['box']>; words: string[] }>();
  for (const row of rows) {
    const fields = row.split('\t');
    if (fields.length < 12) continue;
    const [level, page, block, par, line] = fields;
    const key = [page, block, par, line].join('/');
    if (level === '4') {
      const [left, top, width, height] = fields.slice(6, 10).map(Number) as [number, number, number, number];
      lines.set(key, { box: { x0: left, y0: top, x1: left + width, y1: top + height }, words: [] });
    } else if (level === '5') {
      const word = fields.slice(11).join('\t').trim();
      if (word !== '') lines.get(key)?.words.push(word);
    }
  }
  return [...lines.values()]
    .filter((line) => line.words.length > 0)
    .map((line, index) => ({
      n: index + 1,
      text: joinOcrWords(line.words),
      box: line.box,
    }));
}
