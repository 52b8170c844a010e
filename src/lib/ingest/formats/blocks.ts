import { SETTINGS } from '../settings.ts';
import { LEAD_BYLINE, WEB_COPY_META } from '../patterns.ts';
import { SEPARATOR } from './labelled.ts';
import { paragraphsOf, type SourceRecord } from './records.ts';

/** What a title never ends on: a full stop, semicolon, comma or colon (a question or an exclamation may end one). */
const NOT_TITLE_END = /[。；;，,、：:]$/u;

/** The page's runs of lines between separators, each as its 1-based line numbers and texts. */
function blocksOf(lines: readonly string[]): { line: number; text: string }[][] {
  const blocks: { line: number; text: string }[][] = [];
  let current: { line: number; text: string }[] = [];
  lines.forEach((text, index) => {
    if (SEPARATOR.test(text)) {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push({ line: index + 1, text });
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** A line a crawler wrote as a record's title: Han text, no longer than a title, ending on no clause, no speaker's turn (`问：…`). */
const titleShaped = (text: string) => {
  const trimmed = text.trim();
  return (
    /\p{Script=Han}/u.test(trimmed) &&
    [...trimmed].length <= SETTINGS.format.recordTitleMax &&
    !NOT_TITLE_END.test(trimmed) &&
    !LEAD_BYLINE.test(trimmed) &&
    !SPEAKER_TURN.test(trimmed)
  );
};

/** A turn of an interview or a Q&A: `问：…`, `答：…`, `记者：…`, `Q：…`. */
const SPEAKER_TURN = /^(?:问|答|問|記者|记者|主持人|Q|A)\s*[：:]/u;

/** A record's time and source under its title, as a site prints them (`2024-01-14 08:30 来源：某某日报`): metadata, not text. */
const isMeta = (text: string) => WEB_COPY_META.test(text.trim());

/**
 * Rule `blank-line-records`: a crawler dump that writes each article as its title on one line, its text on the line
 * under it, and a blank line (or a rule, `=====`) after it. Read so only when the page is nothing else: at least
 * `format.blockRecordsMin` blocks, each a title-shaped line over one line of text at least `format.recordBodyMin`
 * characters long and longer than the title (`format.blockRecordsThreeLine` of them may hold one line more: a tag
 * line under the title); a site's time and source line between (`2024-01-14 08:30 来源：…`) is metadata, and a page of
 * speakers' turns (`问：…` / `答：…`) is an interview, not records. A page of whole paragraphs with a blank line after each has blocks of one line; a newspaper
 * page with a blank line between its stories has blocks of several paragraphs, decks and bylines: neither is read
 * so (the segmenter reads them, as it reads a record file's articles badly set apart).
 */
export function looksLikeBlockRecords(lines: readonly string[]): boolean {
  const blocks = blocksOf(lines);
  if (blocks.length < SETTINGS.format.blockRecordsMin) return false;
  const texts = blocks.map((block) => [block[0]!, ...block.slice(1).filter((entry) => !isMeta(entry.text))]);
  const shaped = texts.every((block) => {
    if (block.length < 2 || block.length > 3 || !titleShaped(block[0]!.text) || SPEAKER_TURN.test(block[1]!.text.trim())) return false;
    const text = [...block.at(-1)!.text.trim()].length;
    return text >= SETTINGS.format.recordBodyMin && text > [...block[0]!.text.trim()].length;
  });
  return shaped && texts.filter((block) => block.length === 3).length <= blocks.length * SETTINGS.format.blockRecordsThreeLine;
}

/** The records of a {@link looksLikeBlockRecords} page: each block's first line its title, the rest its text. */
export function blockRecords(lines: readonly string[]): SourceRecord[] {
  return blocksOf(lines).map((block) => {
    // (The time and source line is the record's metadata, as a date field is: not published.)
    const body = block
      .slice(1)
      .filter((entry) => !isMeta(entry.text))
      .flatMap((entry) => paragraphsOf(entry.text).map((paragraph) => ({ paragraph, line: entry.line })));
    return {
      line: block[0]!.line,
      title: paragraphsOf(block[0]!.text).join(' '),
      paragraphs: body.map((entry) => entry.paragraph),
      paragraphLines: body.map((entry) => entry.line),
      byline: null,
    };
  });
}
