import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { LoadedEntry } from '../glossary/load-glossary.ts';
import type { TermMatcher } from '../glossary/match-terms.ts';
import type { PageMeta } from '../../schemas/page-meta.ts';
import type { Translation } from '../../schemas/translation.ts';
import { compact, normalise } from './query.ts';
import { pinyin } from 'pinyin-pro';
import { pinyinTokens } from './pinyin.ts';
import { paragraphIndex } from './snippet.ts';
import { indexTokens } from './tokens.ts';

/** A Pagefind custom record for one article (see `indexTokens` for why the content is n-grams). */
export interface SearchRecord {
  readonly url: string;
  readonly content: string;
  readonly language: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
}

/** What the archive knows about an article for its search record. */
export interface RecordInput {
  readonly article: ArticleRecord;
  readonly url: string;
  readonly meta: PageMeta | null;
  readonly translation: Translation | null;
  readonly titleHant: string;
}

/** The year an article is filed under: its printed date's, else the year its content places it in ('' when unknown). */
export const recordYear = (meta: PageMeta | null): string => meta?.date?.slice(0, 4) ?? (meta?.year ? String(meta.year) : '');

/**
 * The metadata an article is searchable by, as words: newspaper (printed or probable) and region
 * in Chinese and English, year (`2024`, `2024年`) and date (`2024-05-06`, `2024年5月6日`).
 */
export function metadataWords(meta: PageMeta | null, year: string): string {
  const newspaper = meta?.newspaper ?? meta?.probableNewspaper;
  const [y, m, d] = (meta?.date ?? '').split('-');
  const date = meta?.date ? [meta.date, `${y}年${Number(m)}月${Number(d)}日`] : [];
  const words = [newspaper, meta?.newspaperEn, meta?.region, meta?.regionEn, ...(year ? [year, `${year}年`] : []), ...date];
  return words.filter(Boolean).join('\n');
}

/** Head lines and paragraphs one line each, with where each paragraph starts (see snippet.ts). */
function joinParagraphs(head: readonly string[], paragraphs: readonly (readonly [string, string])[]): { text: string; index: string } {
  let text = head.join('\n');
  const starts: [string, number][] = [];
  for (const [id, paragraph] of paragraphs) {
    if (text) text += '\n';
    starts.push([id, text.length]);
    text += paragraph;
  }
  return { text, index: paragraphIndex(starts) };
}

/**
 * The toneless pinyin syllables of a title's Chinese characters (ü written u), read in context by pinyin-pro.
 * @example titleSyllables('实施整村授信') // → ['shi', 'shi', 'zheng', 'cun', 'shou', 'xin']
 */
export function titleSyllables(title: string): string[] {
  const han = [...title.matchAll(/\p{Script=Han}+/gu)].map(([run]) => run).join('');
  if (!han) return [];
  return pinyin(han, { toneType: 'none', type: 'array', v: false }).map((syllable) => normalise(syllable).replace(/[^a-z]+/gu, ''));
}

/**
 * The search record of an article: its Chinese as characters and character pairs plus its English
 * words, its metadata words ({@link metadataWords}) and its title's pinyin (syllable pairs, see pinyin.ts) as content, normalised as queries are
 * (query.ts); the original Chinese and English text, titles in three forms, source and
 * year as metadata (for excerpts and for checking matches); filters for newspaper, region,
 * year, kind, glossary category and glossary term (no sort key: sorting by year is a search
 * per year, see search-archive.ts).
 *
 * Records are indexed under one language code (`en`): Pagefind would otherwise re-segment the
 * Chinese with jieba and the browser's `Intl.Segmenter`, which is what breaks stock search.
 */
export function buildRecord(input: RecordInput, entries: ReadonlyMap<string, LoadedEntry['entry']>, matcher: TermMatcher): SearchRecord {
  const { article, translation, meta } = input;
  const zh = joinParagraphs(
    [article.title, article.subtitle, article.kicker].filter((line): line is string => Boolean(line)),
    article.blocks.map((block) => [block.id, block.text]),
  );
  const en = translation
    ? joinParagraphs(
        [translation.title, translation.summary],
        Object.entries(translation.paragraphs).map(([id, paragraph]) => [id, paragraph.en]),
      )
    : { text: '', index: '' };
  const termIds = [...new Set(article.blocks.flatMap((block) => matcher.match(block.text).map((match) => match.id)))];
  const year = recordYear(meta);
  const newspaper = meta?.newspaper ?? (meta?.probableNewspaper ? `${meta.probableNewspaper}?` : 'unknown');
  const tags = metadataWords(meta, year);
  const syllables = titleSyllables(article.title);
  return {
    url: input.url,
    // English as words only: Pagefind keeps `invest–operate–transfer` as one word, the query model splits it.
    content: `${indexTokens(normalise(`${zh.text}\n${tags}`)).join(' ')}\n${compact(normalise(en.text))}\n${pinyinTokens(syllables).join(' ')}`,
    language: 'en',
    meta: {
      title: article.title,
      titleHant: input.titleHant,
      titleEn: translation?.title ?? '',
      titlePinyin: syllables.join(''),
      id: article.id,
      url: input.url,
      source: article.source,
      year,
      kind: article.kind,
      text: zh.text,
      paras: zh.index,
      en: en.text,
      parasEn: en.index,
      tags,
    },
    filters: {
      kind: [article.kind],
      newspaper: [newspaper],
      region: [meta?.regionEn ?? 'unknown'],
      year: year ? [year] : ['unknown'],
      category: [...new Set(termIds.map((id) => entries.get(id)!.category))],
      term: termIds,
    },
  };
}
