import { isNameLine, MARKED_BYLINE, REPORTER_LINE } from '../patterns.ts';
import { SETTINGS } from '../settings.ts';
import type { SourceRecord } from './records.ts';

/**
 * News reposted on the PTT bulletin board (Taiwan), as crawls of its boards save them: each post opens with its subject
 * line (`[新聞] 藍營批情緒勒索地方 卓榮泰深夜還原原話`), then the story's headline, outlet and byline, either bare or under
 * the board's template (`1.媒體來源:` `2.記者署名:` `3.完整新聞標題:` `4.完整新聞內文:` `5.完整新聞連結` `6.備註:`), then its
 * text, wrapped at the board's width with a blank line between paragraphs, the link and the poster's remarks.
 */

/** A post's subject line: `[新聞] …`, or a reply to one, `Re: [新聞] …`. */
export const PTT_SUBJECT = /^(?:Re:\s*)?\[(?:新聞|新闻)\]\s*\S/u;

/** A field label of the board's news template and what follows it on its line: `2.記者署名:屈彥辰`. */
const TEMPLATE_FIELD =
  /^([1-6])\s*[.．、]\s*(?:媒體來源|媒体来源|記者署名|记者署名|完整新聞標題|完整新闻标题|完整新聞內文|完整新闻内文|完整新聞內容|完整新闻内容|完整新聞連結|完整新闻连结|備註|备注)[^:：]{0,60}[:：]?\s*(.*)$/u;

const URL = /^(?:https?:\/\/|www\.)\S+$/u;

/** The subject's board prefix: `[新聞] `, `Re: [新聞] `. */
const PTT_SUBJECT_PREFIX = /^\s*(?:Re:\s*)?\[(?:新聞|新闻)\]\s*/u;

/** Text with its white space and marks of either width dropped, to compare a subject with a headline. */
const squeeze = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '');

/**
 * A line of a post's head under its headline: short, ending no sentence, and standing alone (a blank line or the end
 * after it) unless short of the board's wrapping width: a paragraph's wrapped lines run to that width.
 */
function headLike(entry: Line, post: readonly Line[]): boolean {
  const text = entry.text.trim();
  const chars = [...text].length;
  if (chars > SETTINGS.format.pttHeadLineMax || /[。！？!?]$/u.test(text)) return false;
  // (A post's lines are consecutive: the line under this one stands at the next place.)
  const next = post[entry.line - post[0]!.line + 1];
  return chars < SETTINGS.format.pttWrapChars || !next || next.text.trim() === '';
}

/** A line a reporter's or outlet's credit: `記者李某／台北報導`, `（中央社記者葉某台北22日電）`, `ETtoday 張君豪`, `屈彥辰`. */
const isCredit = (text: string) =>
  MARKED_BYLINE.test(text) || REPORTER_LINE.test(text) || isNameLine(text) || /^[（(].*[电電报報][）)]$/u.test(text) || OUTLET_AND_NAME.test(text);

/** An outlet and a reporter's name: `ETtoday 張君豪`, `中時新聞網 楊雅婷`. */
const OUTLET_AND_NAME = /^\S+\s+[\p{Script=Han}]{2,4}$/u;

/** Whether a page is PTT posts: at least two subject lines, or one opening the page over the template's text label. */
export function looksPtt(lines: readonly string[]): boolean {
  const subjects = lines.filter((line) => PTT_SUBJECT.test(line.trim())).length;
  if (subjects >= 2) return true;
  const first = lines.find((line) => line.trim() !== '')?.trim() ?? '';
  return subjects === 1 && PTT_SUBJECT.test(first) && lines.some((line) => TEMPLATE_FIELD.exec(line.trim())?.[1] === '4');
}

interface Line {
  readonly line: number;
  readonly text: string;
}

/** The template field a line opens (its number and the value on the same line), or null. */
const fieldOf = (text: string) => {
  const match = TEMPLATE_FIELD.exec(text.trim());
  return match ? { number: match[1]!, value: match[2]!.trim() } : null;
};

/** Paragraphs of a post's text: runs of lines between blank lines, the board's wrapping undone. */
function paragraphs(lines: readonly Line[]): { text: string; lines: number[] }[] {
  const out: { text: string; lines: number[] }[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = current.reduce((joined, { text: next }) => {
      const piece = next.trim();
      // (Words of Latin script wrapped at the edge keep a space between them; Chinese text joins as it was printed.)
      return joined === '' ? piece : /[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(piece) ? `${joined} ${piece}` : joined + piece;
    }, '');
    out.push({ text, lines: current.map(({ line }) => line) });
    current = [];
  };
  for (const entry of lines) {
    // (A template label or a link stands as a paragraph of its own.)
    if (entry.text.trim() === '' || fieldOf(entry.text) || URL.test(entry.text.trim())) {
      flush();
      if (entry.text.trim() !== '') out.push({ text: entry.text.trim(), lines: [entry.line] });
    } else current.push(entry);
  }
  flush();
  return out;
}

/**
 * One post as a record: its headline (the template's `3.完整新聞標題`, else the first line under the subject), its byline
 * (`2.記者署名`, else the last short line of the head: the outlet or the reporter, `ETtoday 張君豪`), and its text from the
 * template's `4.完整新聞內文` (else from the first line of a paragraph's length after the head) to the next post.
 */
function postRecord(post: readonly Line[]): SourceRecord {
  // (Text before the first post has no subject line: all of it is the record's.)
  const opens = PTT_SUBJECT.test(post[0]!.text.trim()) ? 1 : 0;
  const filled = post.slice(opens).filter((entry) => entry.text.trim() !== '');
  const fields = filled.map((entry) => ({ entry, field: fieldOf(entry.text) }));
  const labelled = (number: string) => fields.findIndex(({ field }) => field?.number === number);
  const valueOf = (number: string) => {
    const at = labelled(number);
    if (at < 0) return null;
    const { field } = fields[at]!;
    if (field!.value !== '') return { text: field!.value, line: fields[at]!.entry.line };
    const next = fields[at + 1];
    return next && !next.field ? { text: next.entry.text.trim(), line: next.entry.line } : null;
  };
  const textAt = labelled('4');
  let title: { text: string; line: number } | null;
  let byline: string | null;
  let bodyFrom: number;
  if (textAt >= 0) {
    title = valueOf('3');
    byline = valueOf('2')?.text ?? null;
    bodyFrom = fields[textAt]!.entry.line;
  } else {
    // The headline is the line the subject opens with (the subject is the headline cut at the board's width); the outlet
    // may stand over it (`今日新聞`). Under it the head runs on over short lines that stand alone (the outlet, the byline,
    // a date, a dateline in brackets; links aside) up to the first line of the text.
    const key = squeeze(post[0]!.text.replace(PTT_SUBJECT_PREFIX, '')).slice(0, SETTINGS.format.pttSubjectKey);
    const found = opens && key.length > 0 ? filled.findIndex((entry) => squeeze(entry.text).startsWith(key)) : -1;
    const at = found >= 0 && found <= SETTINGS.format.pttHeadLines ? found : 0;
    const head = filled[at];
    title = head ? { text: head.text.trim(), line: head.line } : null;
    let lastHead: Line | undefined = filled.slice(0, at).at(-1);
    const heads: Line[] = [];
    for (const entry of filled.slice(at + 1)) {
      if (URL.test(entry.text.trim())) continue;
      if (!headLike(entry, post)) break;
      lastHead = entry;
      heads.push(entry);
    }
    // (The byline is the head's credit, `記者李某／台北報導`, where one is read as such; else its last line, the outlet.)
    const credit = heads.findLast((entry) => isCredit(entry.text.trim())) ?? heads.at(-1);
    byline = credit ? credit.text.trim() : null;
    bodyFrom = Math.max(lastHead?.line ?? 0, title?.line ?? post[0]!.line) + 1;
  }
  const body = paragraphs(post.filter((entry) => entry.line >= bodyFrom));
  return {
    line: title?.line ?? post[0]!.line,
    title: title?.text ?? '',
    paragraphs: body.map((paragraph) => paragraph.text),
    byline,
    paragraphLines: body.map((paragraph) => paragraph.lines[0]!),
    extraLines: body.map((paragraph) => paragraph.lines.slice(1)),
  };
}

/** The records of a page of PTT posts ({@link looksPtt}): one per post, cut at its subject line. */
export function pttRecords(lines: readonly string[]): SourceRecord[] {
  const numbered = lines.map((text, index) => ({ line: index + 1, text }));
  const starts = numbered.filter((entry) => PTT_SUBJECT.test(entry.text.trim())).map((entry) => entry.line - 1);
  const cuts = starts[0] === 0 || numbered.slice(0, starts[0]).every((entry) => entry.text.trim() === '') ? starts : [0, ...starts];
  return cuts.map((from, index) => postRecord(numbered.slice(from, cuts[index + 1] ?? numbered.length)));
}
