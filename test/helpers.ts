import { ingestPage, type ArticleRecord } from '../src/lib/ingest/ingest-page.ts';

/** A compact, readable view of a page's units for snapshots. */
export function describeUnits(articles: readonly ArticleRecord[]) {
  return articles.map((article) => ({
    kind: article.kind,
    title: article.title,
    ...(article.titleInferred ? { titleInferred: true } : {}),
    ...(article.subtitle ? { subtitle: article.subtitle } : {}),
    ...(article.kicker ? { kicker: article.kicker } : {}),
    ...(article.series ? { series: article.series } : {}),
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.organisation ? { organisation: article.organisation } : {}),
    ...(article.continuedFrom ? { continuedFrom: article.continuedFrom } : {}),
    ...(article.continuedTo ? { continuedTo: article.continuedTo } : {}),
    lines: article.lines.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(','),
    blocks: article.blocks.map((block) => `${block.type === 'heading' ? '## ' : ''}${block.text}`),
  }));
}

/** Ingest a page text with no edits and describe its units. */
export const unitsOf = (text: string, source = 'page.txt') => describeUnits(ingestPage(text, { source }).articles);
