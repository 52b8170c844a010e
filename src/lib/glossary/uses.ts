import type { ArticleRecord } from '../ingest/ingest-page.ts';
import { buildMatcher, type MatchForm, type TermMatcher } from './match-terms.ts';
import { toTraditional } from '../script/to-traditional.ts';
import type { LoadedEntry } from './load-glossary.ts';

/** One use of a term in the archive, in context (keyword in context, ±30 characters). */
export interface TermUse {
  readonly article: string;
  readonly paragraph: string;
  readonly form: string;
  readonly before: string;
  readonly after: string;
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
 * Every use of every glossary term in the archive, by entry id: the same longest-match
 * rule the annotation plugin applies, so the lists and the annotated text agree.
 */
export function collectUses(articles: readonly ArticleRecord[], matcher: TermMatcher, width = 30): Map<string, TermUse[]> {
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
    for (const block of article.blocks) {
      for (const match of matcher.match(block.text)) {
        const before = [...block.text.slice(0, match.start)].slice(-width).join('');
        const after = [...block.text.slice(match.end)].slice(0, width).join('');
        const list = uses.get(match.id) ?? [];
        list.push({ article: article.id, paragraph: block.id, form: match.form, before, after });
        uses.set(match.id, list);
      }
    }
  }
  return uses;
}
