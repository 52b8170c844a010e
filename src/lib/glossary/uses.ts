import type { ArticleRecord } from '../ingest/ingest-page.ts';
import { buildMatcher, type MatchForm, type TermMatcher } from './match-terms.ts';
import { toTraditional } from '../script/to-traditional.ts';
import type { LoadedEntry } from './load-glossary.ts';
import { USE_CONTEXT_CHARS } from './term-page.ts';

/**
 * One use of a term in the archive, in context (keyword in context): at most `USE_CONTEXT_CHARS`
 * characters on each side, within the use's sentence.
 */
export interface TermUse {
  readonly article: string;
  readonly paragraph: string;
  readonly form: string;
  readonly before: string;
  readonly after: string;
}

/** A sentence ends at one of these: a use's context stops there. */
const SENTENCE_END = /[。！？!?]/u;

/**
 * The context before a use: its last `width` characters, from the start of the use's sentence if
 * that is nearer (another sentence's tail says nothing about the use, and every character is
 * repeated on the term pages of both scripts).
 *
 * @example clauseBefore('上一句。推进整村授信', 15) // → '推进整村授信'
 */
export function clauseBefore(text: string, width: number): string {
  const chars = [...text].slice(-width);
  const end = chars.findLastIndex((char) => SENTENCE_END.test(char));
  return chars.slice(end + 1).join('');
}

/**
 * The context after a use: its next `width` characters, up to and including the end of its sentence if that is nearer.
 *
 * @example clauseAfter('工作。下一句', 15) // → '工作。'
 */
export function clauseAfter(text: string, width: number): string {
  const chars = [...text].slice(0, width);
  const end = chars.findIndex((char) => SENTENCE_END.test(char));
  return (end < 0 ? chars : chars.slice(0, end + 1)).join('');
}

/** Printed head fields whose glossary terms are annotated on the article page and counted as uses (issue 15, item 7). */
export const HEAD_USE_FIELDS = ['kicker', 'title', 'subtitle'] as const;

/**
 * The printed head texts of a unit that count as uses, with the field as paragraph id: its
 * kicker, title (unless inferred from the first sentence, which the body already counts) and
 * subtitle.
 *
 * @example headTexts({ title: '督查激励', titleInferred: false, kicker: null, subtitle: null }) // → [{ paragraph: 'title', text: '督查激励' }]
 */
export function headTexts(article: Pick<ArticleRecord, 'title' | 'titleInferred'> & { kicker?: string | null; subtitle?: string | null }): {
  paragraph: string;
  text: string;
}[] {
  return HEAD_USE_FIELDS.flatMap((field) => {
    const text = article[field];
    if (typeof text !== 'string' || !text || (field === 'title' && article.titleInferred)) return [];
    return [{ paragraph: field, text }];
  });
}

/** The forms to match for glossary entries: each term and variant, and its Traditional form where that differs. */
export function formsOf(entries: readonly LoadedEntry[]): MatchForm[] {
  return entries.flatMap(({ entry }) =>
    [entry.term, ...entry.variants].flatMap((form) => {
      const hant = toTraditional(form);
      return hant === form
        ? [{ form, id: entry.id }]
        : [
            { form, id: entry.id },
            { form: hant, id: entry.id },
          ];
    }),
  );
}

const matchers = new WeakMap<readonly LoadedEntry[], TermMatcher>();
const usesCache = new WeakMap<readonly ArticleRecord[], WeakMap<TermMatcher, Map<number, Map<string, TermUse[]>>>>();

/**
 * Build the archive's term matcher from glossary entries (terms, variants and their
 * Traditional forms). Built once per list of entries: every page of a build shares it.
 */
export function matcherFor(entries: readonly LoadedEntry[]): TermMatcher {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = buildMatcher(formsOf(entries));
    matchers.set(entries, matcher);
  }
  return matcher;
}

/**
 * Every use of every glossary term in the archive, by entry id, in the order of the archive:
 * each unit's printed head ({@link headTexts}: `paragraph` is `kicker`, `title` or `subtitle`),
 * then its paragraphs. The same longest-match rule the annotation applies, so the lists and the
 * annotated text agree.
 */
export function collectUses(articles: readonly ArticleRecord[], matcher: TermMatcher, width = USE_CONTEXT_CHARS): Map<string, TermUse[]> {
  // Computed once per corpus and matcher: each of the ~600 term pages asks for it, and
  // scanning the whole corpus per page is what made the glossary pages dominate the build.
  const byMatcher = usesCache.get(articles) ?? new WeakMap();
  usesCache.set(articles, byMatcher);
  const byWidth = byMatcher.get(matcher) ?? new Map();
  byMatcher.set(matcher, byWidth);
  const cached = byWidth.get(width);
  if (cached) return cached;
  const uses = new Map<string, TermUse[]>();
  byWidth.set(width, uses);
  for (const article of articles) {
    for (const block of [...headTexts(article), ...article.blocks.map((block) => ({ paragraph: block.id, text: block.text }))]) {
      for (const match of matcher.match(block.text)) {
        const before = clauseBefore(block.text.slice(0, match.start), width);
        const after = clauseAfter(block.text.slice(match.end), width);
        const list = uses.get(match.id) ?? [];
        list.push({ article: article.id, paragraph: block.paragraph, form: match.form, before, after });
        uses.set(match.id, list);
      }
    }
  }
  return uses;
}
