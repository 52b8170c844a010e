import { profileText } from '../text-profile.ts';
import { SETTINGS } from '../settings.ts';
import { countOf } from '../text-utils.ts';
import { looksPtt, pttRecords } from './ptt.ts';
import {
  findDelimiter,
  jsonArrayLines,
  jsonArrayRecords,
  looksLikeCsv,
  tableRecords,
  parseCsv,
  parseDelimited,
  parseJsonLines,
  type SourceRecord,
} from './records.ts';
import { layOut, ocrBlocks, TESSERACT_TSV_HEADER, tesseractBlocks, type OcrBlock, type OcrLayout } from './ocr.ts';
import { layoutBlocks, looksLikeLayout } from './layout.ts';
import { joinWords, wordSpacing, type WordSpacing } from './word-spaced.ts';
import { looksTagged, taggedRecords } from './tagged.ts';
import { dropFrontMatter, hasMarkdownMarkup, stripMarkdown } from './markdown.ts';
import { isInlineLabelled, labelledRecords, looksLabelled } from './labelled.ts';
import { joinVerticalRuns, type VerticalRuns } from './vertical-runs.ts';
import { unifyRadicals } from './radicals.ts';
import {
  abbyyBlocks,
  altoBlocks,
  hocrBlocks,
  looksAbbyy,
  looksAlto,
  looksHocr,
  looksPageXml,
  looksPdfBbox,
  pageXmlBlocks,
  pdfBboxBlocks,
} from './ocr-markup.ts';
import { dropInvisibles } from './invisibles.ts';
import { blockRecords, looksLikeBlockRecords } from './blocks.ts';
import { markdownArchiveRecords, markdownTableRecords } from './markdown-records.ts';
import { paddleResultBlocks } from './ocr-tools.ts';

/** The input formats a page can come in. */
export const PAGE_FORMATS = [
  'column-text',
  'paragraph-lines',
  'layout-text',
  'delimited',
  'tsv',
  'csv',
  'jsonl',
  'json-records',
  'ocr-json',
  'ocr-tsv',
  'tagged',
  'labelled',
  'blocks',
  'ptt-posts',
  'hocr',
  'alto',
  'pdf-bbox',
  'abbyy',
  'page-xml',
] as const;
export type PageFormat = (typeof PAGE_FORMATS)[number];

/** A page read through its format's adapter into what the segmenter works on. */
export type SourceDocument =
  | {
      readonly format: 'column-text' | 'paragraph-lines';
      readonly kind: 'text';
      readonly text: string;
      readonly evidence: string;
      readonly uncertain?: boolean;
    }
  | {
      readonly format: 'delimited' | 'tsv' | 'csv' | 'jsonl' | 'json-records' | 'tagged' | 'labelled' | 'blocks' | 'ptt-posts';
      readonly kind: 'records';
      readonly records: SourceRecord[];
      readonly evidence: string;
    }
  | {
      readonly format: 'ocr-json' | 'ocr-tsv' | 'hocr' | 'alto' | 'pdf-bbox' | 'abbyy' | 'page-xml';
      readonly kind: 'ocr';
      readonly layout: OcrLayout;
      readonly evidence: string;
    }
  | {
      readonly format: 'layout-text';
      readonly kind: 'ocr';
      readonly layout: OcrLayout;
      readonly evidence: string;
      /** The page as printed: its lines are what units cite. */
      readonly text: string;
    };

/** What an OCR page's boxes tell of its reading order, for its summary. */
function boxesEvidence(blocks: readonly OcrBlock[], layout: OcrLayout): string {
  const boxed = blocks.filter((block) => block.box).length;
  if (boxed === blocks.length)
    return `all with boxes (reading order from the boxes${layout.vertical ? '; vertical text, columns read right to left' : ''}${(layout.orderRules ?? []).map((rule) => `; ${rule}`).join('')})`;
  return boxed === 0 ? 'no boxes (file order)' : `${boxed} with boxes (file order: not every block has one)`;
}

/** A page that is in no format the ingest knows, or whose format contradicts itself. */
export class FormatError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null = null) {
    super(message);
    this.name = 'FormatError';
    this.line = line;
  }
}

const describeDelimiter = (delimiter: string) => (delimiter === '\t' ? 'tab' : `\`${delimiter}\``);

/**
 * A JSON document wrapped in a JSONP callback (`data_callback([…])`, `jQuery123({…});`): the document is the group. A
 * comment before or after it (a block comment, a line comment) and a `try{…}catch(e){}` around it are the API's wrapping too.
 */
const JSONP =
  /^\ufeff?\s*(?:\/\*[\s\S]*?\*\/\s*)?(?:try\s*\{\s*)?[A-Za-z_$][\w$.]*\s*\(\s*([[{][\s\S]*[\]}])\s*\)\s*;?\s*(?:\}\s*catch\s*\([^)]*\)\s*\{[^{}]*\}\s*)?(?:\/\/[^\n]*\s*|\/\*[\s\S]*?\*\/\s*)*$/u;

/** A version-control conflict marker alone on a line (`<<<<<<< HEAD`, `=======`, `>>>>>>> branch`). */
const CONFLICT_MARKER = /^(?:<{7}(?:\s.*)?|={7}|>{7}(?:\s.*)?)$/u;

/**
 * Rule `appended-arrays`: a crawler that appends each run's JSON array to the same file (Scrapy's `-o items.json` does)
 * writes `][` between runs, and a run cut short leaves its array open; the file is no JSON document, but every record
 * stands whole on a line of its own (`{…},`). Read so, record by record, where every other line is only brackets and
 * commas; otherwise null (the file is refused as JSON that does not parse).
 */
function appendedArrays(text: string): SourceDocument | null {
  const lines = text.split('\n');
  const structure = (raw: string) => /^[\s[\],]*$/u.test(raw) && /[[\]]/u.test(raw);
  if (!lines.some(structure) || !lines.some((raw) => raw.trimStart().startsWith('{'))) return null;
  // (The bracket lines blanked, so each record keeps its line number.)
  const { records, bad, titleOnly, rows } = parseJsonLines(lines.map((raw) => (structure(raw) ? '' : raw)).join('\n'));
  if (rows || records.length === 0 || bad.length > 0) return null;
  const arrays = lines.filter((raw) => structure(raw) && raw.includes('[')).length;
  return {
    format: 'json-records',
    kind: 'records',
    records,
    evidence: `${records.length - titleOnly} article objects${titleOnly > 0 ? ` and ${titleOnly} with a title and no text` : ''}, one to a line, in ${arrays} JSON arrays written one after another (rule appended-arrays: the file is no single JSON document)`,
  };
}

function readJson(text: string, name: string): SourceDocument {
  let value: unknown;
  const callback = JSONP.exec(text);
  try {
    // (Its lines stay the file's lines: the callback's name stands before the document on its first line.)
    value = JSON.parse(callback?.[1] ?? text);
  } catch (error) {
    const appended = appendedArrays(text);
    if (appended) return appended;
    const message = (error as Error).message;
    const at = /position (\d+)/u.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : null;
    // (A merge left in the file: which side's records to keep is the user's to decide, not the ingest's.)
    const rows = text.split('\n');
    const marker = rows.findIndex((raw) => CONFLICT_MARKER.test(raw));
    if (marker >= 0)
      throw new FormatError(
        `looks like JSON but holds a version-control merge conflict (\`${rows[marker]!.trim().slice(0, 20)}\`): resolve it, keeping one side's records, and ingest again`,
        marker + 1,
      );
    throw new FormatError(`looks like JSON (it starts with \`${text.trimStart()[0]}\`) but does not parse: ${message}`, line);
  }
  // Articles first: an object with a title and a content field is a crawler's record, not a text block.
  const records = jsonArrayRecords(value, text);
  const wrapped = callback ? ' (in a JSONP callback)' : '';
  if (records?.some((record) => record.title !== ''))
    return { format: 'json-records', kind: 'records', records, evidence: `${records.length} article objects with title/body fields${wrapped}` };
  const blocks = ocrBlocks(value);
  if (blocks && blocks.length > 0) {
    const layout = layOut(blocks);
    return { format: 'ocr-json', kind: 'ocr', layout, evidence: `${blocks.length} OCR text blocks, ${boxesEvidence(blocks, layout)}` };
  }
  if (records) return { format: 'json-records', kind: 'records', records, evidence: `${records.length} article objects with title/body fields${wrapped}` };
  const table = tableRecords(value, text);
  if (table)
    return {
      format: 'json-records',
      kind: 'records',
      records: table,
      evidence: `${table.length} records of a table written as JSON (a data frame's to_json: rule table-json)${wrapped}`,
    };
  const keys =
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.keys(value).slice(0, 6).join(', ')
      : Array.isArray(value)
        ? `an array of ${value.length}`
        : typeof value;
  throw new FormatError(
    `${name} is JSON but neither OCR output (no list of text blocks with text and box fields) nor a list of articles (no objects with title and content fields); it holds ${keys}`,
  );
}

/**
 * Decide a page's format from its text (and its file name's extension as a hint), and read it
 * through that format's adapter. `override` names the format instead of detecting it.
 *
 * - JSON (`{`/`[` first): OCR output (a list of text blocks) or a list of articles;
 * - Tesseract TSV (its header row `level\tpage_num\t…\ttext`): OCR text lines with boxes;
 * - ALTO XML and hOCR: OCR text lines with boxes;
 * - records in SGML/XML style (a news corpus: Sogou, TREC, Gigaword; RSS/Atom; an XML dump): one article per record;
 * - labelled records (`标题：…`, `来源：…`, `正文：…` one field per line): one article per record;
 * - JSON Lines: nearly every non-empty line a JSON object with a body field;
 * - CSV: a `.csv` name, or a first line of comma-separated field names that name a title or body (`title,content,date`);
 * - TSV / delimited: nearly every line holds the same delimiter after a short title;
 * - blocks: a title line over its text, the records set apart by blank lines or rules (formats/blocks.ts), or a
 *   crawler's Markdown archive, a story under each heading of one level with its source or link (formats/markdown-records.ts);
 * - layout text: columns side by side on each line, set apart by runs of spaces (`pdftotext -layout`);
 * - otherwise text: one paragraph per line (long lines, most ending a sentence) or printed column lines.
 *
 * Throws a {@link FormatError} for JSON that is neither OCR output nor articles, and for a file
 * that mixes JSON Lines with other lines.
 */
export function readDocument(text: string, name: string, override?: PageFormat): SourceDocument {
  // Radical code points a PDF extraction put for characters (`⻓` for `长`) are read as those characters (formats/radicals.ts).
  // Zero-width spaces, soft hyphens and the like print nothing and split words: the page is read without them.
  // A byte-order mark opening the file is the encoding's, not the text's: decoding has taken it.
  const visible = dropInvisibles(text);
  const unified = unifyRadicals(visible.text);
  const document = readMarkup(unified.text, name, override);
  const what = [
    unified.replaced > 0 && `${countOf(unified.replaced, 'radical code point')} (a PDF extraction's, e.g. ⻓ for 长) read as the characters they stand for`,
    visible.dropped > 0 && `${countOf(visible.dropped, 'invisible character')} (zero-width spaces, soft hyphens) dropped`,
  ].filter(Boolean);
  return what.length === 0 ? document : { ...document, evidence: `${document.evidence}; ${what.join('; ')}` };
}

function readMarkup(source: string, name: string, override?: PageFormat): SourceDocument {
  // A static site's or an exporter's front matter is no printed text: read without it, but for its title (said).
  const front = dropFrontMatter(source);
  const text = front?.text ?? source;
  if (front) {
    const document = readMarkupBody(text, name, override);
    return { ...document, evidence: `${document.evidence}; a YAML front matter (lines 1–${front.lines}) read as its title alone` };
  }
  return readMarkupBody(text, name, override);
}

function readMarkupBody(text: string, name: string, override?: PageFormat): SourceDocument {
  // A crawler's archive of stories in Markdown, each under a heading with its source or link (formats/markdown-records.ts).
  // (Only a page with a heading or a table row is asked: most pages have neither, and are not split for it.)
  if ((override === undefined || override === 'blocks') && !/^\ufeff?\s*[[{<]/u.test(text) && /^ {0,3}(?:#|\|)/mu.test(text)) {
    const lines = text.split('\n');
    const table = markdownTableRecords(lines);
    if (table)
      return {
        format: 'delimited',
        kind: 'records',
        records: table,
        evidence: `${override ? 'named with --format; ' : ''}a Markdown table of ${table.length} rows (rule markdown-table), its columns named by its header`,
      };
    const records = markdownArchiveRecords(lines);
    if (records) {
      const stories = records.filter((record) => record.kind === undefined).length;
      return {
        format: 'blocks',
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${stories === 1 ? '1 story' : `${stories} stories`} each under a Markdown heading with its source, time or link (a crawler's archive in Markdown: rule markdown-records), titles from the headings; ${records.length - stories} of the page's own headings and lines`,
      };
    }
  }
  // A PDF-to-Markdown converter's markup (image links, HTML tables, links) is no printed text: the
  // page is read without it, and its summary says so (formats/markdown.ts). JSON and XML pages keep theirs.
  if (!/^\ufeff?\s*[[{<]/u.test(text) && hasMarkdownMarkup(text)) {
    const cleaned = stripMarkdown(text);
    const document = readFormat(cleaned.text, name, override);
    const removed = [
      cleaned.images && `${countOf(cleaned.images, 'image link')} dropped`,
      cleaned.tables && `${countOf(cleaned.tables, 'HTML table')} read as text`,
      cleaned.links && `${countOf(cleaned.links, 'link')} read as text`,
    ].filter(Boolean);
    return { ...document, evidence: `${document.evidence}; a PDF-to-Markdown converter's markup: ${removed.join(', ')}` };
  }
  return readFormat(text, name, override);
}

function readFormat(text: string, name: string, override?: PageFormat): SourceDocument {
  const extension = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  const trimmed = text.trimStart();
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const jsonish = filled.filter((line) => line.trimStart().startsWith('{')).length;
  // A word-segmented corpus copy (formats/word-spaced.ts): judged only for pages read as text.
  let spacing: WordSpacing | undefined;
  const words = () => (spacing ??= wordSpacing(lines));
  const joinedLines = () => lines.map((line) => joinWords(line, words().tagged));
  // A text page as the segmenter reads it: words joined (a word-segmented copy), headlines set vertically on one line.
  let vertical: VerticalRuns | undefined;
  const textLines = () => (vertical ??= joinVerticalRuns(words().segmented ? joinedLines() : lines));
  // Its shape, measured once: detection asks it, and so does the text page's summary.
  let shape: ReturnType<typeof profileText> | undefined;
  const textProfile = () => (shape ??= profileText(textLines().lines));
  // A PaddleOCR results file: an image's name and its text boxes as JSON on each line (rule `paddle-results`).
  if (override === undefined || override === 'ocr-json') {
    const blocks = /\t\s*\[/u.test(text) ? paddleResultBlocks(text) : null;
    if (blocks) {
      const layout = layOut(blocks);
      const images = filled.length;
      return {
        format: 'ocr-json',
        kind: 'ocr',
        layout,
        evidence: `${override ? 'named with --format; ' : ''}a PaddleOCR results file (an image's name and its text boxes as JSON on each line: rule paddle-results), ${images === 1 ? '1 image' : `${images} images set one under another`}: ${blocks.length} OCR text blocks, ${boxesEvidence(blocks, layout)}`,
      };
    }
  }
  const format = override ?? detect();

  function detect(): PageFormat {
    if (
      jsonish >= 2 &&
      jsonish / filled.length >= SETTINGS.format.jsonLinesShare &&
      filled.every((line) => line.trimStart().startsWith('{') === true || line.trim() === '')
    )
      return 'jsonl';
    if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
    // (A row a line, each a JSON list of cells: rule `table-json`.)
    if (jsonArrayLines(text)) return 'jsonl';
    if (extension === 'json') return 'ocr-json';
    if (TESSERACT_TSV_HEADER.test(lines[0]?.replace(/^\ufeff/u, '') ?? '')) return 'ocr-tsv';
    if (looksPdfBbox(text)) return 'pdf-bbox';
    if (looksAlto(text)) return 'alto';
    if (looksPageXml(text)) return 'page-xml';
    if (looksAbbyy(text)) return 'abbyy';
    if (looksHocr(text)) return 'hocr';
    // News reposted on PTT, its posts cut at their `[新聞]` subject lines (formats/ptt.ts).
    if (looksPtt(lines)) return 'ptt-posts';
    if (looksTagged(text)) return 'tagged';
    if (looksLabelled(lines)) return 'labelled';
    if (extension === 'csv' || looksLikeCsv(filled)) return 'csv';
    const delimiter = findDelimiter(lines);
    if (delimiter === '\t') return 'tsv';
    if (delimiter) return 'delimited';
    // A JSON document without the ending (a `[视频]…` title opens many a crawler line, so try it).
    if (/^[[{]/u.test(trimmed) && /[\]}]\s*$/u.test(text)) return 'ocr-json';
    // A JSON document inside a JSONP callback, as a site's API returns it (`data_callback([…])`, rule `jsonp`).
    if (JSONP.test(text)) return 'json-records';
    if (
      /^(?:\ufeff)?\s*<(?:!doctype\s+html|html|head|body|div|p|article)\b/iu.test(text) ||
      (text.match(/<\/?(?:p|div|br|span|a)\b[^>]*>/giu)?.length ?? 0) > filled.length
    )
      throw new FormatError(
        'looks like HTML (tags in nearly every line); extract the article text first (or save the crawler’s title and content fields as JSON Lines)',
        1,
      );
    if (jsonish >= 2 && jsonish / filled.length >= 0.3)
      throw new FormatError(
        `mixes JSON Lines (${jsonish} of ${filled.length} lines start with \`{\`) with other text; split it into one format per file, or name one with --format`,
        lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('{')) + 1,
      );
    // A crawler's title-and-text blocks between blank lines (formats/blocks.ts).
    if (!words().segmented && textProfile().longLines && looksLikeBlockRecords(lines)) return 'blocks';
    // Words set apart by spaces are no columns side by side: read the text they make.
    if (words().segmented) return textProfile().longLines ? 'paragraph-lines' : 'column-text';
    if (looksLikeLayout(lines)) return 'layout-text';
    return textProfile().longLines ? 'paragraph-lines' : 'column-text';
  }

  switch (format) {
    case 'ocr-json':
    case 'json-records':
      return readJson(text, name);
    case 'jsonl': {
      const { records, bad, titleOnly, rows } = parseJsonLines(text);
      if (records.length === 0) throw new FormatError('read as JSON Lines, but no line is a JSON object with a title/content field', bad[0] ?? null);
      if (bad.length > 0)
        throw new FormatError(
          `read as JSON Lines, but ${bad.length} of ${bad.length + records.length} lines are not JSON objects with a content field (first: line ${bad[0]})`,
          bad[0]!,
        );
      return {
        format,
        kind: 'records',
        records,
        evidence: rows
          ? `${override ? 'named with --format; ' : ''}${records.length} rows, each a JSON list of cells (rule table-json), title and text told by the columns' names or contents`
          : `${override ? 'named with --format; ' : ''}${records.length - titleOnly} JSON objects with a content field${titleOnly > 0 ? `, ${titleOnly} with a title and no text` : ''}`,
      };
    }
    case 'csv': {
      let parsed: ReturnType<typeof parseCsv>;
      try {
        parsed = parseCsv(text);
      } catch (error) {
        const at = /line (\d+)/u.exec((error as Error).message);
        throw new FormatError(`read as CSV, but it does not parse: ${(error as Error).message}`, at ? Number(at[1]) : null);
      }
      const { records, header } = parsed;
      if (records.length === 0 || records.every((record) => record.paragraphs.length === 0 && record.title === ''))
        throw new FormatError('read as CSV, but no row has a title or body field (name the columns in a header row: title, content)', header);
      return {
        format,
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${records.length} CSV rows${header ? `, header row at line ${header}` : ', no header row'}`,
      };
    }
    case 'ocr-tsv': {
      const blocks = tesseractBlocks(text);
      if (blocks.length === 0) throw new FormatError('read as Tesseract TSV output, but it holds no recognised word', 2);
      return {
        format,
        kind: 'ocr',
        layout: layOut(blocks),
        evidence: `${override ? 'named with --format; ' : ''}Tesseract TSV: ${blocks.length} text lines with boxes (reading order from the boxes)`,
      };
    }
    case 'layout-text': {
      const blocks = layoutBlocks(text);
      const perLine = new Map<number, number>();
      for (const block of blocks) perLine.set(block.n, (perLine.get(block.n) ?? 0) + 1);
      const columns = [...perLine.values()].filter((count) => count >= 2).length;
      return {
        format,
        kind: 'ocr',
        layout: layOut(blocks, true),
        text,
        evidence: `${override ? 'named with --format; ' : ''}columns side by side on ${columns} lines (${blocks.length} runs of text set apart by spaces), read column by column`,
      };
    }
    case 'hocr':
    case 'alto':
    case 'pdf-bbox':
    case 'abbyy':
    case 'page-xml': {
      const reader = { alto: altoBlocks, hocr: hocrBlocks, 'pdf-bbox': pdfBboxBlocks, abbyy: abbyyBlocks, 'page-xml': pageXmlBlocks }[format];
      const blocks = reader(text);
      const what = {
        alto: 'ALTO XML',
        hocr: 'hOCR',
        'pdf-bbox': 'pdftotext -bbox/-bbox-layout output (a PDF page with its boxes)',
        abbyy: 'ABBYY FineReader XML',
        'page-xml': 'PAGE XML',
      }[format];
      if (blocks.length === 0)
        throw new FormatError(
          `read as ${what}, but it holds no text line${format === 'pdf-bbox' ? ' (a scanned PDF page has no text layer: run OCR on its image instead)' : ''}`,
          1,
        );
      const layout = layOut(blocks);
      return {
        format,
        kind: 'ocr',
        layout,
        evidence: `${override ? 'named with --format; ' : ''}${what}: ${blocks.length} text lines, ${boxesEvidence(blocks, layout)}`,
      };
    }
    case 'tagged': {
      const records = taggedRecords(text);
      if (records.every((record) => !record.title && record.paragraphs.length === 0))
        throw new FormatError(
          'read as records in SGML/XML style (it opens with a tag), but no element holds a title or body field (`<contenttitle>`/`<headline>`/`<title>`, `<content>`/`<text>`/`<description>`); extract the article text first, or name a text format with --format',
          1,
        );
      return {
        format,
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${records.length} records in SGML/XML style (a news corpus such as Sogou, TREC or Gigaword, a feed, an XML dump), title and text from their fields`,
      };
    }
    case 'labelled': {
      const records = labelledRecords(lines);
      if (records.every((record) => !record.title && record.paragraphs.length === 0))
        throw new FormatError('read as labelled records (`标题：…`, `正文：…`), but no record has a title or body', 1);
      return {
        format,
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${records.length} labelled records (\`标题：\`/\`正文：\` fields, ${isInlineLabelled(lines) ? 'each record on one line: rule inline-labels' : 'one per line'}), title and text from their fields`,
      };
    }
    case 'ptt-posts': {
      const records = pttRecords(lines);
      return {
        format,
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${records.length} PTT posts of news, cut at their \`[新聞]\` subject lines`,
      };
    }
    case 'blocks': {
      const records = blockRecords(lines);
      return {
        format,
        kind: 'records',
        records,
        evidence: `${override ? 'named with --format; ' : ''}${records.length} records, each a title line over its text, set apart by blank lines or rules`,
      };
    }
    case 'tsv':
    case 'delimited': {
      const delimiter = format === 'tsv' ? '\t' : findDelimiter(lines);
      if (!delimiter) throw new FormatError('read as a delimited record file, but no delimiter stands in nearly every line');
      const { records, header } = parseDelimited(text, delimiter);
      return {
        format,
        kind: 'records',
        records,
        evidence: `${records.length} records, title and body split by ${describeDelimiter(delimiter)}${header ? `, header row at line ${header}` : ''}`,
      };
    }
    default: {
      const segmented = words().segmented;
      const { lines: read, runs } = textLines();
      const profile = textProfile();
      // Only one weak signal for the shape: narrow lines, about half of them ending a sentence.
      const uncertain =
        !override &&
        profile.medianWidth <= SETTINGS.format.paragraphLineWidth &&
        Math.abs(profile.sentenceShare - SETTINGS.format.paragraphSentenceShare) < SETTINGS.format.uncertainSentenceBand;
      const { spaced, judged, tagged } = words();
      return {
        format,
        kind: 'text',
        text: segmented || runs.length > 0 ? read.join('\n') : text,
        uncertain,
        evidence: `${override ? 'named with --format; ' : ''}${segmented ? `words set apart by spaces on ${spaced} of ${judged} lines (a word-segmented corpus copy${tagged ? ' with part-of-speech tags' : ''}), read with the spaces${tagged ? ' and tags' : ''} removed; ` : ''}${runs.length > 0 ? `${runs.length === 1 ? 'a headline' : `${runs.length} headlines`} set vertically, one or two characters per line (lines ${runs.map(([from, to]) => `${from}–${to}`).join(', ')}), read as one line each; ` : ''}median line ${profile.medianWidth} characters wide; ${Math.round(profile.sentenceShare * 100)}% of text lines end a sentence; ${Math.round(profile.columnShare * 100)}% at the common width${uncertain ? ' (uncertain)' : ''}`,
      };
    }
  }
}

/**
 * What a reader sees of each provenance unit of a page, indexed by its number − 1: the text
 * lines of a text page; each record's printed title and body at its line of a record file
 * (JSON and delimiters never shown); each OCR block's text, in the file's order.
 */
export function sourceLines(document: SourceDocument): string[] {
  if (document.kind === 'text') return document.text.split('\n');
  if (document.format === 'layout-text') return document.text.split('\n');
  if (document.kind === 'ocr') {
    const byBlock: string[] = [];
    document.layout.text.split('\n').forEach((line, index) => {
      const block = document.layout.blockOfLine[index]!;
      // A block laid out as two lines (a pdftotext line split at a gutter) shows both parts at its number.
      const text = line.replace(/^#{1,6} /u, '').trim();
      if (block > 0) byBlock[block - 1] = byBlock[block - 1] ? `${byBlock[block - 1]}　${text}` : text;
    });
    return Array.from(byBlock, (line) => line ?? '');
  }
  const lines: string[] = [];
  for (const record of document.records) {
    const onLine = (line: number) => record.paragraphs.filter((_, index) => (record.paragraphLines?.[index] ?? record.line) === line);
    lines[record.line - 1] = [record.title, ...onLine(record.line), record.byline ?? ''].filter(Boolean).join('　');
    for (const line of new Set(record.paragraphLines ?? [])) if (line !== record.line) lines[line - 1] = onLine(line).join('　');
  }
  return Array.from(lines, (line) => line ?? '');
}
