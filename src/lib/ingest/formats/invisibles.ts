/**
 * Characters that print nothing but split words: zero-width spaces and joiners' kin (U+200B, U+200C,
 * U+2060), a byte-order mark inside the text (U+FEFF), soft hyphens (U+00AD). Web copies and PDF
 * extractions scatter them; a title or a glossary term with one inside matches nothing. A page is
 * read without them.
 */
const INVISIBLE = /[\u200B\u200C\u2060\uFEFF\u00AD]/gu;

/**
 * A page's text without invisible characters, and how many there were.
 *
 * @example dropInvisibles('放\u200B管服') // → { text: '放管服', dropped: 1 }
 */
export function dropInvisibles(text: string): { text: string; dropped: number } {
  let dropped = 0;
  const out = text.replace(INVISIBLE, () => {
    dropped++;
    return '';
  });
  return { text: out, dropped };
}
