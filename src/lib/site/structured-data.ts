/**
 * Schema.org descriptions of pages as JSON-LD (`<script type="application/ld+json">`):
 * `NewsArticle` for an article (its newspaper as publisher only where the page prints it),
 * `DefinedTerm` in the archive's `DefinedTermSet` for a glossary entry, and the set itself.
 */
import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { PageMeta } from '../../schemas/page-meta.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** The archive's name, as publishers and sets refer to it. */
export const ARCHIVE_NAME = { zh: '地方治理报道档案', en: 'Local Governance Archive' } as const;

/**
 * JSON-LD text safe to place inside a `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`-style escapes (still the same JSON), so no value can end the element.
 *
 * @example jsonLdText({ name: '</script>' }) // → '{"name":"\\u003c/script\\u003e"}'
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How long a page description (meta description, Open Graph) may be. */
export const DESCRIPTION_CHARS = 300;

/**
 * A description cut to at most {@link DESCRIPTION_CHARS} characters: at the last sentence end that
 * fits, else at the last space, with an ellipsis; a short one is returned as it is.
 *
 * @example shortDescription('One. Two.') // → 'One. Two.'
 */
export function shortDescription(text: string, limit = DESCRIPTION_CHARS): string {
  if (text.length <= limit) return text;
  const head = text.slice(0, limit - 1);
  const sentence = Math.max(...['. ', '。', '! ', '? '].map((mark) => head.lastIndexOf(mark)));
  if (sentence > limit / 2) return head.slice(0, sentence + 1).trim();
  const space = head.lastIndexOf(' ');
  return `${(space > limit / 2 ? head.slice(0, space) : head).trim()}…`;
}

/** What {@link articleJsonLd} describes an article from. */
export interface ArticleFacts {
  readonly article: Pick<ArticleRecord, 'id' | 'title' | 'byline'>;
  readonly meta: PageMeta | null;
  /** The article's absolute URL. */
  readonly url: string;
  readonly titleEn?: string | undefined;
  readonly summaryEn?: string | undefined;
  /** The absolute URL of the site's home page. */
  readonly home: string;
}

/**
 * A `NewsArticle`: headline as printed (and its English as `alternativeHeadline`), the date only
 * when printed (else nothing), the newspaper as publisher only when the page prints its masthead
 * (a probable paper is never stated as a fact), and this archive as the place it is kept.
 */
export function articleJsonLd({ article, meta, url, titleEn, summaryEn, home }: ArticleFacts): JsonLd {
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    inLanguage: 'zh-Hans',
    isAccessibleForFree: true,
    isPartOf: { '@type': 'WebSite', name: `${ARCHIVE_NAME.zh} ${ARCHIVE_NAME.en}`, url: home },
  };
  if (titleEn) data.alternativeHeadline = titleEn;
  if (summaryEn) data.description = summaryEn;
  if (meta?.date) data.datePublished = meta.date;
  if (meta?.newspaper)
    data.publisher = { '@type': 'NewsMediaOrganization', name: meta.newspaper, ...(meta.newspaperEn ? { alternateName: meta.newspaperEn } : {}) };
  if (meta?.regionEn || meta?.region)
    data.contentLocation = { '@type': 'Place', name: meta.region ?? meta.regionEn, ...(meta.regionEn ? { alternateName: meta.regionEn } : {}) };
  if (article.byline) data.creditText = article.byline;
  return data;
}

/** The glossary as a `DefinedTermSet` (at the glossary's URL), listing its terms when given. */
export function termSetJsonLd(setUrl: string, terms: ReadonlyArray<{ entry: GlossaryEntry; url: string }> = []): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setUrl,
    url: setUrl,
    name: `术语表 Glossary · ${ARCHIVE_NAME.en}`,
    inLanguage: ['zh-Hans', 'en'],
    ...(terms.length > 0
      ? { hasDefinedTerm: terms.map(({ entry, url }) => ({ '@type': 'DefinedTerm', '@id': url, name: entry.term, alternateName: entry.english })) }
      : {}),
  };
}

/** A glossary entry as a `DefinedTerm` in the archive's set. */
export function definedTermJsonLd(entry: GlossaryEntry, url: string, setUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': url,
    url,
    name: entry.term,
    termCode: entry.id,
    alternateName: [entry.english, entry.pinyin, ...entry.variants, ...entry.englishVariants],
    description: entry.definitionEn,
    inLanguage: 'zh-Hans',
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': setUrl, url: setUrl },
  };
}
