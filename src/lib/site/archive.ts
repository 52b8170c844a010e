import { decodePage } from '../ingest/read-page.ts';
import { readDocument, sourceLines } from '../ingest/formats/detect.ts';
import { pageStem } from '../ingest/ingest-folder.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isPageFile, pageNameProblem, readPageBytes, ContentFileError } from '../content-files/read-content-file.ts';
import { readYamlFile } from '../content-files/read-yaml.ts';
import { contentPath } from '../content-dir.ts';
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import { pageMetaSchema, type PageMeta } from '../../schemas/page-meta.ts';
import { translationSchema, type Translation } from '../../schemas/translation.ts';
import { paragraphHash } from '../translations/hash.ts';

/** A source page of the archive: its file name, text and metadata. */
export interface SourcePage {
  readonly file: string;
  readonly stem: string;
  readonly text: string;
  readonly meta: PageMeta | null;
}

let articlesCache: ArticleRecord[] | null = null;

/** The units ingest wrote (`content/articles/articles.json`), in source order. */
export function archiveArticles(): ArticleRecord[] {
  if (articlesCache) return articlesCache;
  const path = contentPath('articles', 'articles.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest\` first`);
  articlesCache = (JSON.parse(readFileSync(path, 'utf8')) as { units: ArticleRecord[] }).units;
  return articlesCache;
}

let pagesCache: SourcePage[] | null = null;
let byIdCache: Map<string, ArticleRecord> | null = null;

/** The archive's units by id (built once per build). */
export function articleById(): Map<string, ArticleRecord> {
  byIdCache ??= new Map(archiveArticles().map((article) => [article.id, article]));
  return byIdCache;
}

let bySourceCache: Map<string, ArticleRecord[]> | null = null;

/** The archive's units by source file name, each list in source order (built once per build). */
export function articlesBySource(): Map<string, ArticleRecord[]> {
  if (bySourceCache) return bySourceCache;
  bySourceCache = new Map();
  for (const article of archiveArticles()) {
    const list = bySourceCache.get(article.source) ?? [];
    list.push(article);
    bySourceCache.set(article.source, list);
  }
  return bySourceCache;
}

/** The source pages in `content/pages`, sorted by file name (read once per build). */
export function sourcePages(): SourcePage[] {
  if (pagesCache) return pagesCache;
  const dir = contentPath('pages');
  pagesCache = readdirSync(dir)
    .filter(isPageFile)
    .sort()
    .map((file) => {
      const problem = pageNameProblem(file);
      if (problem) throw new ContentFileError(`${dir}/${file}`, null, problem);
      const stem = pageStem(file);
      const metaPath = `${dir}/${stem}.meta.yaml`;
      const meta = existsSync(metaPath) ? readYamlFile(metaPath, pageMetaSchema) : null;
      // Decoded as ingest decoded it (GB18030, Big5 …), and shown as printed: no JSON or delimiters.
      const decoded = decodePage(readPageBytes(`${dir}/${file}`), file);
      return { file, stem, text: sourceLines(readDocument(decoded.text, file)).join('\n'), meta };
    });
  return pagesCache;
}

/** A paragraph's translation state. */
export type ParagraphTranslation = { en: string; state: 'translated' } | { en: string; state: 'stale' } | { en: null; state: 'missing' };

/** The translation of an article, or null if none was written. Errors name the file and paragraph. */
export function translationOf(articleId: string): Translation | null {
  const path = contentPath('translations', `${articleId}.yaml`);
  if (!existsSync(path)) return null;
  return readYamlFile(path, translationSchema);
}

/** The English for one paragraph: translated, stale (the Chinese changed since) or missing. */
export function paragraphTranslation(translation: Translation | null, id: string, zh: string): ParagraphTranslation {
  const entry = translation?.paragraphs[id];
  if (!entry || entry.en.trim() === '') return { en: null, state: 'missing' };
  return { en: entry.en, state: entry.hash === paragraphHash(zh) ? 'translated' : 'stale' };
}

/** English labels of unit kinds. */
export const kindLabels: Record<ArticleRecord['kind'], { en: string; zh: string }> = {
  article: { en: 'Article', zh: '文章' },
  fragment: { en: 'Fragment (continued)', zh: '续文' },
  'photo-caption': { en: 'Photo caption', zh: '图片说明' },
  'column-intro': { en: 'Column introduction', zh: '开栏语' },
  'page-header': { en: 'Page header', zh: '版头' },
  furniture: { en: 'Page furniture', zh: '版面杂项' },
};

/**
 * A source page's readable name: newspaper (printed, or "probably …"), date or year, and page,
 * each "unknown" where the page does not tell, in English and Chinese.
 *
 * @example sourceName({ newspaper: '滨州日报', newspaperEn: 'Binzhou Daily', year: 2017, date: null, page: null, … })
 * // → { en: 'Binzhou Daily, 2017, page unknown', zh: '滨州日报 2017年 版次不详' }
 */
export function sourceName(meta: PageMeta | null): { en: string; zh: string } {
  if (!meta) return { en: 'Unnamed newspaper, date unknown, page unknown', zh: '报名不详 日期不详 版次不详' };
  const paperEn = meta.newspaper
    ? (meta.newspaperEn ?? meta.newspaper)
    : meta.probableNewspaper
      ? `probably ${meta.newspaperEn ?? meta.probableNewspaper}`
      : 'Unnamed newspaper';
  const paperZh = meta.newspaper ?? (meta.probableNewspaper ? `可能为${meta.probableNewspaper}` : '报名不详');
  const whenEn = meta.date ?? (meta.year ? `${meta.year}` : 'date unknown');
  const whenZh = meta.date ?? (meta.year ? `${meta.year}年` : '日期不详');
  const pageEn = meta.page ? `page ${meta.page}` : 'page unknown';
  const pageZh = meta.page ? `第${meta.page}版` : '版次不详';
  return { en: `${paperEn[0]!.toUpperCase()}${paperEn.slice(1)}, ${whenEn}, ${pageEn}`, zh: `${paperZh} ${whenZh} ${pageZh}` };
}

/**
 * The fragment of a source page that marks a line range (`#L150-L183`, or `#L9` for one line).
 *
 * @example lineFragment([150, 183]) // → 'L150-L183'
 */
export const lineFragment = ([a, b]: readonly [number, number]): string => (a === b ? `L${a}` : `L${a}-L${b}`);

/** A one-line description of where a page comes from. */
export function describeSource(meta: PageMeta | null): string {
  if (!meta) return 'source not described';
  const paper = meta.newspaper
    ? `${meta.newspaper}${meta.newspaperEn ? ` (${meta.newspaperEn})` : ''}`
    : meta.probableNewspaper
      ? `probably ${meta.probableNewspaper} (masthead not printed)`
      : 'newspaper not named on the page';
  const when = meta.date ?? (meta.year ? `${meta.year} (date not printed)` : 'date not printed');
  return `${paper} · ${when}${meta.regionEn ? ` · ${meta.regionEn}` : ''}`;
}
