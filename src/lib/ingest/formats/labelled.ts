import { paragraphsOf, type SourceRecord } from './records.ts';

/**
 * Crawler dumps that print each article as labelled fields, one per line: `标题：…`, `来源：…`,
 * `时间：…`, `正文：…` with the body running on over the next lines, records apart by a blank line
 * or a rule (`------`). The labels and the fields a reader does not see (source, time, link …) are
 * never published; the title and body are, each cited at its line.
 */

const TITLE_LABELS = ['标题', '標題', '题目', '題目', '新闻标题', '新聞標題', 'title', 'headline'];
const BODY_LABELS = ['正文', '内容', '內容', '内文', '內文', '新闻内容', '新聞內容', 'content', 'body', 'text'];
const BYLINE_LABELS = ['作者', '记者', '記者', 'author', 'byline', 'reporter'];
const OTHER_LABELS = [
  '来源',
  '來源',
  '出处',
  'source',
  '时间',
  '時間',
  '日期',
  '发布时间',
  '發佈時間',
  '发表时间',
  'date',
  'time',
  '链接',
  '鏈接',
  '网址',
  '網址',
  'url',
  'link',
  '编辑',
  '編輯',
  '责任编辑',
  '責任編輯',
  '责编',
  '栏目',
  '欄目',
  '版面',
  '版次',
  '分类',
  '分類',
  '关键词',
  '關鍵詞',
  '摘要',
  'summary',
  'id',
];
const ALL = [...TITLE_LABELS, ...BODY_LABELS, ...BYLINE_LABELS, ...OTHER_LABELS];
const LABEL = new RegExp(`^\\s*(?:【\\s*)?(${ALL.map((label) => label.replace(/\s/gu, '\\s*')).join('|')})(?:\\s*】)?\\s*[:：]?\\s*(?<=[:：】])(.*)$`, 'iu');
/** A rule or a blank line between records (`-----`, `=====`, `~~~`, `###`): the labelled and the blank-line records read it. */
export const SEPARATOR = /^\s*(?:[-=*_~—─━#]{3,}\s*)?$/u;

type Kind = 'title' | 'body' | 'byline' | 'other';

function labelOf(line: string): { kind: Kind; value: string } | null {
  const match = LABEL.exec(line);
  if (!match) return null;
  const label = match[1]!.replace(/\s/gu, '').toLowerCase();
  const kind: Kind = TITLE_LABELS.includes(label) ? 'title' : BODY_LABELS.includes(label) ? 'body' : BYLINE_LABELS.includes(label) ? 'byline' : 'other';
  return { kind, value: match[2]!.trim() };
}

/** A label later in a line than its start, after white space or a field separator (`\t内容：`, ` | 正文：`), or in 【】. */
const LATER_LABEL = new RegExp(
  `(?:[\\s|｜,，;；]+|(?=【))(?:【\\s*)?(?:${ALL.map((label) => label.replace(/\s/gu, '\\s*')).join('|')})(?:\\s*】)?\\s*[:：]?(?<=[:：】])`,
  'giu',
);

/**
 * Rule `inline-labels`: a record's fields on one line (`标题：…\t内容：…`, `【标题】…【正文】…`, `title: … content: …`). The
 * line opens with a title label; it is cut at the first body label after it, at any label between the two, and after
 * the body at a label set apart by a tab or a bar (`\t来源：…`); otherwise what follows the body label is the body, labels
 * and all (a story may quote `来源：`). Null for a line that is not so.
 */
function inlineFields(line: string): { kind: Kind; value: string }[] | null {
  const first = labelOf(line);
  if (first?.kind !== 'title') return null;
  const cuts: number[] = [];
  let body = false;
  for (const match of line.matchAll(LATER_LABEL)) {
    if (match.index === 0 || match.index < line.search(/\S/u) + 1) continue;
    // (A field other than the body is cut off only where a tab or a bar sets it apart, `…\t来源：某某日报\t链接：…`: a title
    // may hold a label word after a space, `专访县委书记 记者：如何抓好基层治理`, and a body may quote one.)
    const isBody = !body && labelOf(line.slice(match.index).replace(/^[\s|｜,，;；]+/u, ''))?.kind === 'body';
    if (!isBody && !/[\t|｜]/u.test(match[0])) continue;
    cuts.push(match.index);
    if (isBody) body = true;
  }
  if (!body) return null;
  const fields = [0, ...cuts].map((cut, k, all) => labelOf(line.slice(cut, all[k + 1] ?? line.length).replace(/^[\s|｜,，;；]+/u, '')));
  return fields.every(Boolean) ? (fields as { kind: Kind; value: string }[]) : null;
}

/** Whether most lines that open with a label hold a whole record ({@link inlineFields}). */
export function isInlineLabelled(lines: readonly string[]): boolean {
  // (Lines that open with a title label are the records' first lines; an interview's `记者：…` lines under one are its text.)
  const titled = lines.filter((line) => labelOf(line)?.kind === 'title');
  return titled.length >= 2 && titled.filter((line) => inlineFields(line) !== null).length >= 0.8 * titled.length;
}

/** Whether a page is labelled records: it opens with a label, and labels a title and a body at least once each. */
export function looksLabelled(lines: readonly string[]): boolean {
  // (A rule may open the dump, as it parts its records: `-----` over the first.)
  const filled = lines.filter((line) => !SEPARATOR.test(line));
  if (filled.length < 2 || !labelOf(filled[0]!)) return false;
  if (isInlineLabelled(filled)) return true;
  const kinds = filled.map((line) => labelOf(line)?.kind);
  return kinds.includes('title') && kinds.includes('body');
}

/**
 * The articles of a labelled dump, in file order: a record starts at a title label (or at the
 * first label after a separator); its body is the body label's text and every unlabelled line
 * after it until the next label or separator before a label.
 *
 * @example labelledRecords(['标题：甲', '来源：某报', '正文：第一段。', '第二段。'])
 * // → [{ line: 1, title: '甲', paragraphs: ['第一段。', '第二段。'], paragraphLines: [3, 4], byline: null }]
 */
export function labelledRecords(lines: readonly string[]): SourceRecord[] {
  type Draft = { line: number; title: string; byline: string | null; paragraphs: string[]; paragraphLines: number[] };
  const records: SourceRecord[] = [];
  let current: Draft | null = null;
  let inBody = false;
  let separated = true;
  // A record with neither title nor body is kept, empty: the ingest names it in a warning.
  const close = () => {
    if (current) records.push(current);
  };
  const inline = isInlineLabelled(lines);
  lines.forEach((text, index) => {
    const fields = inline ? inlineFields(text) : null;
    if (fields) for (const field of fields) read(field.kind, field.value, index + 1, text);
    // (Under a record on one line, a line that opens no record goes on with its text, labels and all: `记者：…`, `局长：…`.)
    else if (inline && inBody && !SEPARATOR.test(text) && labelOf(text)?.kind !== 'title') read('body', text.trim(), index + 1, text);
    else read(null, null, index + 1, text);
  });
  function read(kind: Kind | null, value: string | null, line: number, text: string): void {
    const label = kind === null ? labelOf(text) : { kind, value: value! };
    if (!label) {
      if (SEPARATOR.test(text)) {
        separated = true;
        // A blank line inside a body is a paragraph break; a rule ends the body.
        if (text.trim() !== '') inBody = false;
      } else if (current && inBody) {
        for (const paragraph of paragraphsOf(text)) {
          current.paragraphs.push(paragraph);
          current.paragraphLines.push(line);
        }
      }
      return;
    }
    // A record starts at a title label once the current one has a title or text, or at any label after a
    // separator that follows a record's text.
    const draft: Draft | null = current;
    const starts =
      draft === null || (label.kind === 'title' && (draft.title !== '' || draft.paragraphs.length > 0)) || (separated && draft.paragraphs.length > 0);
    if (starts) {
      close();
      current = { line, title: '', byline: null, paragraphs: [], paragraphLines: [] };
    }
    const record = current!;
    separated = false;
    inBody = label.kind === 'body';
    if (label.kind === 'title') {
      record.title = paragraphsOf(label.value).join(' ');
      record.line = line;
    } else if (label.kind === 'byline') record.byline = paragraphsOf(label.value).join(' ') || null;
    else if (label.kind === 'body')
      for (const paragraph of paragraphsOf(label.value)) {
        record.paragraphs.push(paragraph);
        record.paragraphLines.push(line);
      }
  }
  close();
  return records;
}
