import { base } from 'astro:config/client';
import type { ArticleRecord } from '../ingest/ingest-page.ts';

/** The base-aware URL of a path inside the site (`articles/x/` → `/repo/articles/x/`). */
export function url(path: string): string {
  return `${base.replace(/\/?$/u, '/')}${path.replace(/^\//u, '')}`;
}

/** URL of an article page. */
export const articleUrl = (article: Pick<ArticleRecord, 'id'>) => url(`articles/${article.id}/`);
/** URL of a source page. */
export const sourceUrl = (file: string) => url(`sources/${file.replace(/\.txt$/u, '')}/`);
