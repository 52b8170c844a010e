/**
 * Bytes on disk per article of a built site: the article pages of each script, every page of the
 * site, the search index (Pagefind) and everything in dist, each divided by the number of articles.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { folderSize } from './measure-budgets.ts';
import { listFiles } from './check-links.ts';

/** What {@link pageBytes} measured (bytes; `perArticle` the same divided by the article count). */
export interface PageBytes {
  readonly articles: number;
  readonly total: { readonly articleHtml: number; readonly articleHtmlHant: number; readonly allPages: number; readonly index: number; readonly dist: number };
  readonly perArticle: PageBytes['total'];
}

/**
 * Measure a dist folder.
 *
 * @example pageBytes('dist').perArticle.articleHtml // → 44885
 */
export function pageBytes(dist: string): PageBytes {
  const html = listFiles(dist, '.html').map((file) => ({ file, bytes: statSync(join(dist, file)).size }));
  const sum = (pattern: RegExp) => html.filter(({ file }) => pattern.test(file)).reduce((total, { bytes }) => total + bytes, 0);
  const articles = html.filter(({ file }) => /^articles\/[^/]+\/index\.html$/u.test(file)).length;
  const total = {
    articleHtml: sum(/^articles\/[^/]+\/index\.html$/u),
    articleHtmlHant: sum(/^hant\/articles\/[^/]+\/index\.html$/u),
    allPages: sum(/./u),
    index: folderSize(dist, 'pagefind').bytes,
    dist: folderSize(dist).bytes,
  };
  const per = (bytes: number) => (articles === 0 ? 0 : Math.round(bytes / articles));
  return {
    articles,
    total,
    perArticle: {
      articleHtml: per(total.articleHtml),
      articleHtmlHant: per(total.articleHtmlHant),
      allPages: per(total.allPages),
      index: per(total.index),
      dist: per(total.dist),
    },
  };
}
