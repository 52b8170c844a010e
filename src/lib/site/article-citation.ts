import { accessedDate } from '../config/env.ts';
import { articleById, sourcePages, translationOf } from './archive.ts';
import { citeArticle, type Citation } from './citation.ts';
import { articleUrl } from './urls.ts';

/**
 * The citation of an article of this build: its permalink on `site` (ARCHIVE_SITE), accessed
 * the day of the build (or `ARCHIVE_ACCESSED`), with the English title of its translation.
 */
export function articleCitation(id: string, site: URL | undefined): Citation {
  const record = articleById().get(id);
  if (!record) throw new Error(`articleCitation: no article \`${id}\``);
  const meta = sourcePages().find((page) => page.file === record.source)?.meta ?? null;
  const permalink = new URL(articleUrl(record), site ?? 'http://localhost').href;
  return citeArticle(record, meta, permalink, accessedDate(), translationOf(id)?.title);
}
