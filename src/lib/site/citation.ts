import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { PageMeta } from '../../schemas/page-meta.ts';

/** The archive's name as it appears in citations. */
export const ARCHIVE_NAME = 'Local Governance Archive';

/** What a citation says about an article, before any style formats it. */
export interface CitationData {
  readonly id: string;
  readonly authors: readonly string[];
  readonly title: string;
  readonly titleEn: string | null;
  /** The newspaper as printed (`probable: false`), or the archive's inference (`probable: true`), or unknown. */
  readonly newspaper: { readonly zh: string | null; readonly en: string | null; readonly probable: boolean; readonly evidence: readonly string[] };
  /** `YYYY-MM-DD` when printed, else null. */
  readonly date: string | null;
  readonly year: string | null;
  readonly page: string | null;
  readonly source: string;
  readonly lines: string;
  readonly permalink: string;
  /** `YYYY-MM-DD`. */
  readonly accessed: string;
}

/** Every style and format of one article's citation. */
export interface Citation {
  readonly data: CitationData;
  readonly zh: string;
  readonly chicago: string;
  readonly apa: string;
  readonly bibtex: string;
  readonly ris: string;
  readonly csl: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${MONTHS[m! - 1]} ${d}, ${y}`;
};

/**
 * What the archive knows of an article for a citation: reporters from the byline, the newspaper
 * as printed or as inferred (with the evidence), date or year, page, and where it is in the
 * archive.
 */
export function citationData(article: ArticleRecord, meta: PageMeta | null, permalink: string, accessed: string, titleEn?: string | null): CitationData {
  const printed = meta?.newspaper ?? null;
  const probable = printed ? null : (meta?.probableNewspaper ?? null);
  return {
    id: article.id,
    authors: authorsOf(article.byline),
    title: article.title,
    titleEn: titleEn?.trim() ? titleEn.trim() : null,
    newspaper: {
      zh: printed ?? probable,
      en: printed || probable ? (meta?.newspaperEn ?? null) : null,
      probable: probable !== null,
      evidence: meta?.evidence ?? [],
    },
    date: meta?.date ?? null,
    year: meta?.date?.slice(0, 4) ?? (meta?.year ? String(meta.year) : null),
    page: meta?.page ?? null,
    source: article.source,
    lines: article.lines.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', '),
    permalink,
    accessed,
  };
}

/** The newspaper as a citation names it: `滨州日报 (Binzhou Daily)`, `[probably 吉林日报; masthead not printed]`, `[newspaper not named on the page]`. */
function paperName(data: CitationData): string {
  const { zh, en, probable } = data.newspaper;
  if (!zh) return '[newspaper not named on the page]';
  const name = en ? `${zh} (${en})` : zh;
  return probable ? `[probably ${name}; masthead not printed]` : name;
}

const andList = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`);
const titleWithEnglish = (data: CitationData) => `${data.title}${data.titleEn ? ` [${data.titleEn}]` : ''}`;
const archiveLocation = (data: CitationData) => `source page ${data.source}, lines ${data.lines}`;

/**
 * Chicago (17th ed., notes and bibliography), bibliography entry for a newspaper article.
 *
 * @example chicago(data) // → '隆卫. “我市政银企达成… [Banks and firms …].” 滨州日报 (Binzhou Daily), 2017, page unknown. Local Governance Archive, source page 003_….txt, lines 150–183. Accessed December 6, 2026. https://…'
 */
export function chicago(data: CitationData): string {
  const when = data.date ? longDate(data.date) : (data.year ?? 'n.d.');
  return [
    data.authors.length ? `${andList(data.authors)}.` : null,
    `“${titleWithEnglish(data)}.”`,
    `${paperName(data)}, ${when}, ${data.page ? `page ${data.page}` : 'page unknown'}.`,
    `${ARCHIVE_NAME}, ${archiveLocation(data)}.`,
    `Accessed ${longDate(data.accessed)}.`,
    data.permalink,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * APA (7th ed.), newspaper article from an archive.
 *
 * @example apa(data) // → '隆卫. (2017). 我市政银企达成… [Banks and firms …]. 滨州日报 (Binzhou Daily). Local Governance Archive. https://…'
 */
export function apa(data: CitationData): string {
  const when = data.date ? `${data.date.slice(0, 4)}, ${MONTHS[Number(data.date.slice(5, 7)) - 1]} ${Number(data.date.slice(8))}` : (data.year ?? 'n.d.');
  const authors = data.authors.length
    ? `${data.authors.length > 1 ? `${data.authors.slice(0, -1).join(', ')}, & ${data.authors.at(-1)}` : data.authors[0]}.`
    : null;
  return [authors, `(${when}).`, `${titleWithEnglish(data)}.`, `${paperName(data)}${data.page ? `, ${data.page}` : ''}.`, `${ARCHIVE_NAME}.`, data.permalink]
    .filter(Boolean)
    .join(' ');
}

/** GB/T 7714-2015 style, in Chinese. */
export function gbt7714(data: CitationData): string {
  const paper = data.newspaper.zh ? (data.newspaper.probable ? `[可能为${data.newspaper.zh}，报头未印出]` : data.newspaper.zh) : '[报名未印出]';
  const when = data.date ?? data.year ?? '[出版日期不详]';
  return `${data.authors.length ? `${data.authors.join(', ')}. ` : ''}${data.title}[N]. ${paper}, ${when}${data.page ? `(${data.page})` : ''}. 地方治理报道档案, 原文 ${data.source} 第${data.lines}行. ${data.permalink} [${data.accessed}].`;
}

const escapeBibtex = (text: string) => text.replace(/[\\{}%&$#_^~]/gu, (char) => `\\${char}`);
const newspaperNote = (data: CitationData) =>
  data.newspaper.probable ? `Newspaper inferred, masthead not printed: ${data.newspaper.evidence.join(' ') || 'see the source page'}` : null;

/** BibTeX (`@article`, biblatex-friendly fields). */
export function bibtex(data: CitationData): string {
  return [
    `@article{${data.id.replace(/[^A-Za-z0-9]/gu, '')},`,
    data.authors.length ? `  author = {${data.authors.map(escapeBibtex).join(' and ')}},` : null,
    `  title = {${escapeBibtex(data.title)}},`,
    data.titleEn ? `  titleaddon = {${escapeBibtex(data.titleEn)}},` : null,
    `  journal = {${escapeBibtex(paperName(data))}},`,
    data.year ? `  year = {${data.year}},` : null,
    data.date ? `  date = {${data.date}},` : null,
    data.page ? `  pages = {${escapeBibtex(data.page)}},` : null,
    `  note = {${escapeBibtex([`${ARCHIVE_NAME}, ${archiveLocation(data)}`, newspaperNote(data)].filter(Boolean).join('. '))}},`,
    `  url = {${data.permalink}},`,
    `  urldate = {${data.accessed}},`,
    '}',
  ]
    .filter(Boolean)
    .join('\n');
}

/** RIS (type NEWS), CRLF line ends as the format asks. */
export function ris(data: CitationData): string {
  const slash = (day: string) => `${day.replace(/-/gu, '/')}/`;
  const line = (tag: string, value: string | null) => (value ? `${tag}  - ${value.replace(/\s+/gu, ' ')}` : null);
  return `${[
    'TY  - NEWS',
    ...data.authors.map((author) => line('AU', author)),
    line('TI', data.title),
    line('TT', data.titleEn),
    line('T2', data.newspaper.zh ? paperName(data) : null),
    line('PY', data.year),
    line('DA', data.date ? slash(data.date) : null),
    line('SP', data.page),
    line('UR', data.permalink),
    line('Y2', slash(data.accessed)),
    line('DB', ARCHIVE_NAME),
    line('AN', `${data.source}, lines ${data.lines}`),
    line('N1', newspaperNote(data)),
    'ER  - ',
  ]
    .filter(Boolean)
    .join('\r\n')}\r\n`;
}

/** CSL-JSON (one `article-newspaper` item in an array), for Zotero, Pandoc and citeproc. */
export function cslJson(data: CitationData): string {
  const parts = (day: string) => day.split('-').map(Number);
  const item = {
    id: data.id,
    type: 'article-newspaper',
    title: data.title,
    ...(data.authors.length ? { author: data.authors.map((literal) => ({ literal })) } : {}),
    ...(data.newspaper.zh ? { 'container-title': paperName(data) } : {}),
    ...(data.date ? { issued: { 'date-parts': [parts(data.date)] } } : data.year ? { issued: { 'date-parts': [[Number(data.year)]] } } : {}),
    ...(data.page ? { page: data.page } : {}),
    URL: data.permalink,
    accessed: { 'date-parts': [parts(data.accessed)] },
    archive: ARCHIVE_NAME,
    archive_location: archiveLocation(data),
    note: [data.titleEn ? `English title: ${data.titleEn}` : null, newspaperNote(data)].filter(Boolean).join('. ') || undefined,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * Cite an article of the archive in every style and format.
 * @example citeArticle(article, meta, 'https://x.github.io/archive/articles/e698e91f-0150/', '2026-11-22').zh
 * // → '隆卫. 我市政银企达成专利权质押融资合作意向金额近6亿元[N]. 滨州日报, 2017. …'
 */
export function citeArticle(article: ArticleRecord, meta: PageMeta | null, permalink: string, accessed: string, titleEn?: string | null): Citation {
  const data = citationData(article, meta, permalink, accessed, titleEn);
  return { data, zh: gbt7714(data), chicago: chicago(data), apa: apa(data), bibtex: bibtex(data), ris: ris(data), csl: cslJson(data) };
}

/**
 * The reporters a byline names (`本报记者 隋二龙 裴虹蓉` → 隋二龙, 裴虹蓉;
 * `滨州日报/滨州网讯（记者 隆卫 通讯员 臧玉希 报道）` → 隆卫, 臧玉希); none for a bare `本报讯`.
 */
export function authorsOf(byline: string | null): string[] {
  if (!byline) return [];
  const inner = byline
    .replace(/^[^（(]*[（(]|[）)][^（()）]*$/gu, ' ')
    .replace(/本报讯|本报记者|本报通讯员|记者|通讯员|报道|摄|[\p{Script=Han}]{2,8}(?:日报|网)(?:\/[\p{Script=Han}]{2,8}(?:网|日报))?讯?/gu, ' ');
  return [...new Set(inner.split(/[\s/（）()、,，]+/u).filter((name) => /^[\p{Script=Han}]{2,4}$/u.test(name)))];
}
