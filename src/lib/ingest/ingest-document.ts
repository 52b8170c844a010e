import { bothScripts } from './patterns.ts';
import { emptyUnit, inferTitle } from './split-units.ts';
import { ingestPage, recordsToPage, type IngestPageOptions, type PageResult } from './ingest-page.ts';
import type { PageFormat, SourceDocument } from './formats/detect.ts';
import { isPageCode, type SourceRecord } from './formats/records.ts';
import type { Unit } from './types.ts';
import { flagPage, SEGMENTER_FLAGS } from './flags.ts';
import { countOf } from './text-utils.ts';

/**
 * A record without the paragraphs of its text that are page code (rule `page-code`), and those paragraphs. Where the
 * record runs over several lines, the lines the code stood on stay the record's: each goes with the paragraph before it
 * (or, before the first, the first), so the unit still cites the record's whole run of lines.
 */
function withoutPageCode(record: SourceRecord): { record: SourceRecord; code: string[] } {
  const keep = record.paragraphs.map((paragraph) => !isPageCode(paragraph));
  if (keep.every(Boolean)) return { record, code: [] };
  const kept = <T>(list: readonly T[]) => list.filter((_, index) => keep[index]);
  const extraLines: number[][] = record.paragraphs.map((_, index) => [...(record.extraLines?.[index] ?? [])]).filter((_, index) => keep[index]);
  if (record.paragraphLines && extraLines.length > 0) {
    let owner = -1;
    keep.forEach((isText, index) => {
      if (isText) owner++;
      else extraLines[Math.max(0, owner)]!.push(record.paragraphLines![index]!, ...(record.extraLines?.[index] ?? []));
    });
  }
  return {
    record: { ...record, paragraphs: kept(record.paragraphs), ...(record.paragraphLines ? { paragraphLines: kept(record.paragraphLines), extraLines } : {}) },
    code: record.paragraphs.filter((_, index) => !keep[index]),
  };
}

const excerpt = (text: string) => ([...text].length > 40 ? `${[...text].slice(0, 40).join('')}…` : text);

/** A page ingested through its format's adapter. */
export interface DocumentResult extends PageResult {
  readonly format: PageFormat;
  /** Why the format was chosen (or that it was named with `--format`). */
  readonly formatEvidence: string;
  /** The printed text of the page (no JSON or delimiter syntax): what the "nothing lost" check counts. */
  readonly printed: string;
  /** How the file was decoded (set by the folder reader). */
  readonly encoding?: string;
  /** The page probably did not segment (a unit holds nearly all of it, no start signal, glued leads, printed columns read out of order). */
  readonly unsegmented: boolean;
}

/** Set each unit's flags ({@link flagPage}) and the page's verdict. */
function withFlags<T extends PageResult>(
  result: T,
  options: { formatUncertain?: boolean; structured?: boolean; printedColumns?: boolean },
): T & { unsegmented: boolean } {
  const flags = flagPage(result.articles, { ...options, startRules: result.startRules });
  for (const article of result.articles)
    article.flags = [...article.flags.filter((flag) => (SEGMENTER_FLAGS as ReadonlySet<string>).has(flag)), ...(flags.byUnit.get(article.id) ?? [])];
  return { ...result, unsegmented: flags.unsegmented };
}

/** Text formats of printed columns (an extraction's or OCR's lines), where a headless or broken-off unit is suspect. */
const PRINTED_COLUMNS: ReadonlySet<string> = new Set(['column-text', 'layout-text']);

/** A title naming a video, a gallery or a broadcast rather than a story. */
const MEDIA_TITLE = bothScripts(/视频|完整版|图集|组图|直播|回放|音频/u);

function recordUnit(record: SourceRecord): Unit {
  const title = record.title.trim();
  // A record with a title and no body: a video or gallery link (`新闻联播完整版视频`) is no article;
  // any other is still the story its title names, whose text the crawler lost: an article, flagged `no-body`.
  const unit = emptyUnit(record.kind ?? (record.paragraphs.length === 0 && MEDIA_TITLE.test(title) ? 'furniture' : 'article'));
  // (A page's heading or its line of its own is named by its text, which it prints: no title inferred, no head.)
  const named = record.kind !== undefined && title === '';
  unit.title = title || (named ? record.paragraphs.join(' ') : inferTitle(record.paragraphs.join('')));
  unit.titleInferred = title === '' && !named;
  unit.byline = record.byline;
  unit.headLines = named ? [] : [record.line];
  unit.blocks = record.paragraphs.map((text, index) => ({
    type: 'paragraph' as const,
    text,
    lines: [record.paragraphLines?.[index] ?? record.line, ...(record.extraLines?.[index] ?? [])],
  }));
  return unit;
}

/**
 * Ingest a page read through its format's adapter: text pages go through the segmenter; OCR
 * blocks are laid out as text, segmented, and cited by block number; a crawler's records are
 * one article each, as the crawler stored them.
 */
export function ingestDocument(document: SourceDocument, options: IngestPageOptions): DocumentResult {
  const result = ingestDocumentUnits(document, options);
  const unreadable = privateUseWarning(result.printed, document.kind === 'text');
  return unreadable ? { ...result, warnings: [...result.warnings, unreadable] } : result;
}

/** Characters in Unicode's Private Use Areas: what a PDF font without a Unicode map extracts to. */
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;

/**
 * A warning when the printed text holds private-use characters: the source's fonts map those glyphs
 * to no character, so the words they print cannot be read (the extraction needs another tool, or OCR).
 * Never silent: nothing else in the output would show the loss.
 */
function privateUseWarning(printed: string, lined: boolean): DocumentResult['warnings'][number] | null {
  const found = printed.match(PRIVATE_USE);
  if (!found) return null;
  const at = printed.search(PRIVATE_USE);
  const line = lined ? printed.slice(0, at).split('\n').length : null;
  return {
    line,
    message: `${countOf(found.length, 'character')} in Unicode's Private Use Area (such as U+${found[0]!.codePointAt(0)!.toString(16).toUpperCase()}): the source's fonts map these glyphs to no character, so their words cannot be read; extract the page with another tool, or OCR it`,
  };
}

function ingestDocumentUnits(document: SourceDocument, options: IngestPageOptions): DocumentResult {
  const base = { format: document.format, formatEvidence: document.evidence };
  if (document.kind === 'text')
    return {
      ...withFlags(ingestPage(document.text, options), { formatUncertain: document.uncertain, printedColumns: PRINTED_COLUMNS.has(document.format) }),
      ...base,
      printed: document.text,
    };
  if (document.kind === 'ocr') {
    const result = withFlags(ingestPage(document.layout.text, { ...options, lineMap: document.layout.blockOfLine }), { printedColumns: true });
    return { ...result, ...base, printed: document.layout.text };
  }
  const cleaned = document.records.map(withoutPageCode);
  const records = cleaned.map(({ record }) => record).filter((record) => record.title.trim() !== '' || record.paragraphs.length > 0);
  // (A page's script or style kept with a record's text is not published, and the summary says so, record by record.)
  const code = cleaned
    .filter(({ code }) => code.length > 0)
    .map(({ record, code }) => ({
      line: record.line,
      message: `record text holds ${code.length === 1 ? 'a paragraph' : `${code.length} paragraphs`} of the page's script or style, not published: ${excerpt(code[0]!)}`,
    }));
  const result = withFlags(recordsToPage(records.map(recordUnit), options), { structured: true });
  const empty = cleaned
    .map(({ record }) => record)
    .filter((record) => !records.includes(record))
    .map((record) => ({ line: record.line, message: 'record has neither title nor body; skipped' }));
  // (A title-only record's other text, under a name not known for a story's text, is said, not silently dropped.)
  const unpublished = records
    .filter((record) => record.unpublished && record.unpublished.length > 0)
    .map((record) => ({
      line: record.line,
      message: `record has no text field; its field${record.unpublished!.length > 1 ? 's' : ''} ${record.unpublished!.map((key) => `\`${key}\``).join(', ')} hold${record.unpublished!.length > 1 ? '' : 's'} text that is not published (if it is the story's text, name the field \`content\`)`,
    }));
  const printed = records.map((record) => [record.title, ...record.paragraphs, record.byline ?? ''].join('\n')).join('\n');
  return { ...result, ...base, warnings: [...result.warnings, ...empty, ...unpublished, ...code], printed };
}
