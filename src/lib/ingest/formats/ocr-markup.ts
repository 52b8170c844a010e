import { parse } from 'parse5';
import { attribute, childrenOf, type Element, findElements, isElement, type Node, textOf } from './markup-tree.ts';
import { joinOcrWords, type OcrBlock } from './ocr.ts';

/**
 * OCR output in markup rather than JSON: hOCR (Tesseract's `hocr`, and OCRopus, Kraken …: HTML whose
 * `ocr_line` elements carry `title="bbox x0 y0 x1 y1"`) and ALTO XML (the library standard for
 * digitised newspapers: `<TextLine HPOS VPOS WIDTH HEIGHT>` of `<String CONTENT>`). Each text line is
 * one block with its box, read like OCR JSON. Parsed with parse5, which takes both. Also the boxes poppler's
 * `pdftotext -bbox-layout` (and `-bbox`) writes for a PDF page: the PDF's own text with every line's box, so a PDF
 * page is read by its layout, not in the order pdftotext's text output guesses. And the XML of digitisation
 * workflows: ABBYY FineReader's (`<line l t r b>` of `<charParams>`, as the Internet Archive serves with its scans)
 * and PAGE XML (`<TextLine>` with `<Coords points>` and `<TextEquiv><Unicode>`, from Transkribus, eScriptorium, OCR-D).
 */

/** Whether a page is hOCR: elements of the `ocr_line` (or `ocr_page`) class. */
export const looksHocr = (text: string): boolean => /class\s*=\s*["'][^"']*\bocr_(?:line|page|par|carea)\b/u.test(text);

/** Whether a page is ALTO XML: an `<alto>` root with text lines. */
export const looksAlto = (text: string): boolean => /<alto[\s>]/iu.test(text) && /<TextLine\b/iu.test(text);

/** The text lines of an hOCR page, in file order, each with the box its `title` gives. */
export function hocrBlocks(text: string): OcrBlock[] {
  const lineClass = /\bocr_(?:line|textfloat|header|caption)\b/u;
  const lines = findElements(parse(text).childNodes, (element) => lineClass.test(attribute(element, 'class') ?? ''));
  return lines.flatMap((line, index) => {
    const words = findElements(childrenOf(line), (element) => /\bocrx_word\b/u.test(attribute(element, 'class') ?? ''));
    const lineText = words.length > 0 ? joinOcrWords(words.map(textOf)) : textOf(line).replace(/\s+/gu, ' ').trim();
    if (!lineText) return [];
    const bbox = /\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)/u.exec(attribute(line, 'title') ?? '');
    const box = bbox ? { x0: Number(bbox[1]), y0: Number(bbox[2]), x1: Number(bbox[3]), y1: Number(bbox[4]) } : null;
    return [{ n: index + 1, text: lineText, box }];
  });
}

/** The text lines of an ALTO page, in file order, each with its box (HPOS, VPOS, WIDTH, HEIGHT). */
export function altoBlocks(text: string): OcrBlock[] {
  const lines = findElements(parse(text).childNodes, (element) => element.tagName === 'textline');
  return lines.flatMap((line, index) => {
    const strings = findElements(childrenOf(line), (element) => element.tagName === 'string');
    const lineText = joinOcrWords(strings.map((entry) => attribute(entry, 'content') ?? ''));
    if (!lineText) return [];
    const [x, y, width, height] = ['hpos', 'vpos', 'width', 'height'].map((name) => Number(attribute(line, name)));
    const box = [x, y, width, height].every((value) => Number.isFinite(value)) ? { x0: x!, y0: y!, x1: x! + width!, y1: y! + height! } : null;
    return [{ n: index + 1, text: lineText, box }];
  });
}

/** Whether a page is `pdftotext -bbox-layout` or `-bbox` output: `<doc>` of `<page>`s holding `<word xMin=…>`. */
export const looksPdfBbox = (text: string): boolean => /<doc>/u.test(text) && /<page\s[^>]*\bwidth=/u.test(text) && /<word\s[^>]*\bxMin=/u.test(text);

/**
 * The text lines of `pdftotext -bbox-layout` output, in file order, each with its box; `-bbox` output (words only)
 * has its words put together into lines (a word that starts left of the last one's end, or on another baseline,
 * starts a line). A file of several pages sets each page under the one before, so pages read in turn.
 */
export function pdfBboxBlocks(text: string): OcrBlock[] {
  const number = (element: Element, name: string) => Number(attribute(element, name.toLowerCase()));
  const boxOfElement = (element: Element) => {
    const [x0, y0, x1, y1] = ['xMin', 'yMin', 'xMax', 'yMax'].map((name) => number(element, name));
    return [x0, y0, x1, y1].every((value) => Number.isFinite(value)) ? { x0: x0!, y0: y0!, x1: x1!, y1: y1! } : null;
  };
  const pages = findElements(parse(text).childNodes, (element) => element.tagName === 'page');
  const lines: { words: Element[]; box: OcrBlock['box'] }[] = [];
  let top = 0;
  for (const page of pages) {
    const shift = (box: OcrBlock['box']) => (box ? { ...box, y0: box.y0 + top, y1: box.y1 + top } : null);
    const lineElements = findElements(childrenOf(page), (element) => element.tagName === 'line');
    if (lineElements.length > 0) {
      for (const line of lineElements)
        lines.push({ words: findElements(childrenOf(line), (element) => element.tagName === 'word'), box: shift(boxOfElement(line)) });
    } else {
      let current: { words: Element[]; box: OcrBlock['box'] } | null = null;
      for (const word of findElements(childrenOf(page), (element) => element.tagName === 'word')) {
        const box = shift(boxOfElement(word));
        const last = current?.box;
        const sameLine = last && box && box.x0 >= last.x1 - (box.y1 - box.y0) / 2 && Math.abs(box.y0 - last.y0) < (last.y1 - last.y0) / 2;
        if (current && sameLine && last && box) {
          current.words.push(word);
          current.box = { x0: Math.min(last.x0, box.x0), y0: Math.min(last.y0, box.y0), x1: Math.max(last.x1, box.x1), y1: Math.max(last.y1, box.y1) };
        } else {
          current = { words: [word], box };
          lines.push(current);
        }
      }
    }
    const height = number(page, 'height');
    top += Number.isFinite(height) && height > 0 ? height : Math.max(0, ...lines.map((line) => (line.box ? line.box.y1 - top : 0)));
  }
  return lines.flatMap((line, index) => {
    const lineText = joinOcrWords(line.words.map(textOf));
    return lineText ? [{ n: index + 1, text: lineText, box: line.box }] : [];
  });
}

/** Whether a page is ABBYY FineReader XML: its namespace, or `<line>`s of `<charParams>`. */
export const looksAbbyy = (text: string): boolean =>
  /FineReader[-_0-9.]*[-_]?xml|abbyy\.com\/FineReader/iu.test(text) || (/<charParams\b/u.test(text) && /<line\b/u.test(text));

/** Whether a page is PAGE XML: a `<PcGts>` root with text lines. */
export const looksPageXml = (text: string): boolean => /<(?:\w+:)?PcGts[\s>]/u.test(text) && /<(?:\w+:)?TextLine\b/u.test(text);

/** The text lines of an ABBYY FineReader XML page, in file order, each with its box (`l t r b`). */
export function abbyyBlocks(text: string): OcrBlock[] {
  const lines = findElements(parse(text).childNodes, (element) => element.tagName === 'line');
  return lines.flatMap((line, index) => {
    const chars = findElements(childrenOf(line), (element) => element.tagName === 'charparams');
    const lineText = (chars.length > 0 ? chars.map(textOf).join('') : textOf(line)).replace(/\s+/gu, ' ').trim();
    if (!lineText) return [];
    const [x0, y0, x1, y1] = ['l', 't', 'r', 'b'].map((name) => Number(attribute(line, name)));
    const box = [x0, y0, x1, y1].every((value) => Number.isFinite(value)) ? { x0: x0!, y0: y0!, x1: x1!, y1: y1! } : null;
    return [{ n: index + 1, text: joinOcrWords(lineText.split(' ')), box }];
  });
}

/** The text lines of a PAGE XML page, in file order, each with the box of its `<Coords points="x,y x,y …">`. */
export function pageXmlBlocks(text: string): OcrBlock[] {
  const local = (element: Element) => element.tagName.replace(/^\w+:/u, '');
  const lines = findElements(parse(text).childNodes, (element) => local(element) === 'textline');
  // parse5 reads markup as HTML, where `<Coords …/>` does not close itself: what follows it in the line lands inside
  // it. So the line's own TextEquiv is looked for anywhere under the line, but not inside its words or glyphs.
  const first = (nodes: readonly Node[], tag: string): Element | undefined => {
    for (const node of nodes) {
      if (!isElement(node) || ['word', 'glyph', 'textline'].includes(local(node))) continue;
      if (local(node) === tag) return node;
      const found = first(childrenOf(node), tag);
      if (found) return found;
    }
    return undefined;
  };
  return lines.flatMap((line, index) => {
    const equiv = first(childrenOf(line), 'textequiv');
    const unicode = equiv ? first(childrenOf(equiv), 'unicode') : undefined;
    const lineText = (unicode ? textOf(unicode) : '').replace(/\s+/gu, ' ').trim();
    if (!lineText) return [];
    const coords = first(childrenOf(line), 'coords');
    const points = (coords ? (attribute(coords, 'points') ?? '') : '')
      .trim()
      .split(/\s+/u)
      .map((point) => point.split(',').map(Number))
      .filter((point) => point.length === 2 && point.every(Number.isFinite));
    const box =
      points.length >= 2
        ? {
            x0: Math.min(...points.map((point) => point[0]!)),
            y0: Math.min(...points.map((point) => point[1]!)),
            x1: Math.max(...points.map((point) => point[0]!)),
            y1: Math.max(...points.map((point) => point[1]!)),
          }
        : null;
    return [{ n: index + 1, text: joinOcrWords(lineText.split(' ')), box }];
  });
}
