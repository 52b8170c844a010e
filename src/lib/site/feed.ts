/**
 * The Atom feed (RFC 4287) of the archive's newest articles (`feed.xml`). Ingest keeps no date
 * of addition, so "newest" is by the date the source page carries: the printed date, else its
 * year; articles whose page gives neither come last. Only `article` units are listed.
 */
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import { xmlEscape } from './xml.ts';

/** How many articles the feed lists. */
export const FEED_ENTRIES = 50;

/** One article of the feed. */
export interface FeedItem {
  readonly article: Pick<ArticleRecord, 'id' | 'title' | 'kind' | 'date' | 'year' | 'newspaper'>;
  /** Absolute URL of the article page. */
  readonly url: string;
  readonly titleEn?: string | null | undefined;
  readonly summaryEn?: string | null | undefined;
}

/** The feed's own facts. */
export interface FeedInfo {
  /** Absolute URL of the site's home page and of the feed itself. */
  readonly home: string;
  readonly self: string;
  readonly title: string;
}

/** An RFC 3339 timestamp for an article: its printed date, else 1 January of its year; null when neither is known. */
export function articleTimestamp(article: Pick<ArticleRecord, 'date' | 'year'>): string | null {
  if (article.date) return `${article.date}T00:00:00Z`;
  return article.year ? `${article.year}-01-01T00:00:00Z` : null;
}

/** The articles the feed lists, newest first (by {@link articleTimestamp}, then id), at most {@link FEED_ENTRIES}. */
export function feedItems(items: readonly FeedItem[]): FeedItem[] {
  const key = (item: FeedItem) => articleTimestamp(item.article) ?? '';
  return items
    .filter((item) => item.article.kind === 'article')
    .sort((a, b) => key(b).localeCompare(key(a)) || a.article.id.localeCompare(b.article.id))
    .slice(0, FEED_ENTRIES);
}

/**
 * The Atom document. Each entry's id is its permalink; `updated` is its date (the feed's is the
 * newest entry's); the title carries the Chinese headline and, when translated, the English.
 */
export function atomFeed(info: FeedInfo, items: readonly FeedItem[]): string {
  const listed = feedItems(items);
  const fallback = '1970-01-01T00:00:00Z';
  const updated =
    listed
      .map((item) => articleTimestamp(item.article) ?? fallback)
      .sort()
      .at(-1) ?? fallback;
  const entries = listed.map((item) => {
    const title = item.titleEn ? `${item.article.title} · ${item.titleEn}` : item.article.title;
    return [
      '<entry>',
      `<id>${xmlEscape(item.url)}</id>`,
      `<title>${xmlEscape(title)}</title>`,
      `<link rel="alternate" type="text/html" href="${xmlEscape(item.url)}"/>`,
      `<updated>${articleTimestamp(item.article) ?? fallback}</updated>`,
      item.article.newspaper ? `<author><name>${xmlEscape(item.article.newspaper)}</name></author>` : '',
      item.summaryEn ? `<summary xml:lang="en">${xmlEscape(item.summaryEn)}</summary>` : '',
      '</entry>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">',
    `<id>${xmlEscape(info.home)}</id>`,
    `<title>${xmlEscape(info.title)}</title>`,
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(info.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xmlEscape(info.home)}"/>`,
    `<updated>${updated}</updated>`,
    // Atom requires an author for every entry: the feed's stands in where a paper is not printed.
    `<author><name>${xmlEscape(info.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
