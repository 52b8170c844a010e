import type { ArticleRecord, PageResult } from './ingest-page.ts';

/** The plain text of an article's body: its paragraphs and section headings, one per line. */
export const plainText = (article: Pick<ArticleRecord, 'blocks'>) => article.blocks.map((block) => block.text).join('\n');

/**
 * `articles.json` as ingest writes it beside the MDX files: every unit with its metadata,
 * paragraphs and plain text, plus each page's unassigned texts. Stable key order, two-space indent.
 */
export function articlesJson(articles: readonly ArticleRecord[], pages: readonly PageResult[]): string {
  return `${JSON.stringify(
    {
      units: articles.map((article) => ({ ...article, text: plainText(article) })),
      unassigned: pages.flatMap((page) => page.unassigned.map((entry) => ({ source: page.source, ...entry }))),
    },
    null,
    2,
  )}\n`;
}
