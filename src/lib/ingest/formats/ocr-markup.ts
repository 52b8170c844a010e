import { parse } from 'parse5';
import { attribute, childrenOf, type Element, findElements, isElement, type Node, textOf } from './markup-tree.ts';
import { bounds, joinOcrWords, type OcrBlock } from './ocr.ts';
import { nextPageTop, type ToolLine, wordsIntoLines } from './ocr-tools.ts';

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

/** Whether a page is `pdftotext -bbox-layout` or `-bbox` output: `<doc>` of `<page width=…>`s (holding `<word xMin=…>`, or none on a page without a text layer). */
export const looksPdfBbox = (text: string): boolean =>
  /<doc>/u.test(text) && /<page\s[^>]*\bwidth=/u.test(text) && !/<html[^>]*>\s*<body[^>]*>\s*<p\b/iu.test(text);

/**
 * The text lines of `pdftotext -bbox-layout` output, in file order, each with its box; `-bbox` output (words only)
 * has its words put together into lines (a word that starts left of the last one's end, or on another baseline,
 * starts a line). A file of several pages sets each page under the one before, so pages read in turn.
 */
export function pdfBboxBlocks(text: string): OcrBlock[] {
  const attributeNumber = (element: Element, name: string) => Number(attribute(element, name.toLowerCase()));
  const boxOfElement = (element: Element) => {
    const [x0, y0, x1, y1] = ['xMin', 'yMin', 'xMax', 'yMax'].map((name) => attributeNumber(element, name));
    return [x0, y0, x1, y1].every((value) => Number.isFinite(value)) ? { x0: x0!, y0: y0!, x1: x1!, y1: y1! } : null;
  };
  const pages = findElements(parse(text).childNodes, (element) => element.tagName === 'page');
  // Each text line with the number it is cited by: a -bbox-layout `<line>`'s number in the file (both parts of a line
  // split at a gutter keep it), or a -bbox line's own number.
  const lines: (ToolLine & { n: number })[] = [];
  let top = 0;
  let number = 0;
  for (const page of pages) {
    const shift = (box: OcrBlock['box']) => (box ? { ...box, y0: box.y0 + top, y1: box.y1 + top } : null);
    const words = (within: Element) =>
      findElements(childrenOf(within), (element) => element.tagName === 'word').map((word) => ({ text: textOf(word), box: shift(boxOfElement(word)) }));
    const lineElements = findElements(childrenOf(page), (element) => element.tagName === 'line');
    const from = lines.length;
    // A -bbox-layout line is split where its words stand a gutter apart (pdftotext runs a line across narrow gutters);
    // -bbox words are put together into lines the same way.
    if (lineElements.length > 0)
      for (const line of lineElements) {
        number++;
        for (const part of wordsIntoLines(words(line))) lines.push({ ...part, n: number });
      }
    else for (const part of wordsIntoLines(words(page))) lines.push({ ...part, n: ++number });
    top = nextPageTop(
      top,
      attributeNumber(page, 'height'),
      lines.slice(from).map((line) => line.box),
    );
  }
  return lines.map((line) => ({ n: line.n, text: line.text, box: line.box }));
}

/** Whether a page is ABBYY FineReader XML: its namespace, or `<line>`s of `<charParams>`. */
export const looksAbbyy = (text: string): boolean =>
  /FineReader[-_0-9.]*[-_]?xml|abbyy\.com\/FineReader/iu.test(text) || (/<charParams\b/u.test(text) && /<line\b/u.test(text));

/** Whether a page is PAGE XML: a `<PcGts>` root with text lines. */
export const looksPageXml = (text: string): boolean => /<(?:\w+:)?PcGts[\s>]/u.test(text) && /<(?:\w+:)?TextLine\b/u.test(text);

/** The text lines of an ABBYY FineReader XML page, in file order, each with its box (`l t r b`). */
export function abbyyBlocks(text: string): OcrBlock[] {
  const tree = parse(text).childNodes;
  const pages = findElements(tree, (element) => element.tagName === 'page');
  const blocks: OcrBlock[] = [];
  let n = 0;
  // A book-length file has many pages: each is set under the one before, so they read in turn.
  let top = 0;
  for (const page of pages.length > 0 ? pages : [null]) {
    const lines = findElements(page ? childrenOf(page) : tree, (element) => element.tagName === 'line');
    const from = blocks.length;
    for (const line of lines) {
      n++;
      const chars = findElements(childrenOf(line), (element) => element.tagName === 'charparams');
      const lineText = (chars.length > 0 ? chars.map(textOf).join('') : textOf(line)).replace(/\s+/gu, ' ').trim();
      if (!lineText) continue;
      const [x0, y0, x1, y1] = ['l', 't', 'r', 'b'].map((name) => Number(attribute(line, name)));
      const box = [x0, y0, x1, y1].every((value) => Number.isFinite(value)) ? { x0: x0!, y0: y0! + top, x1: x1!, y1: y1! + top } : null;
      blocks.push({ n, text: joinOcrWords(lineText.split(' ')), box });
    }
    top = nextPageTop(
      top,
      page ? Number(attribute(page, 'height')) : undefined,
      blocks.slice(from).map((block) => block.box),
    );
  }
  return blocks;
}

/** The text lines of a PAGE XML page, in file order, each with the box of its `<Coords points="x,y x,y …">`. */
export function pageXmlBlocks(text: string): OcrBlock[] {
  const local = (element: Element) => element.tagName.replace(/^\w+:/u, '');
  const lines = findElements(parse(text).childNodes, (element) => local(element) === 'textline');
  // parse5 reads markup as HTML, where `<Coords …/>` does not close itself: what follows it in the line lands inside
  // it. So an element's own parts (TextEquiv, Unicode, Coords) are looked for anywhere under it, but not inside its
  // words or glyphs (or a nested line).
  const own = (nodes: readonly Node[], tag: string, out: Element[] = []): Element[] => {
    for (const node of nodes) {
      if (!isElement(node) || ['word', 'glyph', 'textline'].includes(local(node))) continue;
      if (local(node) === tag) out.push(node);
      else own(childrenOf(node), tag, out);
    }
    return out;
  };
  const first = (nodes: readonly Node[], tag: string): Element | undefined => own(nodes, tag)[0];
  const reading = (element: Element): string => {
    // PAGE gives the main reading the lowest `index`.
    const main = own(childrenOf(element), 'textequiv').sort((a, b) => (Number(attribute(a, 'index')) || 0) - (Number(attribute(b, 'index')) || 0))[0];
    const unicode = main ? first(childrenOf(main), 'unicode') : undefined;
    return (unicode ? textOf(unicode) : '').replace(/\s+/gu, ' ').trim();
  };
  return lines.flatMap((line, index) => {
    // A line that gives its text only on its words (or glyphs) is read from them.
    const words = findElements(childrenOf(line), (element) => local(element) === 'word');
    const glyphs = words.length > 0 ? [] : findElements(childrenOf(line), (element) => local(element) === 'glyph');
    const lineText = reading(line) || (words.length > 0 ? words.map(reading).filter(Boolean).join(' ') : glyphs.map(reading).join(''));
    if (!lineText) return [];
    const coords = first(childrenOf(line), 'coords');
    const points = (coords ? (attribute(coords, 'points') ?? '') : '')
      .trim()
      .split(/\s+/u)
      .map((point) => point.split(',').map(Number))
      .filter((point) => point.length === 2 && point.every(Number.isFinite));
    const box =
      points.length >= 2
        ? bounds(
            points.map((point) => point[0]!),
            points.map((point) => point[1]!),
          )
        : null;
    return [{ n: index + 1, text: joinOcrWords(lineText.split(' ')), box }];
  });
}
