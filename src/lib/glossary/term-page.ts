import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { TermUse } from './uses.ts';

/**
 * Uses listed per page of a glossary term (the first page, then /glossary/<id>/2/ …). Each page
 * repeats the site's head, header and footer (about 5 kB, in both scripts), so at 100 a page that
 * frame was a fifth of the term pages' bytes at 10,000 articles (issue 18); 250 uses make a page
 * of about 40 kB.
 */
export const USES_PER_PAGE = 250;
/**
 * Characters of context shown on each side of a use on a term page (keyword in context). A
 * clause on each side is enough to tell the uses apart; it was 30, and at 10,000 articles the
 * term pages of both scripts were about 21 kB per article, most of it context (issue 18).
 */
export const USE_CONTEXT_CHARS = 15;
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

/**
 * The ellipses around a use's context: only where the context was cut inside its sentence (a
 * context shorter than {@link USE_CONTEXT_CHARS} reached its sentence's or paragraph's edge; one
 * after the use that ends with its sentence's end mark is whole).
 *
 * @example elisions({ before: '本市获得', after: '表彰，共三项。' }) // → { lead: '', tail: '' }
 */
export function elisions(use: Pick<TermUse, 'before' | 'after'>, width = USE_CONTEXT_CHARS): { lead: string; tail: string } {
  const length = (text: string) => [...text].length;
  return {
    lead: length(use.before) >= width ? '…' : '',
    tail: length(use.after) >= width && !/[。！？!?]$/u.test(use.after) ? '…' : '',
  };
}

/** Consecutive uses of a term in one article, listed as one item of a term page: its title once. */
export interface UseRun<Use extends Pick<TermUse, 'article'>> {
  readonly article: string;
  readonly uses: readonly Use[];
}

/**
 * Group a page of uses into runs of the same article, in order, so an article's title is printed
 * once however often it uses the term (uses come in archive order, so an article's uses are
 * consecutive).
 *
 * @example useRuns([{ article: 'a' }, { article: 'a' }, { article: 'b' }])
 * // → [{ article: 'a', uses: [2 uses] }, { article: 'b', uses: [1 use] }]
 */
export function useRuns<Use extends Pick<TermUse, 'article'>>(uses: readonly Use[]): UseRun<Use>[] {
  const runs: { article: string; uses: Use[] }[] = [];
  for (const use of uses) {
    const last = runs.at(-1);
    if (last?.article === use.article) last.uses.push(use);
    else runs.push({ article: use.article, uses: [use] });
  }
  return runs;
}

/** An example of a term as a term page shows it: the Chinese paragraph and its English, if any. */
export interface ExampleText {
  readonly article: string;
  readonly paragraph: string;
  readonly zh: string;
  readonly en: string | null;
}

type ExampleArticle = Pick<ArticleRecord, 'id' | 'title' | 'blocks'> & { subtitle?: string | null; kicker?: string | null };
type ExampleTranslation = { title?: string | null; paragraphs: Readonly<Record<string, { en: string }>> } | null;

/**
 * The Chinese and English of an entry's examples (`title`, `subtitle`, `kicker` or a paragraph id),
 * skipping any that no longer exist (glossary:check reports those).
 *
 * @example exampleTexts([{ article: 'a-0001', paragraph: 'p3' }], articles, translationOf)
 * // → [{ article: 'a-0001', paragraph: 'p3', zh: '推进整村授信…', en: 'Whole-village credit granting …' }]
 */
export function exampleTexts(
  examples: readonly { article: string; paragraph: string }[],
  articles: ReadonlyMap<string, ExampleArticle>,
  translationOf: (id: string) => ExampleTranslation,
): ExampleText[] {
  return examples.flatMap(({ article: id, paragraph }) => {
    const article = articles.get(id);
    if (!article) return [];
    const head: Record<string, string | null | undefined> = { title: article.title, subtitle: article.subtitle, kicker: article.kicker };
    const zh = paragraph in head ? head[paragraph] : article.blocks.find((block) => block.id === paragraph)?.text;
    if (!zh) return [];
    const translation = translationOf(id);
    const en = paragraph === 'title' ? (translation?.title ?? null) : (translation?.paragraphs[paragraph]?.en ?? null);
    return [{ article: id, paragraph, zh, en: en?.trim() ? en : null }];
  });
}
