/**
 * Glossary terms in an English paragraph, found from their English renderings (the archive's
 * `english` and its `englishVariants`), so the English column is annotated like the Chinese.
 * Only terms the paragraph's Chinese uses are looked for: a common English word ("reform") is
 * annotated only where it renders a term of that paragraph.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';

/** A run of an English paragraph: plain text, or a term's rendering with the term's id. */
export interface EnglishSegment {
  readonly text: string;
  readonly id?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A pattern for one rendering: whole words, any run of spaces, case ignored, an optional plural `s`/`es`. */
function renderingPattern(rendering: string): RegExp {
  const body = rendering.trim().split(/\s+/u).map(escape).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:e?s)?(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Split an English paragraph into plain runs and term renderings: leftmost first, the longest
 * where two start together, never overlapping.
 *
 * @example
 * englishSegments('Whole-village credit granting began.', [{ id: 'z', english: 'whole-village credit granting', englishVariants: [] }])
 * // → [{ text: 'Whole-village credit granting', id: 'z' }, { text: ' began.' }]
 */
export function englishSegments(english: string, entries: ReadonlyArray<Pick<GlossaryEntry, 'id' | 'english' | 'englishVariants'>>): EnglishSegment[] {
  const found: { start: number; end: number; id: string }[] = [];
  for (const entry of entries) {
    for (const rendering of [entry.english, ...entry.englishVariants]) {
      if (rendering.trim() === '') continue;
      for (const match of english.matchAll(renderingPattern(rendering))) found.push({ start: match.index, end: match.index + match[0].length, id: entry.id });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: EnglishSegment[] = [];
  let at = 0;
  for (const match of found) {
    if (match.start < at) continue;
    if (match.start > at) segments.push({ text: english.slice(at, match.start) });
    segments.push({ text: english.slice(match.start, match.end), id: match.id });
    at = match.end;
  }
  if (at < english.length) segments.push({ text: english.slice(at) });
  return segments;
}
