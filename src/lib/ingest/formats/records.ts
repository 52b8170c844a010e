import { parse as parseCsvText } from 'csv-parse/sync';
import { decodeHTMLStrict } from 'entities';
import { toSimplified } from '../../script/to-traditional.ts';
import { SOURCE_CREDIT } from '../patterns.ts';
import { SETTINGS } from '../settings.ts';
import { charsOf } from '../text-utils.ts';
import { parsePythonLiteral } from './python-literal.ts';

/** One article of a record file (crawler dump): its printed fields and the source line it came from. */
export interface SourceRecord {
  /** 1-based line of the file the record stands on. */
  readonly line: number;
  readonly title: string;
  /** Body paragraphs, in order. */
  readonly paragraphs: string[];
  readonly byline: string | null;
  /** The line each paragraph stands on, where a record runs over several lines (else every paragraph is on `line`). */
  readonly paragraphLines?: readonly number[];
  /** Fields holding text that was not published (no known name for a story's text): said in a warning, never silently dropped. */
  readonly unpublished?: readonly string[];
  /** Per paragraph, more source lines that are its: the rest of a paragraph wrapped over lines (PTT posts), or lines after it that held the page's script or style (rule `page-code`), not published but still the record's. */
  readonly extraLines?: readonly (readonly number[])[];
  /** What the record is when it is no story: a Markdown archive's page or section heading, a line of its own (formats/markdown-records.ts). */
  readonly kind?: 'page-header' | 'furniture';
}

/** The categories news classification dumps label their records with (THUCNews, Toutiao, Sogou): a label, never a title. */
const NEWS_CATEGORIES: ReadonlySet<string> = new Set(
  '体育 娱乐 家居 彩票 房产 教育 时尚 时政 星座 游戏 社会 科技 股票 财经 国际 军事 汽车 旅游 文化 农业 故事 电竞 民生 健康 法制 法治 科学 历史 育儿 美食 动漫 其他 體育 娛樂 傢居 房產 教育 時尚 時政 遊戲 科技 財經 國際 軍事 汽車 旅遊 農業 電競 歷史'.split(
    ' ',
  ),
);

/**
 * A field's name as the lists below spell it: lower case, and in Simplified script, so that a Taiwan or Hong Kong
 * crawler's `標題`, `內容`, `連結` are the `标题`, `内容`, `链接` they name.
 */
const fieldName = (name: string): string => {
  let simple = FIELD_NAMES.get(name);
  if (simple === undefined) FIELD_NAMES.set(name, (simple = toSimplified(name.trim().toLowerCase())));
  return simple;
};
/** {@link fieldName}'s answers: a file's few names are asked of every record. */
const FIELD_NAMES = new Map<string, string>();

/** The first of `fields` (names as {@link fieldName} gives them) that `names` names, by the names' order, or -1. */
const firstNamed = (fields: readonly string[], names: readonly string[]) => names.map((name) => fields.indexOf(fieldName(name))).find((at) => at >= 0) ?? -1;

/** Names of fields that hold a record's metadata, never its text: tags, keywords, readers' comments, sources, links. */
const METADATA_NAMES: ReadonlySet<string> = new Set(
  [
    'tags',
    'tag',
    'keywords',
    'keyword',
    'category',
    'categories',
    'comment',
    'comments',
    'source',
    'url',
    'link',
    'images',
    '关键词',
    '关键字',
    '标签',
    '评论',
    '来源',
    '分类',
  ].map(fieldName),
);

/** Names crawlers give to the fields a reader sees, most specific first (compared as {@link fieldName} gives them, so in either script). */
const TITLE_KEYS = ['title', 'headline', 'heading', 'news_title', 'article_title', 'name', '标题', '题目', '标题名', '新闻标题', '主题', '题名'];
const BODY_KEYS = [
  'content',
  'body',
  'text',
  'article',
  'news_content',
  'article_content',
  'contents',
  'maintext',
  'main_text',
  'fulltext',
  'full_text',
  'news_body',
  'article_body',
  'content_html',
  '正文',
  '内容',
  '内文',
  '新闻内容',
  // (A story's paragraphs as a list, `"paragraphs": ["…", "…"]`: only a list, never a count.)
  'paragraphs',
  'paras',
  // (A summary only where the record has no full text: names of a story's text come first, most specific first.)
  'desc',
  'summary',
  'abstract',
  'brief',
  'digest',
  'description',
  'intro',
  '摘要',
  '简介',
  '导语',
];
const BYLINE_KEYS = ['author', 'byline', 'reporter', 'authors', 'writer', '作者', '记者'];

/** Fields that name a list of paragraphs: read only as a list (`"paragraphs": "3"` is a count). */
const LIST_ONLY_KEYS: ReadonlySet<string> = new Set(['paragraphs', 'paras']);

/** The first of `keys` the object fills (a field left empty, `"content": ""`, gives way to a later one that is not), else an empty one, else null. */
const pick = (object: Record<string, unknown>, keys: readonly string[]): string | null => {
  const lower = new Map(Object.entries(object).map(([key, value]) => [fieldName(key), value]));
  let empty: string | null = null;
  for (const key of keys) {
    const found = pickOne(lower.get(fieldName(key)), LIST_ONLY_KEYS.has(key));
    if (found === null) continue;
    if (found.trim() !== '') return found;
    empty ??= found;
  }
  return empty;
};

/** A field's text: a string, a list of strings, or a list of paragraph objects (one per line); null for anything else. */
function pickOne(value: unknown, listOnly: boolean): string | null {
  if (typeof value === 'string') return listOnly ? null : value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('\n');
  // Paragraphs as objects (`[{"type": "text", "text": "…"}, …]`): their text, one per line; an item with no text (a
  // picture, `{"type": "image", "src": …}`) is passed over.
  if (
    Array.isArray(value) &&
    value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item)) &&
    value.some((item) => typeof paragraphText(item) === 'string')
  )
    return value
      .map((item) => paragraphText(item))
      .filter((text): text is string => text !== null)
      .join('\n');
  return null;
}

/** The text of a paragraph given as an object (`{"text": "…"}`, `{"content": "…"}`), or null. */
function paragraphText(item: unknown): string | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const record = item as Record<string, unknown>;
  const value = record.text ?? record.content ?? record.value;
  return typeof value === 'string' ? value : null;
}

/** The title and body field of a JSON object, if it looks like an article. */
export function articleFields(object: unknown): { title: string | null; body: string; byline: string | null } | null {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return null;
  const record = object as Record<string, unknown>;
  const body = pick(record, BODY_KEYS);
  if (body === null) return null;
  return { title: pick(record, TITLE_KEYS), body, byline: pick(record, BYLINE_KEYS) };
}

/** Names of a headline field (not `name`, which names many things besides a story). */
const HEADLINE_KEYS = TITLE_KEYS.filter((key) => key !== 'name');

/** Whether a value holds article objects (a title or a body field), a level or two down. */
function holdsArticles(value: unknown, depth = 0): boolean {
  if (depth > 2 || value === null || typeof value !== 'object') return false;
  const inner = Array.isArray(value) ? value : Object.values(value);
  return inner.some(
    (entry) =>
      (entry !== null &&
        typeof entry === 'object' &&
        !Array.isArray(entry) &&
        (articleFields(entry) !== null || pick(entry as Record<string, unknown>, HEADLINE_KEYS) !== null)) ||
      holdsArticles(entry, depth + 1),
  );
}

/**
 * Rule `title-only-record`: a JSON object with a headline field and no body field (`{"sort": "国际", "url": …, "title":
 * "…", "time": …}`, a list of headlines) is a story whose text the crawler did not keep: its title, no text. Not where it
 * holds articles (a page of an API's results, `{"title": "国内新闻", "list": [{…}, …]}`). Another field holding text
 * longer than a headline under a name not known for a story's text, nor for metadata (a field the crawler named its own
 * way) is not published, and the record says so (`unpublished`), for a warning that names the line and the field.
 * {@link parseJsonLines} also asks that a file of titles only have titles of a headline's length, each its own (a site's
 * menu, a list of books or of hashtags, comments under their story's title are no list of stories).
 */
function titleOnlyFields(object: unknown): { title: string; body: string; byline: string | null; unpublished: string[] } | null {
  if (!object || typeof object !== 'object' || Array.isArray(object)) return null;
  const record = object as Record<string, unknown>;
  const title = pick(record, HEADLINE_KEYS);
  if (title === null || !/\p{Script=Han}/u.test(title)) return null;
  const titleKey = Object.keys(record).find((key) => record[key] === title);
  const unpublished: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === titleKey) continue;
    // (A list of articles inside, an API's page: no title of a story of its own. Pictures' objects, `images: [{url}]`, are fine.)
    if (value !== null && typeof value === 'object' && holdsArticles(value)) return null;
    if (METADATA_NAMES.has(fieldName(key))) continue;
    const text = typeof value === 'string' ? value : Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('') : '';
    if (/\p{Script=Han}/u.test(text) && [...text].length > Math.max(SETTINGS.format.recordTitleOnlyMax, [...title].length)) unpublished.push(key);
  }
  return { title, body: '', byline: pick(record, BYLINE_KEYS), unpublished };
}

/**
 * Clean a field as a crawler stored it: HTML entities decoded (`&nbsp;`), tags dropped, and split
 * into paragraphs at line breaks, `<br>`/`<p>`, and the ideographic double space (`　　`) that
 * Chinese sites put before each paragraph.
 */
export function paragraphsOf(field: string): string[] {
  // (A tag of any length, `<img … style="HEIGHT: 891px; WIDTH: 456px" …/>`; a short run in angle brackets too, as before.)
  const text = decodeHTMLStrict(
    field
      .replace(/<\s*(?:br|\/p|p)\b[^>]*>/giu, '\n')
      .replace(/<\/?[A-Za-z][^<>]{0,2000}>/gu, '')
      .replace(/<[^>]{1,200}>/gu, ''),
  )
    .replace(/\\n/gu, '\n')
    .replace(/\u3000{2,}|\u00a0{2,}/gu, '\n');
  return text
    .split(/\r?\n/u)
    .map((paragraph) => paragraph.replace(/[\s\u3000\u00a0]+/gu, ' ').trim())
    .filter(Boolean);
}

/** How a page's script or style opens (`window._bd_share_config={…}`, `var a = …`, `(function(){…`, `.nav{…}`). */
const CODE_START =
  /^(?:window\.|document\.|var\s|let\s|const\s|function\b|\$\(|jQuery\b|\(function\b|<!--|\/\/|\/\*|@media\b|@import\b|[.#]?[A-Za-z][\w-]*(?:(?:\s*[,>]\s*|\s+)[.#]?[A-Za-z][\w:-]*)*\s*\{)/u;

/**
 * Rule `page-code`: a paragraph of a record's text that is the page's script or style the crawler kept with the text
 * (`window._bd_share_config={"common":{…}}`, `.article p{font-size:16px;}`): hardly a Chinese character in it, and it
 * opens as code does with code's marks after, or is thick with them. Not published; the ingest says so.
 */
export function isPageCode(paragraph: string): boolean {
  // (Either reading below wants two of code's marks: a paragraph without one is text, asked first as nearly all are.)
  if (!/[{};=]/u.test(paragraph)) return false;
  // (Markup the tag stripper left, `<td width="142" …`, is no script: it may hold a table's text.)
  if (paragraph.startsWith('<') && !paragraph.startsWith('<!--')) return false;
  const chars = charsOf(paragraph);
  const han = paragraph.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han / chars > SETTINGS.format.pageCodeHanShare) return false;
  // (Brackets and semicolons alone are prose's too, `…grew 5.2 percent (year-on-year); …`, and a formula's: code has braces.)
  const marks = paragraph.match(/[{};=]/gu)?.length ?? 0;
  return CODE_START.test(paragraph) ? marks >= 2 : marks >= SETTINGS.format.pageCodeMarks && /\{[^{}]*\}/u.test(paragraph);
}

const oneLine = (field: string | null) => (field === null ? '' : paragraphsOf(field).join(' '));

const LIST_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };

/**
 * Rule `list-cell`: a cell a crawler filled with a list as its language prints one (`['\r\n  标题\r\n  ']`,
 * `["段一", "段二"]`, `[]`: Python's `str(list)`, or JSON), read as its strings, one a line; any other cell as it is.
 * @example listCell("['\\r\\n  青海启动嘉年华\\r\\n  ']") // → '\r\n  青海启动嘉年华\r\n  '
 */
export function listCell(cell: string): string {
  const text = cell.trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return cell;
  const items: string[] = [];
  let at = 1;
  const space = () => {
    while (at < text.length && /\s/u.test(text[at]!)) at++;
  };
  space();
  if (text[at] === ']') return at === text.length - 1 ? '' : cell;
  for (;;) {
    space();
    // (Python 2 prints `u'…'`, and bytes `b'…'`.)
    if ((text[at] === 'u' || text[at] === 'b') && (text[at + 1] === "'" || text[at + 1] === '"')) at++;
    const quote = text[at];
    if (quote !== "'" && quote !== '"') return cell;
    let item = '';
    const bytes: number[] = [];
    // Bytes escaped one by one (`\xe9\x9d\x92`) are UTF-8, read together.
    const flush = () => {
      if (bytes.length > 0) item += new TextDecoder().decode(Uint8Array.from(bytes.splice(0)));
    };
    for (at++; at < text.length && text[at] !== quote; at++) {
      if (text[at] !== '\\') {
        flush();
        item += text[at];
        continue;
      }
      const escaped = text[++at] ?? '';
      const hex = /^(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2}))/u.exec(text.slice(at));
      if (hex?.[2] !== undefined) bytes.push(Number.parseInt(hex[2], 16));
      else {
        flush();
        if (hex) item += String.fromCharCode(Number.parseInt(hex[1]!, 16));
        else item += LIST_ESCAPES[escaped] ?? `\\${escaped}`;
      }
      if (hex) at += hex[0].length - 1;
    }
    flush();
    if (at >= text.length) return cell;
    items.push(item);
    at++;
    space();
    if (text[at] === ']') return at === text.length - 1 ? items.join('\n') : cell;
    if (text[at] !== ',') return cell;
    at++;
  }
}

/**
 * The article fields of a JSON Lines record: the object itself, or the first object inside it that
 * has a body (`{"id": 1, "data": {"title": …, "content": …}}`), breadth first, a few levels down.
 */
function nestedArticleFields(value: unknown): ReturnType<typeof articleFields> {
  const queue: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (queue.length > 0) {
    const { value: entry, depth } = queue.shift()!;
    const fields = articleFields(entry);
    if (fields) return fields;
    if (entry && typeof entry === 'object' && !Array.isArray(entry) && depth < 3)
      for (const inner of Object.values(entry)) queue.push({ value: inner, depth: depth + 1 });
  }
  return null;
}

/** One line's record: JSON, or else a Python dict as `str(dict)` writes it (rule `python-literal`). */
function parseRecordLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (error) {
    const value = line.startsWith("{'") ? parsePythonLiteral(line) : undefined;
    if (value === undefined) throw error;
    return value;
  }
}

/** Parse JSON Lines (one article object per line). Lines that are not such objects are returned as `bad`. */
export function parseJsonLines(text: string): { records: SourceRecord[]; bad: number[]; titleOnly: number; rows: boolean } {
  // Rule `table-json`, a row a line: every line a JSON list of cells (`["标题", "正文…"]`), a first one of names or not.
  const rows = jsonArrayLines(text);
  if (rows) return { records: recordsOfRows(rows, null).records, bad: [], titleOnly: 0, rows: true };
  const records: SourceRecord[] = [];
  const bad: number[] = [];
  const titleOnly: number[] = [];
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    let fields = null;
    let value: unknown;
    try {
      // Rule `comma-terminated-lines`: a crawler that wrote each object followed by a comma (`{…},`), as if inside
      // an array it never opened, wrote JSON Lines all the same.
      value = parseRecordLine(raw.trimEnd().replace(/\}\s*,$/u, '}'));
      fields = nestedArticleFields(value);
    } catch {
      fields = null;
    }
    const only = fields || value === undefined ? null : titleOnlyFields(value);
    if (only) {
      fields = only;
      titleOnly.push(records.length);
    }
    const unpublished = only?.unpublished ?? [];
    if (!fields) bad.push(index + 1);
    else
      records.push({
        line: index + 1,
        title: oneLine(fields.title),
        paragraphs: paragraphsOf(fields.body),
        byline: fields.byline ? oneLine(fields.byline) || null : null,
        ...(unpublished.length > 0 ? { unpublished } : {}),
      });
  });
  // (Titles of a headline's length, each its own: a site's menu, `首页` / `新闻中心`, a list of books or of hashtags
  // (`#高考作文题#`), or comments each under the story's title, is no list of stories.)
  const titles = titleOnly.map((at) => records[at]!.title);
  const lengths = titles.map((title) => (/^#.*#$/u.test(title.trim()) ? 0 : [...title.replace(/[^\p{Script=Han}]/gu, '')].length)).sort((a, b) => a - b);
  const distinct = new Set(titles).size / Math.max(1, titles.length);
  // (Asked of a file of titles only: where most records have their text, one with a title alone is a story whose text
  // the crawler lost, `组图：春运首日`, whatever its length.)
  const titlesFile = titleOnly.length > records.length / 2;
  if (
    titlesFile &&
    ((lengths[Math.floor(lengths.length / 2)] ?? 0) < SETTINGS.format.titleOnlyMinChars || (titles.length > 1 && distinct <= SETTINGS.format.titleOnlyDistinct))
  ) {
    bad.push(...titleOnly.map((at) => records[at]!.line));
    bad.sort((a, b) => a - b);
    const dropped = new Set(titleOnly);
    return { records: records.filter((_, at) => !dropped.has(at)), bad, titleOnly: 0, rows: false };
  }
  return { records, bad, titleOnly: titleOnly.length, rows: false };
}

/** Records of a JSON document that is an array of article objects, or holds one (`{articles: […]}`, `{data: {list: […]}}`). */
export function jsonArrayRecords(value: unknown, text: string): SourceRecord[] | null {
  // The first list of article objects, at the top or inside wrappers (`{data: {list: […]}}`), breadth first.
  let fields: ReturnType<typeof articleFields>[] | null = null;
  const queue: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (queue.length > 0 && fields === null) {
    const { value: entry, depth } = queue.shift()!;
    if (Array.isArray(entry) && entry.length > 0) {
      // (Each item's article may stand a level or two down in it, as a Scrapy feed of download records keeps it:
      // `{"download_config": {…}, "download_data": {"parsed_data": {"title": …, "text": …}}}`.)
      const candidate = entry.map(nestedArticleFields);
      if (candidate.every((field) => field !== null)) fields = candidate;
    } else if (entry && typeof entry === 'object' && depth < 4) {
      // Rule `keyed-records`: an object whose every value is an article, keyed by id or by headline
      // (`{"台北市推動社宅興建": {"content": …}}`): the articles, a headline key their title where they have none.
      const keyed = Object.entries(entry);
      const candidate = keyed.map(([, inner]) => articleFields(inner));
      // (Keys that are ids or headlines, and texts of an article's length: a site list keyed by name, `{"xinhua":
      // {"name": "新华网", "desc": …}}`, is no set of articles.)
      const articleKeys = keyed.every(([key]) => /\d/u.test(key) || [...key.matchAll(/\p{Script=Han}/gu)].length >= 4);
      const bodies = candidate.map((field) => [...(field?.body ?? '')].length).sort((a, b) => a - b);
      if (
        keyed.length > 1 &&
        articleKeys &&
        candidate.every((field) => field !== null) &&
        bodies[Math.floor(bodies.length / 2)]! >= SETTINGS.format.recordBodyMin
      )
        fields = candidate.map((field, index) =>
          field!.title === null && /\p{Script=Han}/u.test(keyed[index]![0]) ? { ...field!, title: keyed[index]![0] } : field,
        );
      else for (const inner of Object.values(entry)) queue.push({ value: inner, depth: depth + 1 });
    }
  }
  if (fields === null) return null;
  // Provenance: the line of the file where each record's title (or body) value starts.
  const lines = text.split('\n');
  const lastFilled = lines.findLastIndex((line) => line.trim() !== '');
  let cursor = 0;
  return fields.map((entry) => {
    const probe = JSON.stringify(entry!.title ?? entry!.body).slice(1, 21);
    let line = cursor;
    while (line < lines.length && !lines[line]!.includes(probe)) line++;
    // (Not found, as where the file escapes its characters: the next line; past the file's end, its last line, as a
    // file written on one line has every record there.)
    if (line === lines.length) line = Math.min(cursor, lastFilled);
    cursor = line + 1;
    return {
      line: line + 1,
      title: oneLine(entry!.title),
      paragraphs: paragraphsOf(entry!.body),
      byline: entry!.byline ? oneLine(entry!.byline) || null : null,
    };
  });
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The rows of a file whose every non-empty line (two or more) is a JSON list of two or more cells, none a list or an object; else null. */
export function jsonArrayLines(text: string): Row[] | null {
  // (A text page opens with no `[`: it is told so without splitting it into lines.)
  if (!/^\s*\[/u.test(text)) return null;
  const rows: Row[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim().replace(/\]\s*,$/u, ']');
    if (line === '') continue;
    if (!line.startsWith('[') || !line.endsWith(']')) return null;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return null;
    }
    if (!Array.isArray(value) || value.length < 2 || !value.every(isScalar)) return null;
    rows.push({ line: index + 1, fields: value.map((cell) => (cell === null ? '' : String(cell))) });
  }
  return rows.length >= 2 && tableShaped(rows.map((row) => row.fields)) ? rows : null;
}

/**
 * Rows a table's: a few columns (at most `format.tableColumnsMax`, by the median row), one of them at least a headline's
 * length (`format.titleOnlyMinChars`); a sentence cut into words, one a cell (`["国务院", "新闻办", …]`), is none.
 */
function tableShaped(rows: readonly (readonly string[])[]): boolean {
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const widths = rows.map((row) => row.length);
  const longest = rows.map((row) => Math.max(0, ...row.map((cell) => [...cell].length)));
  return median(widths) <= SETTINGS.format.tableColumnsMax && median(longest) >= SETTINGS.format.titleOnlyMinChars;
}

/**
 * Rule `table-json`: a table a data frame wrote as JSON (pandas `DataFrame.to_json`): column by column, its default
 * (`{"title": {"0": …, "1": …}, "content": {"0": …, "1": …}}`); as its columns and rows (`{"columns": ["title", …],
 * "data": [[…], …]}`, `orient="split"`); or as rows of values with no names (`[["标题", "正文…"], …]`,
 * `orient="values"`, whose title and text columns are told by their contents, as a headerless TSV's are). Read as
 * the records it holds; null for any other JSON. (Rows whose cells hold lists, as OCR output's do, are no table.)
 */
export function tableRecords(value: unknown, text: string): SourceRecord[] | null {
  // Column by column: every value an object of cells keyed by the same row labels.
  if (isPlainObject(value)) {
    const columns = Object.entries(value);
    const rows = columns.length > 0 && columns.every(([, cells]) => isPlainObject(cells)) ? Object.keys(columns[0]![1] as object) : [];
    if (rows.length > 0 && columns.every(([, cells]) => Object.values(cells as object).every(isScalar))) {
      const objects = rows.map((row) => Object.fromEntries(columns.map(([name, cells]) => [name, (cells as Record<string, unknown>)[row] ?? null])));
      return jsonArrayRecords(objects, text);
    }
    // Column by column as lists (`{"title": ["…", "…"], "content": ["…", "…"]}`): every value a list of cells, all as long.
    const lists =
      columns.length > 1 && columns.every(([, cells]) => Array.isArray(cells) && cells.every(isScalar)) ? columns.map(([, cells]) => cells as unknown[]) : [];
    if (lists.length > 0 && lists[0]!.length > 0 && lists.every((cells) => cells.length === lists[0]!.length)) {
      const objects = lists[0]!.map((_, row) => Object.fromEntries(columns.map(([name], column) => [name, lists[column]![row] ?? null])));
      return jsonArrayRecords(objects, text);
    }
    // Columns and rows.
    const names = value.columns;
    const data = value.data;
    if (Array.isArray(names) && names.every((name) => typeof name === 'string') && Array.isArray(data) && data.every((row) => Array.isArray(row))) {
      const objects = (data as unknown[][]).map((row) => Object.fromEntries(names.map((name, column) => [name, row[column] ?? null])));
      return jsonArrayRecords(objects, text);
    }
    return null;
  }
  // Rows of values: each an array of two or more cells, none a list or an object.
  if (!Array.isArray(value) || value.length === 0 || !value.every((row) => Array.isArray(row) && row.length >= 2 && row.every(isScalar))) return null;
  if (!tableShaped((value as unknown[][]).map((row) => row.map((cell) => (cell === null ? '' : String(cell)))))) return null;
  const lines = text.split('\n');
  let cursor = 0;
  const rows: Row[] = (value as unknown[][]).map((row) => {
    const fields = row.map((cell) => (cell === null ? '' : String(cell)));
    // (Provenance as for a JSON array of records: the line its first Han cell starts on.)
    const probe = JSON.stringify(fields.find((field) => /\p{Script=Han}/u.test(field)) ?? fields[0]).slice(1, 21);
    let line = cursor;
    while (line < lines.length && !lines[line]!.includes(probe)) line++;
    if (line === lines.length) line = Math.max(0, Math.min(cursor, lines.length - 1));
    cursor = line + 1;
    return { line: line + 1, fields };
  });
  const { records } = recordsOfRows(rows, null);
  return records.some((record) => record.paragraphs.length > 0 || record.title !== '') ? records : null;
}

/** Delimiters crawlers put between title and body, tried in this order. */
const DELIMITERS = ['\t', '_!_', '!!!!', '||||', '|||', '||', '####', '$$$$', '$$$', '@@@', '^^^', ' | ', '|'];
/** Delimiters that are nothing but marks no page prints: a line without one continues the record above. */
const SYNTAX_ONLY: ReadonlySet<string> = new Set(['_!_', '!!!!', '||||', '|||', '####', '$$$$', '$$$', '@@@', '^^^']);
/** Whether a delimiter is marks only ({@link SYNTAX_ONLY}, or one found in the file by {@link markDelimiters}). */
const syntaxOnly = (delimiter: string) => SYNTAX_ONLY.has(delimiter) || FOUND_MARKS.test(delimiter);
/** A run of two to six ASCII marks, no quotes, brackets, dots or slashes (`|,|`, `#$#`, `~|~`): a crawler's own delimiter. */
const MARK_RUN = /[!#-&*+,\-:;=?@^_|~]{2,6}/gu;
const FOUND_MARKS = /^[!#-&*+,\-:;=?@^_|~]{3,6}$/u;
/** How many lines {@link markDelimiters} reads. */
const MARK_SAMPLE = 200;

/**
 * Rule `found-delimiter`: a delimiter no list names (`1000866069|,|news_tech|,|标题|,|关键词|,|`), found as a run of three
 * to six marks that stands in nearly every line (`format.delimitedShare`), most common first. It is then judged as the
 * listed ones are (after a short title and before a long body, or splitting every line into the same columns).
 */
function markDelimiters(filled: readonly string[]): string[] {
  const sample = filled.slice(0, MARK_SAMPLE);
  const runs = new Set(sample.flatMap((line) => line.match(MARK_RUN) ?? []).filter((run) => FOUND_MARKS.test(run) && !DELIMITERS.includes(run)));
  return [...runs]
    .map((run) => ({ run, lines: sample.filter((line) => line.includes(run)).length }))
    .filter((entry) => entry.lines >= sample.length * SETTINGS.format.delimitedShare)
    .sort((a, b) => b.lines - a.lines || a.run.length - b.run.length)
    .map((entry) => entry.run);
}

/**
 * The delimiter of a record file: the first candidate that stands in nearly every non-empty line
 * (`SETTINGS.format.delimitedShare`) after a short title and before a long body.
 */
export function findDelimiter(lines: readonly string[]): string | null {
  const filled = lines.filter((line) => line.trim() !== '');
  if (filled.length === 0) return null;
  const opens = (line: string, delimiter: string) => {
    const at = line.indexOf(delimiter);
    return at >= 0 && at <= SETTINGS.format.recordTitleMax * 4;
  };
  // (A found run that splits every line into the same columns goes first: a listed `||` can be two of its fields'
  // delimiters with an empty field between, `|,||,|`.)
  const found = markDelimiters(filled);
  const columns = found.filter((delimiter) => filled.length >= 2 && sameColumns(filled.map((line) => line.split(delimiter).length)));
  // (Most delimiters stand nowhere in a page: one search of its text rules each of those out, not one per line.)
  const text = filled.join('\n');
  for (const delimiter of [...columns, ...DELIMITERS, ...found.filter((delimiter) => !columns.includes(delimiter))]) {
    if (!text.includes(delimiter)) continue;
    const starts = filled.filter((line) => opens(line, delimiter));
    // A run of marks no text prints (`!!!!`, `|||`, `####`) may open fewer lines: a body the crawler kept with its line
    // breaks goes on over the lines after its record's first (`delimiter-continued`). A tab or ` | ` must open nearly every line.
    const share =
      syntaxOnly(delimiter) && opens(filled[0]!, delimiter) && starts.length >= 2 ? SETTINGS.format.delimitedContinuedShare : SETTINGS.format.delimitedShare;
    if (starts.length / filled.length < share) continue;
    // A run of marks splitting every line into the same three fields or more is a record file's columns, whatever their
    // length (a list of headlines with its ids and categories).
    if (syntaxOnly(delimiter) && filled.length >= 2 && sameColumns(filled.map((line) => line.split(delimiter).length))) return delimiter;
    const bodies = starts.map((line) => line.split(delimiter).reduce((longest, field) => Math.max(longest, [...field].length), 0)).sort((a, b) => a - b);
    // (A bare `|` stands in text too, `重磅|国务院印发…` in a list of headlines: it splits records only over a story's text.)
    if (bodies[Math.floor(bodies.length / 2)]! >= SETTINGS.format.recordBodyMin * (delimiter === '|' ? 2 : 1)) return delimiter;
  }
  // Rule `colon-records`: a crawler that wrote `标题:正文` with an ASCII colon, the text running on over the lines after
  // (its paragraphs, or a page's leftovers), opens the file with such a record and opens at least
  // `format.colonRecordsMin` lines so.
  if (colonRecordStart(filled[0]!) && filled.filter(colonRecordStart).length >= SETTINGS.format.colonRecordsMin) return ':';
  return null;
}

/**
 * Whether rows split into the same three fields or more: nearly every row (`format.delimitedShare`; a crawler can drop
 * or add a trailing delimiter on a row) has the most common count of fields, and that is three or more.
 */
function sameColumns(widths: readonly number[]): boolean {
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  const [width, rows] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return width >= 3 && rows >= SETTINGS.format.delimitedShare * widths.length;
}

/** What a headline never ends on before `:`: a speaker's verb (`李克强说:`), and no questioner or answerer. */
const SPEECH_END = /(?:说|表示|指出|强调|认为|介绍|问|答|称|道)$/u;

/**
 * A line opening a `colon-records` record: from the line's first character, a headline (at least six Han characters,
 * no longer than `format.recordTitleMax`, no code's marks, not a speaker's `…说`) and an ASCII colon (not a web address's `://`).
 */
export function colonRecordStart(line: string): boolean {
  const match = /^(?=\S)([^:{};=()<>\t]{1,160}?):(?!\/\/)/u.exec(line);
  if (!match) return false;
  const title = match[1]!.trim();
  return (
    [...title.matchAll(/\p{Script=Han}/gu)].length >= SETTINGS.format.colonTitleHan &&
    [...title].length <= SETTINGS.format.recordTitleMax &&
    !SPEECH_END.test(title)
  );
}

const HEADER_NAMES: ReadonlySet<string> = new Set(
  [
    ...TITLE_KEYS,
    ...BODY_KEYS,
    ...BYLINE_KEYS,
    'id',
    'url',
    'link',
    'date',
    'time',
    'source',
    'category',
    'label',
    'channel',
    'tag',
    'tags',
    'keywords',
    'pubtime',
    'publish_time',
    '日期',
    '时间',
    '来源',
    '分类',
    '类别',
    '链接',
    // (Taiwan and Hong Kong crawlers' names, as `fieldName` simplifies them: 連結, 網址, 發布時間, 標籤.)
    '连结',
    '网址',
    '发布时间',
    '标签',
  ].map(fieldName),
);

/** A first line of comma-separated field names, one of them a title or body name (`title,content,date`). */
export function looksLikeCsv(filled: readonly string[]): boolean {
  const first = (filled[0] ?? '').replace(/^\ufeff/u, '');
  // (One field is no header: a first line without a comma is settled before its names are looked up.)
  if (!first.includes(',')) return false;
  const fields = first.split(',').map((field) => fieldName(field.trim().replace(/^"(.*)"$/u, '$1')));
  return filled.length > 1 && isHeader(fields) && (firstNamed(fields, BODY_KEYS) >= 0 || firstNamed(fields, TITLE_KEYS) >= 0);
}

/** One row of a record file: its fields, the 1-based line it starts on, and lines that continue its body (`delimited-continued`). */
export interface Row {
  readonly line: number;
  readonly fields: string[];
  readonly more?: { line: number; text: string }[];
}

// (R's `write.csv` and pandas name the row-number column with nothing: `"","x"`, `,title,content`.)
// (Or a crawler's own Chinese names beside a title name, `标题,时间,内容,一级类别,来源网站,访问地址,附件链接`: every field a
// short name with no mark in it, one of them naming the title.)
const isHeader = (fields: readonly string[]) =>
  fields.length > 1 &&
  fields.some((field) => field.trim() !== '') &&
  (fields.every(
    (field, index) => (index === 0 && field.trim() === '') || HEADER_NAMES.has(fieldName(field)) || /^[a-z_][a-z0-9_]*$/u.test(field.trim().toLowerCase()),
  ) ||
    // (The title named: a first data row may hold a word that names a text, `正文\t暂缺`, `内容,简讯,7月20日`.)
    (fields.every((field) => /^[\p{Script=Han}A-Za-z0-9_]{1,8}$/u.test(field.trim())) && firstNamed(fields.map(fieldName), TITLE_KEYS) >= 0));

/**
 * Parse a delimited record file: `title<d>body` lines, or tab-separated fields with or without a
 * header row. Without a header, the title is the first field with Han characters of at most
 * `recordTitleMax` characters and the body the longest field; other fields (ids, dates, URLs) are
 * metadata, not printed text.
 */
export function parseDelimited(text: string, delimiter: string): { records: SourceRecord[]; header: number | null } {
  const rows: { line: number; fields: string[]; more: { line: number; text: string }[] }[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const last = rows.at(-1);
    // Rule `delimited-continued`: a line without the delimiter, after a record, is more of that record's body. So, with
    // `colon-records`, is any line that opens no record (a colon stands in a page's leftovers too).
    if (delimiter === ':') {
      if (colonRecordStart(line)) {
        const at = line.indexOf(':');
        rows.push({ line: index + 1, fields: [line.slice(0, at), line.slice(at + 1)], more: [] });
      } else if (last) last.more.push({ line: index + 1, text: line });
    } else if (syntaxOnly(delimiter) && last && !line.includes(delimiter)) last.more.push({ line: index + 1, text: line });
    else rows.push({ line: index + 1, fields: line.split(delimiter), more: [] });
  });
  // `标题!!!!正文`: the title before the first delimiter, the rest is the body (it may hold the delimiter again). Where
  // every row has the same three fields or more (`id_!_code_!_category_!_title_!_keywords`), they are columns, as a tab's are.
  // (Most rows, not all: a crawler can drop or add a trailing delimiter on a row.)
  const columns = rows.length > 1 && rows.every((row) => row.more.length === 0) && sameColumns(rows.map((row) => row.fields.length));
  return recordsOfRows(rows, delimiter === '\t' || columns ? null : delimiter);
}

/**
 * Parse a CSV file (RFC 4180: quoted fields may hold commas and line breaks) with `csv-parse`. A
 * record's line is the line its first field starts on. Throws on a quote that never closes.
 */
export function parseCsv(text: string): { records: SourceRecord[]; header: number | null } {
  const parsed = parseCsvText(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
    info: { lines: number };
    record: string[];
  }[];
  const lines = text.split('\n');
  let next = 1;
  const rows: Row[] = parsed.map(({ info, record }) => {
    let line = next;
    while (line < info.lines && (lines[line - 1] ?? '').trim() === '') line++;
    next = info.lines + 1;
    return { line, fields: record };
  });
  return recordsOfRows(rows, null);
}

/**
 * Records from the rows of a record file. With a header row, the fields are named by it; without,
 * a two-field row (or any row where `joinRest` is given) is `title, body`, and otherwise the body is the
 * column with Han text that is longest at the median and the title the next one, chosen once for the file.
 */
export function recordsOfRows(allRows: readonly Row[], joinRest: string | null): { records: SourceRecord[]; header: number | null } {
  const hasHeader = allRows.length > 0 && isHeader(allRows[0]!.fields);
  const headerFields = hasHeader ? allRows[0]!.fields.map(fieldName) : [];
  // (By the names' order, most specific first: in `id,name,title,url` the title is `title`, not the site's `name`.)
  const titleAt = firstNamed(headerFields, TITLE_KEYS);
  // (The story's full text before a summary: `标题,摘要,正文` publishes 正文.)
  const bodyAt = firstNamed(headerFields, BODY_KEYS);
  const bylineAt = firstNamed(headerFields, BYLINE_KEYS);
  const rows = hasHeader ? allRows.slice(1) : allRows;
  const width = Math.max(0, ...rows.map((row) => row.fields.length));
  const medianLength = (column: number) => {
    const lengths = rows.map((row) => [...(row.fields[column] ?? '')].length).sort((a, b) => a - b);
    return lengths[Math.floor(lengths.length / 2)] ?? 0;
  };
  const hanShare = (column: number) => rows.filter((row) => /\p{Script=Han}/u.test(row.fields[column] ?? '')).length / Math.max(1, rows.length);
  // Rule `label-column`: a column whose every value is a word or two (`体育`, `财经`) labels the record's kind: no title.
  // (Titles can be as short, `春运`, `雪情`, but each is its own: labels repeat, or name a news category.)
  const labels = (column: number) => {
    const values = rows.map((row) => (row.fields[column] ?? '').trim());
    if (!values.every((value) => [...value].length <= SETTINGS.format.recordLabelMax)) return false;
    return new Set(values).size <= values.length * SETTINGS.format.recordLabelDistinct || values.every((value) => NEWS_CATEGORIES.has(value));
  };
  // Rule `keyword-column`: a column of short words set apart by commas (`佟丽娅,网络谣言,快乐大本营`) is the record's
  // keywords: no title, no text.
  const keywords = (column: number) =>
    rows.every((row) => {
      const value = (row.fields[column] ?? '').trim();
      // (ASCII commas only: a headline in phrases, `雪停了，路通了`, `消防宣传、进社区`, is set apart by Chinese marks.)
      return value === '' || /^[^，,、;；。！？!?\s]{1,12}(?:\s*,\s*[^，,、;；。！？!?\s]{1,12})+$/u.test(value);
    });
  // Rule `source-column`: a column whose every value names an outlet (`新华社`, `人民网`, `湖南红网`) says where the record
  // came from: no title, no text. (Without a header only: a header's names are believed.)
  const outlets = (column: number) =>
    !hasHeader && rows.every((row) => SOURCE_CREDIT.test((row.fields[column] ?? '').trim()) && [...(row.fields[column] ?? '').trim()].length <= 12);
  const textColumns = Array.from({ length: width }, (_, column) => column)
    .filter((column) => hanShare(column) >= 0.5 && !labels(column) && !keywords(column) && !outlets(column))
    .sort((a, b) => medianLength(b) - medianLength(a));
  // Rule `title-only-column`: the one column of text, its values a headline's length, holds titles with no text under
  // them (a list of headlines: `"1","指数巨量回调 两市成交额超2.9万亿元"`, `b'http://…'\t\t《红海行动》在越南上映…`).
  const titlesOnly = textColumns.length === 1 && medianLength(textColumns[0]!) <= SETTINGS.format.recordTitleOnlyMax;
  const bodyColumn = titlesOnly ? -1 : (textColumns[0] ?? 0);
  const titleColumn = titlesOnly
    ? textColumns[0]!
    : (textColumns
        .slice(1)
        .filter((column) => medianLength(column) <= SETTINGS.format.recordTitleMax)
        .sort((a, b) => a - b)[0] ?? -1);
  // Rule `header-named-title`: a header that names the title column but no body (`comment,source,title`) is believed:
  // the title is that column, and the body the longest other column of text where it runs longer than the titles and
  // than a headline, under no name of metadata (a source's name, `环球网`, a reader's comment, keywords, are no text);
  // without one the records are titles with no text under them. (A summary under its own name, `brief`, is a body name.)
  const namedBody =
    bodyAt >= 0
      ? bodyAt
      : titleAt >= 0
        ? (textColumns.find(
            (column) =>
              column !== titleAt &&
              medianLength(column) > medianLength(titleAt) &&
              medianLength(column) > SETTINGS.format.recordTitleOnlyMax &&
              !METADATA_NAMES.has(headerFields[column] ?? ''),
          ) ?? -1)
        : -1;
  // A row of two fields is `title, body` where both are text; a number or a label first is no title (`"1","…"`, `体育\t…`).
  const pairs = width === 2 && textColumns.length === 2;
  const records = rows.map(({ line, fields, more }) => {
    let title: string;
    let body: string;
    if (hasHeader && (bodyAt >= 0 || titleAt >= 0)) {
      title = titleAt >= 0 ? listCell(fields[titleAt] ?? '') : '';
      body = namedBody >= 0 ? listCell(fields[namedBody] ?? '') : '';
    } else if (joinRest !== null || (fields.length === 2 && (pairs || textColumns.length === 0))) {
      title = joinRest === null ? listCell(fields[0]!) : fields[0]!;
      body = joinRest === null ? listCell(fields[1] ?? '') : fields.slice(1).join(joinRest);
    } else {
      title = titleColumn >= 0 ? listCell(fields[titleColumn] ?? '') : '';
      body = bodyColumn >= 0 ? listCell(fields[bodyColumn] ?? '') : '';
    }
    const byline = hasHeader && bylineAt >= 0 ? oneLine(listCell(fields[bylineAt] ?? '')) || null : null;
    const paragraphs = paragraphsOf(body);
    if (!more || more.length === 0) return { line, title: oneLine(title), paragraphs, byline };
    const extra = more.flatMap((entry) => paragraphsOf(entry.text).map((paragraph) => ({ paragraph, line: entry.line })));
    return {
      line,
      title: oneLine(title),
      paragraphs: [...paragraphs, ...extra.map((entry) => entry.paragraph)],
      paragraphLines: [...paragraphs.map(() => line), ...extra.map((entry) => entry.line)],
      byline,
    };
  });
  return { records, header: hasHeader ? allRows[0]!.line : null };
}
