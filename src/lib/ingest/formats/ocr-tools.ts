/**
 * OCR results whose text sits below the level of a line, so no list in them is a list of text lines: Google Cloud
 * Vision (`fullTextAnnotation`: pages of blocks of paragraphs of words of symbols, a line break marked on the symbol
 * that ends a line; or, without it, `textAnnotations`: the whole text, then one entry per word) and docTR's
 * `export()` (pages of blocks of lines of words, boxes relative to the page). Each is read into text lines with
 * their boxes, which {@link ocrBlocks} then reads like any OCR list.
 */
import { joinOcrWords } from './ocr.ts';

type Box = { x0: number; y0: number; x1: number; y1: number };
/** A text line read from a tool's result: its text and box. */
export type ToolLine = { text: string; box: Box | null };

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** A Vision `boundingBox`/`boundingPoly`: vertices whose 0 coordinates the API leaves out. */
function visionBox(value: unknown): Box | null {
  const vertices = isRecord(value) ? list(value.vertices) : [];
  if (vertices.length === 0) return null;
  const xs = vertices.map((vertex) => (isRecord(vertex) && typeof vertex.x === 'number' ? vertex.x : 0));
  const ys = vertices.map((vertex) => (isRecord(vertex) && typeof vertex.y === 'number' ? vertex.y : 0));
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
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
  for (const annotation of annotations) {
    const full = annotation.fullTextAnnotation;
    if (isRecord(full) && Array.isArray(full.pages)) {
      for (const page of full.pages.filter(isRecord))
        for (const block of list(page.blocks).filter(isRecord))
          for (const paragraph of list(block.paragraphs).filter(isRecord)) {
            let words: string[] = [];
            let current = '';
            let box: Box | null = null;
            // A line with no box of its own takes its paragraph's (or block's) box.
            const outer = visionBox(paragraph.boundingBox) ?? visionBox(block.boundingBox);
            const end = () => {
              if (current) words.push(current);
              const text = joinOcrWords(words);
              if (text) lines.push({ text, box: box ?? outer });
              words = [];
              current = '';
              box = null;
            };
            for (const word of list(paragraph.words).filter(isRecord)) {
              box = union(box, visionBox(word.boundingBox));
              for (const symbol of list(word.symbols).filter(isRecord)) {
                if (!isRecord(word.boundingBox)) box = union(box, visionBox(symbol.boundingBox));
                current += typeof symbol.text === 'string' ? symbol.text : '';
                const kind = isRecord(symbol.property) && isRecord(symbol.property.detectedBreak) ? symbol.property.detectedBreak.type : undefined;
                if (kind === 'LINE_BREAK' || kind === 'EOL_SURE_SPACE') end();
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
      continue;
    }
    // Without the full annotation: the first entry is the whole text, the others one word each; a word that starts
    // left of the last one's end, or on another line, starts a line.
    const words: { words: string[]; box: Box | null }[] = [];
    for (const entry of list(annotation.textAnnotations).slice(1).filter(isRecord)) {
      if (typeof entry.description !== 'string') continue;
      const box = visionBox(entry.boundingPoly);
      const line = words.at(-1);
      const last = line?.box;
      const sameLine = last && box && box.x0 >= last.x1 - (box.y1 - box.y0) && Math.abs(box.y0 - last.y0) < (last.y1 - last.y0) / 2;
      if (line && sameLine) {
        line.words.push(entry.description);
        line.box = union(line.box, box);
      } else words.push({ words: [entry.description], box });
    }
    for (const line of words) lines.push({ text: joinOcrWords(line.words), box: line.box });
  }
  return lines.filter((entry) => entry.text);
}

/** A docTR geometry (`[[xmin, ymin], [xmax, ymax]]` or a polygon, relative to the page) in page units. */
function doctrBox(value: unknown, width: number, height: number, top: number): Box | null {
  const points = list(value).filter((point): point is number[] => Array.isArray(point) && point.length >= 2 && point.every((n) => typeof n === 'number'));
  if (points.length < 2) return null;
  const xs = points.map((point) => point[0]! * width);
  const ys = points.map((point) => point[1]! * height + top);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
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
    top += h;
  }
  return lines;
}
