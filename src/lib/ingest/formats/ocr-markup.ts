import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { OcrBlock } from './ocr.ts';

/**
 * OCR output in markup rather than JSON: hOCR (Tesseract's `hocr`, and OCRopus, Kraken …: HTML whose
 * `ocr_line` elements carry `title="bbox x0 y0 x1 y1"`) and ALTO XML (the library standard for
 * digitised newspapers: `<TextLine HPOS VPOS WIDTH HEIGHT>` of `<String CONTENT>`). Each text line is
 * one block with its box, read like OCR JSON. Parsed with parse5, which takes both.
 */

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (element: Element, name: string) => element.attrs.find((entry) => entry.name === name)?.value;
const childrenOf = (node: Element): Node[] => (node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes);

function elements(nodes: readonly Node[], test: (element: Element) => boolean, out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    else elements(childrenOf(node), test, out);
  }
  return out;
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : isElement(node) ? childrenOf(node).map(textOf).join('') : '';

/** Words joined as a line: no space between Chinese, one between two Latin words or numbers. */
function joinWords(words: readonly string[]): string {
  let out = '';
  for (const word of words.map((entry) => entry.trim()).filter(Boolean)) {
    if (out && /[A-Za-z0-9]$/u.test(out) && /^[A-Za-z0-9]/u.test(word)) out += ' ';
    out += word;
  }
  return out;
}

/** Whether a page is hOCR: elements of the `ocr_line` (or `ocr_page`) class. */
export const looksHocr = (text: string): boolean => /class\s*=\s*["'][^"']*\bocr_(?:line|page|par|carea)\b/u.test(text);

/** Whether a page is ALTO XML: an `<alto>` root with text lines. */
export const looksAlto = (text: string): boolean => /<alto[\s>]/iu.test(text) && /<TextLine\b/iu.test(text);

/** The text lines of an hOCR page, in file order, each with the box its `title` gives. */
export function hocrBlocks(text: string): OcrBlock[] {
  const lineClass = /\bocr_(?:line|textfloat|header|caption)\b/u;
  const lines = elements(parse(text).childNodes, (element) => lineClass.test(attribute(element, 'class') ?? ''));
  return lines.flatMap((line, index) => {
    const words = elements(childrenOf(line), (element) => /\bocrx_word\b/u.test(attribute(element, 'class') ?? ''));
    const lineText = words.length > 0 ? joinWords(words.map(textOf)) : textOf(line).replace(/\s+/gu, ' ').trim();
    if (!lineText) return [];
    const bbox = /\bbbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)/u.exec(attribute(line, 'title') ?? '');
    const box = bbox ? { x0: Number(bbox[1]), y0: Number(bbox[2]), x1: Number(bbox[3]), y1: Number(bbox[4]) } : null;
    return [{ n: index + 1, text: lineText, box }];
  });
}

/** The text lines of an ALTO page, in file order, each with its box (HPOS, VPOS, WIDTH, HEIGHT). */
export function altoBlocks(text: string): OcrBlock[] {
  const lines = elements(parse(text).childNodes, (element) => element.tagName === 'textline');
  return lines.flatMap((line, index) => {
    const strings = elements(childrenOf(line), (element) => element.tagName === 'string');
    const lineText = joinWords(strings.map((entry) => attribute(entry, 'content') ?? ''));
    if (!lineText) return [];
    const [x, y, width, height] = ['hpos', 'vpos', 'width', 'height'].map((name) => Number(attribute(line, name)));
    const box = [x, y, width, height].every((value) => Number.isFinite(value)) ? { x0: x!, y0: y!, x1: x! + width!, y1: y! + height! } : null;
    return [{ n: index + 1, text: lineText, box }];
  });
}
