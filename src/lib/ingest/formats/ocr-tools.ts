/**
 * OCR results whose text sits below the level of a line, so no list in them is a list of text lines: Google Cloud
 * Vision (`fullTextAnnotation`: pages of blocks of paragraphs of words of symbols, a line break marked on the symbol
 * that ends a line; or, without it, `textAnnotations`: the whole text, then one entry per word) and docTR's
 * `export()` (pages of blocks of lines of words, boxes relative to the page). Each is read into text lines with
 * their boxes, which {@link ocrBlocks} then reads like any OCR list.
 */
import { maxOf } from '../text-utils.ts';
import { SETTINGS } from '../settings.ts';
import { bounds, joinOcrWords, ocrBlocks, type OcrBlock } from './ocr.ts';

type Box = { x0: number; y0: number; x1: number; y1: number };
/** A text line (or a word) read from a tool's result: its text and box. */
export type ToolLine = { text: string; box: Box | null };

/**
 * Where the next page starts when a file's pages are set one under another (so they read in turn): under this one,
 * by its height where the file gives one, else under its lowest box.
 */
export function nextPageTop(top: number, height: unknown, boxes: readonly (Box | null)[]): number {
  if (typeof height === 'number' && Number.isFinite(height) && height > 0) return top + height;
  return Math.max(top, maxOf(boxes.map((box) => (box ? box.y1 : top))));
}

/**
 * Words in reading order put together into text lines: a word starts a new line when it starts left of the last
 * word's end, stands on another line (its top more than half a line away), or lies further right of it than
 * `SETTINGS.ocr.wordGapLines` line heights (a column gutter: an extraction's line can run across two columns).
 */
export function wordsIntoLines(words: readonly ToolLine[]): ToolLine[] {
  const lines: { words: string[]; box: Box | null }[] = [];
  for (const word of words) {
    const line = lines.at(-1);
    const last = line?.box;
    const box = word.box;
    const height = box ? box.y1 - box.y0 : 0;
    const sameLine =
      last &&
      box &&
      box.x0 >= last.x1 - height / 2 &&
      box.x0 - last.x1 <= SETTINGS.ocr.wordGapLines * Math.max(height, last.y1 - last.y0) &&
      Math.abs(box.y0 - last.y0) < (last.y1 - last.y0) / 2;
    if (line && sameLine) {
      line.words.push(word.text);
      line.box = union(line.box, box);
    } else lines.push({ words: [word.text], box });
  }
  return lines.map((line) => ({ text: joinOcrWords(line.words), box: line.box })).filter((line) => line.text);
}

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The smallest box holding both (either may be missing). */
export function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** A Vision `boundingBox`/`boundingPoly`: vertices whose 0 coordinates the API leaves out (`normalizedVertices`, in PDF and TIFF results, scaled by the page's size). */
function visionBox(value: unknown, width = 1, height = 1): Box | null {
  if (!isRecord(value)) return null;
  const normalized = list(value.vertices).length === 0;
  const vertices = normalized ? list(value.normalizedVertices) : list(value.vertices);
  if (vertices.length === 0) return null;
  const [sx, sy] = normalized ? [width, height] : [1, 1];
  const xs = vertices.map((vertex) => (isRecord(vertex) && typeof vertex.x === 'number' ? vertex.x * sx : 0));
  const ys = vertices.map((vertex) => (isRecord(vertex) && typeof vertex.y === 'number' ? vertex.y * sy : 0));
  const box = bounds(xs, ys);
  return Object.values(box).every(Number.isFinite) ? box : null;
}

/** The Vision annotations in a document: a response, a batch's `responses`, or an annotation itself. */
function visionAnnotations(document: unknown): Record<string, unknown>[] {
  if (!isRecord(document)) return [];
  if (Array.isArray(document.responses)) return document.responses.filter(isRecord);
  return [document];
}

/** Google Cloud Vision: text lines from `fullTextAnnotation` (else from the word entries of `textAnnotations`), or null. */
export function visionLines(document: unknown): ToolLine[] | null {
  const annotations = visionAnnotations(document).filter((entry) => isRecord(entry.fullTextAnnotation) || Array.isArray(entry.textAnnotations));
  if (annotations.length === 0) return null;
  const lines: ToolLine[] = [];
  // Pages (a response per image, or the pages of a PDF's response) are set one under another, so they read in turn.
  let top = 0;
  const place = (box: Box | null): Box | null => (box ? { ...box, y0: box.y0 + top, y1: box.y1 + top } : null);
  const next = (height: unknown, placed: readonly ToolLine[]) => {
    top = nextPageTop(
      top,
      height,
      placed.map((line) => line.box),
    );
  };
  for (const annotation of annotations) {
    const full = annotation.fullTextAnnotation;
    if (isRecord(full) && Array.isArray(full.pages) && full.pages.length > 0) {
      for (const page of full.pages.filter(isRecord)) {
        const [width, height] = [page.width, page.height].map((value) => (typeof value === 'number' && value > 0 ? value : 1));
        const from = lines.length;
        for (const block of list(page.blocks).filter(isRecord))
          for (const paragraph of list(block.paragraphs).filter(isRecord)) {
            let words: string[] = [];
            let current = '';
            let box: Box | null = null;
            // A line with no box of its own takes its paragraph's (or block's) box.
            const outer = visionBox(paragraph.boundingBox, width, height) ?? visionBox(block.boundingBox, width, height);
            const end = () => {
              if (current) words.push(current);
              const text = joinOcrWords(words);
              if (text) lines.push({ text, box: place(box ?? outer) });
              words = [];
              current = '';
              box = null;
            };
            for (const word of list(paragraph.words).filter(isRecord)) {
              box = union(box, visionBox(word.boundingBox, width, height));
              for (const symbol of list(word.symbols).filter(isRecord)) {
                if (!isRecord(word.boundingBox)) box = union(box, visionBox(symbol.boundingBox, width, height));
                current += typeof symbol.text === 'string' ? symbol.text : '';
                const kind = isRecord(symbol.property) && isRecord(symbol.property.detectedBreak) ? symbol.property.detectedBreak.type : undefined;
                if (kind === 'LINE_BREAK' || kind === 'EOL_SURE_SPACE' || kind === 'HYPHEN') end();
                else if (kind === 'SPACE' || kind === 'SURE_SPACE') {
                  if (current) words.push(current);
                  current = '';
                }
              }
              if (current) {
                words.push(current);
                current = '';
              }
            }
            end();
          }
        next(page.height, lines.slice(from));
      }
      continue;
    }
    // Without pages: the first entry is the whole text, the others one word each, put together into lines; a
    // full annotation with its text alone is read line by line, with no boxes.
    const entries = list(annotation.textAnnotations).filter(isRecord);
    const from = lines.length;
    if (entries.length > 1) {
      const words = entries
        .slice(1)
        .filter((entry) => typeof entry.description === 'string')
        .map((entry) => ({ text: entry.description as string, box: visionBox(entry.boundingPoly) }));
      for (const line of wordsIntoLines(words)) lines.push({ text: line.text, box: place(line.box) });
    } else {
      const whole = isRecord(full) && typeof full.text === 'string' ? full.text : typeof entries[0]?.description === 'string' ? entries[0].description : '';
      for (const line of whole.split(/\r?\n/u)) if (line.trim()) lines.push({ text: line.trim(), box: null });
    }
    next(undefined, lines.slice(from));
  }
  return lines.filter((entry) => entry.text);
}

/** A docTR geometry (`[[xmin, ymin], [xmax, ymax]]` or a polygon, relative to the page) in page units. */
function doctrBox(value: unknown, width: number, height: number, top: number): Box | null {
  const points = list(value).filter((point): point is number[] => Array.isArray(point) && point.length >= 2 && point.every((n) => typeof n === 'number'));
  if (points.length < 2) return null;
  const box = bounds(
    points.map((point) => point[0]! * width),
    points.map((point) => point[1]! * height + top),
  );
  return Object.values(box).every(Number.isFinite) ? box : null;
}

/** docTR's `export()`: text lines (their words joined) with boxes in page units, pages set one under another; or null. */
export function doctrLines(document: unknown): ToolLine[] | null {
  if (!isRecord(document) || !Array.isArray(document.pages)) return null;
  const pages = document.pages.filter(isRecord);
  const isDoctr = pages.length > 0 && pages.every((page) => Array.isArray(page.dimensions) && Array.isArray(page.blocks));
  if (!isDoctr) return null;
  const lines: ToolLine[] = [];
  let top = 0;
  for (const page of pages) {
    const [height, width] = (page.dimensions as unknown[]).map(Number);
    const h = Number.isFinite(height) && height! > 0 ? height! : 1;
    const w = Number.isFinite(width) && width! > 0 ? width! : 1;
    for (const block of list(page.blocks).filter(isRecord))
      for (const line of list(block.lines).filter(isRecord)) {
        const words = list(line.words).filter(isRecord);
        const text = joinOcrWords(words.map((word) => (typeof word.value === 'string' ? word.value : '')));
        if (text) lines.push({ text, box: doctrBox(line.geometry, w, h, top) });
      }
    top = nextPageTop(top, h, []);
  }
  return lines;
}

/**
 * Rule `paddle-results`: a PaddleOCR results file (`tools/infer/predict_system.py`'s `system_results.txt`, PPOCRLabel's
 * `Label.txt`): one image a line, its name, a tab, and the JSON list of its text boxes (`[{"transcription": …,
 * "points": [[x, y], …]}, …]`). Its text blocks in file order, numbered through the file, each page set under the one
 * before; null for any other text (a line not so written, or a list that holds no text box).
 */
export function paddleResultBlocks(text: string): OcrBlock[] | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return null;
  const pages: OcrBlock[][] = [];
  for (const line of lines) {
    const match = /^([^\t[{]+)\t\s*(\[.*\])\s*$/u.exec(line.replace(/\r$/u, ''));
    if (!match) return null;
    let value: unknown;
    try {
      value = JSON.parse(match[2]!);
    } catch {
      return null;
    }
    if (!Array.isArray(value)) return null;
    const blocks = value.length === 0 ? [] : ocrBlocks(value);
    if (blocks === null) return null;
    pages.push(blocks);
  }
  if (pages.every((page) => page.length === 0)) return null;
  const out: OcrBlock[] = [];
  let top = 0;
  for (const page of pages) {
    const shift = (box: Box | null) => (box ? { ...box, y0: box.y0 + top, y1: box.y1 + top } : null);
    for (const block of page) out.push({ ...block, n: out.length + 1, box: shift(block.box) });
    top = nextPageTop(
      top,
      undefined,
      page.map((block) => shift(block.box)),
    );
  }
  return out;
}
