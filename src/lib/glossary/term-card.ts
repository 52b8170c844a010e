import type { GlossaryEntry } from '../../schemas/glossary.ts';

/**
 * What a term's popover and phone sheet show beyond the article's own list (which has the term
 * and its English): the pinyin and one line of explanation. One small file per term
 * (`/glossary/<id>/card.json`), fetched when a reader first points at the term and shared by
 * every article in both scripts, instead of the explanation written into every page (issue 18).
 */
export interface TermCard {
  readonly term: string;
  readonly pinyin: string;
  readonly english: string;
  /** The first sentence of the English explanation. */
  readonly gloss: string;
}

/**
 * The first sentence of a text (up to `.`, `!` or `?` before a space or the end), or all of it.
 *
 * @example firstSentence('Credit granted to a whole village at once. Started in 2019.') // → 'Credit granted to a whole village at once.'
 */
export const firstSentence = (text: string): string => text.match(/^.*?[.!?](?=\s|$)/u)?.[0] ?? text;

/**
 * A term's card.
 *
 * @example termCard({ term: '整村授信', pinyin: 'zhěngcūn shòuxìn', english: 'whole-village credit granting', definitionEn: 'A rural-credit campaign … . Started …', … })
 * // → { term: '整村授信', pinyin: 'zhěngcūn shòuxìn', english: 'whole-village credit granting', gloss: 'A rural-credit campaign … .' }
 */
export function termCard(entry: Pick<GlossaryEntry, 'term' | 'pinyin' | 'english' | 'definitionEn'>): TermCard {
  return { term: entry.term, pinyin: entry.pinyin, english: entry.english, gloss: firstSentence(entry.definitionEn) };
}
