import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { TermUse } from './uses.ts';

/** Uses listed per page of a glossary term (the first page, then /glossary/<id>/2/ …). */
export const USES_PER_PAGE = 100;
/** Source pages named in a term page's summary (the rest are counted). */
export const SOURCES_SHOWN = 20;

/** What a term page says about a term's uses: counts, and the source pages with most uses. */
export interface UseSummary {
  readonly uses: number;
  readonly articles: number;
  readonly sources: number;
  /** Source pages by uses, most first (ties by file name), at most {@link SOURCES_SHOWN}. */
  readonly topSources: readonly { readonly source: string; readonly count: number }[];
}

/**
 * Summarise a term's uses in one pass (a term used thousands of times must not cost a scan of
 * its uses per article or per source page).
 */
export function summariseUses(uses: readonly TermUse[], articles: ReadonlyMap<string, Pick<ArticleRecord, 'source'>>): UseSummary {
  const perArticle = new Set<string>();
  const perSource = new Map<string, number>();
  for (const use of uses) {
    perArticle.add(use.article);
    const source = articles.get(use.article)?.source ?? '';
    perSource.set(source, (perSource.get(source) ?? 0) + 1);
  }
  const topSources = [...perSource]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SOURCES_SHOWN)
    .map(([source, count]) => ({ source, count }));
  return { uses: uses.length, articles: perArticle.size, sources: perSource.size, topSources };
}
