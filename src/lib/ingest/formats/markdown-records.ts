import { SETTINGS } from '../settings.ts';
import { WEB_COPY_META } from '../patterns.ts';
import { stripMarkdown } from './markdown.ts';
import { paragraphsOf, recordsOfRows, type Row, type SourceRecord } from './records.ts';

/**
 * Rule `markdown-records`: news a crawler or a bot saved as Markdown (a daily digest, a 新闻联播 text archive, an RSS
 * feed archived to a file): each story under a heading of one level (`### 标题`), with its source, time and link
 * (`**来源：** …`, `[查看原文](https://…)`) beside its text, headings above that level naming the page and its sections
 * (`# 2026-02-03 新闻`, `## 国际新闻`). The heading is the story's title as the crawler stored it; the segmenter is not
 * asked. Its metadata is no printed text; its code (a raw HTML copy in a fenced block) and its field labels (`### 摘要`,
 * `### 正文`) stay the record's lines but are not published.
 *
 * A PDF-to-Markdown converter's page of a printed newspaper has headings too (formats/markdown.ts), for headlines and
 * subheads alike: it is no record file, and the segmenter reads it. What tells them apart is the metadata: a crawler
 * writes a source, a time or a link with nearly every story, a converter none.
 */

/** One classified line of a Markdown page. */
type MarkdownLine =
  | { readonly kind: 'blank' | 'rule' | 'meta' | 'code' | 'image' }
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/u;
const HEADING_START = /^ {0,3}#{1,6}[ \t]/u;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
/** A line that is only pictures (`![](images/3f2a.jpg)`, `<img src=…>`). */
const IMAGE_ONLY = /^\s*(?:(?:!\[[^\]\n]*\]\([^)\n]*\)|<img\b[^>]*>)\s*)+$/iu;
/** A crawler's own fields over its stories, never a printed page's or an article's (`- 数据源：…`, `- 抓取时间：…`, `**归档日期：**`). */
const CRAWLER_FIELD =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:数据源|數據源|数据来源|數據來源|抓取时间|抓取時間|采集时间|採集時間|爬取时间|爬取時間|新闻条数|新聞條數|新闻数量|新聞數量|归档日期|歸檔日期|聚合页|聚合頁)\s*(?:\*\*|__)?\s*[:：]/u;
/** Links and images (`[查看原文](https://…)`, `![](a.jpg)`), autolinks (`<https://…>`) and bare URLs. */
const LINKS = /!?\[[^\]\n]*\]\([^)\n]*\)|<https?:\/\/[^>\s]*>|https?:\/\/\S+/gu;
/**
 * A line that is only links, images or URLs, whatever wraps them: emphasis (`*[原文](…)*`), an HTML span
 * (`<span style="…"><https://…></span>`), a list mark, an arrow (`[查看视频 ↗](…)`).
 */
const isLinkOnly = (line: string): boolean => {
  const rest = line.replace(LINKS, '\u0000');
  return rest.includes('\u0000') && /^[\s\u0000*_~>|/·•↗→-]*$/u.test(rest.replace(/<\/?[A-Za-z][^<>]*>/gu, '').replace(/^\s*[-*+]\s+/u, ''));
};
/** A labelled field in bold, as such archives write their metadata: `**来源：** 新华网`, `- **时间**: 2024-01-01`, `来源：新华网`. */
const LABELLED_META =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:来源|來源|时间|時間|发布时间|發布時間|发布日期|發布日期|日期|分类|分類|类别|類別|栏目|欄目|标签|標籤|关键词|關鍵詞|语言|語言|链接|鏈接|原文链接|原文鏈接|原文|网址|網址|出处|出處|归档日期|歸檔日期|更新时间|更新時間|新闻数量|新聞數量|新闻条数|新聞條數|数据源|數據源|数据来源|數據來源|抓取时间|抓取時間|采集时间|採集時間|爬取时间|爬取時間|阅读|閱讀|评论|評論|source|time|date|published|category|tags|link|url|language)\s*(?:\*\*|__)?\s*[:：]/iu;
/** A numbered heading's number: `1. `, `1、`, `（1）`, `(12)`, `一、`, `No.3 `. */
const ITEM_NUMBER = /^(?:\d{1,3}[.、．)）]\s*|[（(]\d{1,3}[)）]\s*|[一二三四五六七八九十]{1,3}、\s*|No\.\s*\d+\s+)/iu;

/** Each line of a page classified; a fenced code block's lines (fences too) are `code`. */
function classify(lines: readonly string[]): MarkdownLine[] {
  let fence: string | null = null;
  return lines.map((raw) => {
    const line = raw.replace(/\r$/u, '');
    const opens = FENCE.exec(line);
    if (fence !== null) {
      if (opens && opens[1]![0] === fence[0] && opens[1]!.length >= fence.length && line.trim() === opens[1]) fence = null;
      return { kind: 'code' };
    }
    if (opens) {
      fence = opens[1]!;
      return { kind: 'code' };
    }
    if (line.trim() === '') return { kind: 'blank' };
    if (RULE.test(line)) return { kind: 'rule' };
    const heading = HEADING.exec(line);
    if (heading) return { kind: 'heading', level: heading[1]!.length, text: inline(heading[2]!) };
    // (A picture is no metadata: a converter's page has one under many a headline.)
    if (IMAGE_ONLY.test(line)) return { kind: 'image' };
    if (isLinkOnly(line) || LABELLED_META.test(line) || WEB_COPY_META.test(inline(line))) return { kind: 'meta' };
    return { kind: 'text', text: line };
  });
}

/** A line's text without Markdown's inline markup (links to their labels, emphasis, a quotation's or a list item's mark). */
const inline = (text: string): string =>
  stripMarkdown(text)
    .text.replace(/^\s*(?:>\s?)+/u, '')
    .replace(/^\s*[-*+]\s+/u, '')
    .replace(/(?<![*\w])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\w])/gu, '$1')
    .trim();

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/**
 * The heading level that holds the stories: the one with the most headings of Han text that occur once at their level
 * (a field label, `### 摘要`, repeats under every story; a section name may too). Null when none has
 * `format.markdownRecordsMin` such headings.
 */
function recordLevel(classified: readonly MarkdownLine[]): number | null {
  // Per level, how often each heading's text stands there.
  const byLevel = new Map<number, Map<string, number>>();
  for (const line of classified) {
    if (line.kind !== 'heading') continue;
    const texts = byLevel.get(line.level) ?? new Map<string, number>();
    byLevel.set(line.level, texts.set(line.text, (texts.get(line.text) ?? 0) + 1));
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [level, texts] of byLevel) {
    const count = [...texts].filter(([text, times]) => times === 1 && hasHan(text)).length;
    if (count >= SETTINGS.format.markdownRecordsMin && count > bestCount) [best, bestCount] = [level, count];
  }
  return best;
}

/** A story's section: its heading's line index and the indices of the lines under it, up to the next heading of its level or above, or a rule. */
interface Section {
  readonly heading: number;
  readonly lines: number[];
}

function sectionsOf(classified: readonly MarkdownLine[], level: number): { sections: Section[]; outside: number[] } {
  const sections: Section[] = [];
  const outside: number[] = [];
  let current: Section | null = null;
  classified.forEach((line, index) => {
    if (line.kind === 'heading' && line.level <= level) {
      current = line.level === level ? { heading: index, lines: [] } : null;
      if (current) sections.push(current);
      else outside.push(index);
    } else if (line.kind === 'rule') current = null;
    else if (current) (current as Section).lines.push(index);
    else outside.push(index);
  });
  return { sections, outside };
}

/**
 * The records of a crawler's Markdown archive of stories (see the module comment), in page order, or null for any other
 * page. It is one when at least `format.markdownRecordsMin` headings at one level stand over stories of which at least
 * `format.markdownMetaShare` carry a metadata line (a source, a time, a link; a picture is none), or the page carries
 * `format.markdownPageFields` of the crawler's own fields outside them (`- 数据源：…`, `- 抓取时间：…`; an article's own
 * `作者：`, `发布时间：` are no crawler's). A story per heading of that level, its text the lines under it; a heading
 * above that level a `page-header`, text outside every story `furniture`.
 *
 * @example markdownArchiveRecords('### 标题\n\n正文。\n\n[原文](https://a.cn/1)'.split('\n')) // (with four more such stories) → [{ line: 1, title: '标题', paragraphs: ['正文。'], paragraphLines: [3], … }, …]
 */
export function markdownArchiveRecords(lines: readonly string[]): SourceRecord[] | null {
  // (Most pages have no heading at all: counted before any line is read closer.)
  let headings = 0;
  for (const line of lines) if (HEADING_START.test(line) && ++headings >= SETTINGS.format.markdownRecordsMin) break;
  if (headings < SETTINGS.format.markdownRecordsMin) return null;
  const classified = classify(lines);
  const level = recordLevel(classified);
  if (level === null) return null;
  const { sections, outside } = sectionsOf(classified, level);
  const withMeta = sections.filter((section) => section.lines.some((index) => classified[index]!.kind === 'meta')).length;
  // (Or the page says what it is: a crawler's own fields over its stories, `- 数据源：…`, `- 抓取时间：…`.)
  const pageFields = outside.filter((index) => CRAWLER_FIELD.test(lines[index]!)).length;
  if (withMeta < sections.length * SETTINGS.format.markdownMetaShare && pageFields < SETTINGS.format.markdownPageFields) return null;
  // Sub-headings that stand in two stories or more are the archive's field labels (`### 摘要`, `### 正文`), not subheads.
  const subheads = sections.flatMap((section) => [
    ...new Set(section.lines.map((index) => classified[index]!).flatMap((line) => (line.kind === 'heading' ? [line.text] : []))),
  ]);
  const labels = new Set(subheads.filter((text, index) => subheads.indexOf(text) !== index));
  const records: SourceRecord[] = sections.map((section) => storyRecord(section, classified, labels));
  // Outside the stories: each heading a page header, each run of text between them a piece of furniture.
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) records.push(pageRecord('furniture', run, classified));
    run = [];
  };
  for (const index of outside) {
    const line = classified[index]!;
    if (line.kind === 'heading') {
      flush();
      records.push(pageRecord('page-header', [index], classified));
    } else if (line.kind === 'text') run.push(index);
  }
  flush();
  return records.sort((a, b) => a.line - b.line);
}

/** The text a line publishes: its inline markup read, an HTML line cut at its paragraphs. */
function textOfLine(line: MarkdownLine): string[] {
  if (line.kind === 'heading') return paragraphsOf(line.text);
  if (line.kind !== 'text') return [];
  return paragraphsOf(inline(line.text));
}

function pageRecord(kind: 'page-header' | 'furniture', indices: readonly number[], classified: readonly MarkdownLine[]): SourceRecord {
  const body = indices.flatMap((index) => textOfLine(classified[index]!).map((text) => ({ text, line: index + 1 })));
  return { kind, line: indices[0]! + 1, title: '', paragraphs: body.map((entry) => entry.text), paragraphLines: body.map((entry) => entry.line), byline: null };
}

function storyRecord(section: Section, classified: readonly MarkdownLine[], labels: ReadonlySet<string>): SourceRecord {
  const heading = classified[section.heading] as Extract<MarkdownLine, { kind: 'heading' }>;
  const title = heading.text.replace(ITEM_NUMBER, '').trim();
  // The story's lines run from its first line of content to its last: its metadata before and after is not its.
  const content = section.lines.filter((index) => ['text', 'heading', 'code'].includes(classified[index]!.kind));
  const from = content[0];
  const to = content.at(-1);
  const paragraphs: { text: string; line: number }[] = [];
  const unpublished: number[] = [];
  if (from !== undefined && to !== undefined)
    for (const index of section.lines.filter((index) => index >= from && index <= to)) {
      const line = classified[index]!;
      const texts = line.kind === 'heading' && labels.has(line.text) ? [] : textOfLine(line);
      if (texts.length === 0) {
        if (line.kind !== 'blank') unpublished.push(index + 1);
      } else for (const text of texts) paragraphs.push({ text, line: index + 1 });
    }
  // Lines the story holds but does not publish (labels, code, metadata among its text) go with the paragraph before them.
  const extraLines = paragraphs.map(() => [] as number[]);
  for (const line of unpublished) {
    const owner = paragraphs.findLastIndex((paragraph) => paragraph.line < line);
    extraLines[Math.max(0, owner)]?.push(line);
  }
  return {
    line: section.heading + 1,
    title,
    paragraphs: paragraphs.map((paragraph) => paragraph.text),
    paragraphLines: paragraphs.map((paragraph) => paragraph.line),
    extraLines,
    byline: null,
    // (A heading with nothing under it that names no story, only another edition or the programme itself:
    // `#### Русский язык`, `### 《新闻联播》 20260618 19:00`.)
    ...(paragraphs.length > 0 || hasHan(title.replace(/《[^》]*》/gu, '')) ? {} : { kind: 'furniture' as const }),
  };
}

const TABLE_ROW = /^\s*\|.*\|\s*$/u;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u;

/**
 * Rule `markdown-table`: a page that is one Markdown table (`|日期|标题|来源|`, `|---|---|---|`, a row a line), as bots
 * keep a list of headlines: its rows are records, named by the table's header as a CSV's are (a list of headlines with
 * no text is titles with no text). Null for any other page.
 */
export function markdownTableRecords(lines: readonly string[]): SourceRecord[] | null {
  // (Asked of every text page: one that does not open with a table row is none, read no further.)
  if (!TABLE_ROW.test(lines.find((text) => text.trim() !== '') ?? '')) return null;
  const filled = lines.flatMap((text, index) => (text.trim() === '' ? [] : [{ text, line: index + 1 }]));
  if (filled.length < 3 || !filled.every((entry) => TABLE_ROW.test(entry.text)) || !TABLE_RULE.test(filled[1]!.text)) return null;
  const rows: Row[] = filled
    .filter((_, index) => index !== 1)
    .map((entry) => ({
      line: entry.line,
      fields: entry.text
        .trim()
        .replace(/^\|/u, '')
        .replace(/\|$/u, '')
        .split('|')
        .map((cell) => inline(cell)),
    }));
  const { records } = recordsOfRows(rows, null);
  return records.some((record) => record.title !== '' || record.paragraphs.length > 0) ? records : null;
}
