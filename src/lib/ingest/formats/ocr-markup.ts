import { parse } from 'parse5';
import { attribute, childrenOf, findElements, textOf } from './markup-tree.ts';
import { joinOcrWords, type OcrBlock } from './ocr.ts';

/**
 * OCR output in markup rather than JSON: hOCR (Tesseract's `hocr`, and OCRopus, Kraken …: HTML whose
 * `ocr_line` elements carry `title="bbox x0 y0 x1 y1"`) and ALTO XML (the library standard for
 * digitised newspapers: `<TextLine HPOS VPOS WIDTH HEIGHT>` of `<String CONTENT>`). Each text line is
 * one block with its box, read like OCR JSON. Parsed with parse5, which takes both.
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
