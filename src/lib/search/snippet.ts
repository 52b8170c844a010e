/**
 * Results that help: every matched term marked in a snippet, and the paragraph a result opens at
 * (the article page's paragraphs carry ids, `p593`; `.para:target` marks the one opened).
 */
import { normalise, occurs, prepareText, type QueryTerm } from './query.ts';

/** A piece of a snippet: text, marked when it is a match. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * The paragraphs of a record's text as `id:offset` pairs, one space apart (offsets in UTF-16 code
 * units of the text, in order), for {@link paragraphAt}.
 * @example paragraphIndex([['p3', 'Title\n'.length], ['p9', 40]]) // → 'p3:6 p9:40'
 */
export function paragraphIndex(starts: readonly (readonly [string, number])[]): string {
  return starts.map(([id, offset]) => `${id}:${offset}`).join(' ');
}

/** Split a text into its paragraphs with the index written by {@link paragraphIndex}. */
export function paragraphsOf(text: string, index: string): { id: string; text: string }[] {
  const starts = index
    .split(' ')
    .filter(Boolean)
    .map((pair) => {
      const [id, offset] = pair.split(':');
      return { id: id!, offset: Number(offset) };
    });
  return starts.map(({ id, offset }, i) => ({ id, text: text.slice(offset, starts[i + 1]?.offset ?? text.length) }));
}

/**
 * The first paragraph (Chinese, then English) with every term of the query, else the first with
 * any; '' when no paragraph has one (a match in the title or the metadata only).
 */
export function firstParagraph(terms: readonly QueryTerm[], texts: readonly { text: string; index: string }[]): string {
  const paragraphs = texts
    .flatMap(({ text, index }) => paragraphsOf(text, index))
    .map((paragraph) => ({ ...paragraph, prepared: prepareText(paragraph.text) }));
  const has = (paragraph: (typeof paragraphs)[number], term: QueryTerm) =>
    occurs(term.phrase ? paragraph.prepared.compact : paragraph.prepared.plain, term.text);
  const all = paragraphs.find((paragraph) => terms.every((term) => has(paragraph, term)));
  return (all ?? paragraphs.find((paragraph) => terms.some((term) => has(paragraph, term))))?.id ?? '';
}

/** A text normalised a code point at a time, with the offset in the text each normalised unit comes from. */
function normaliseMapped(text: string): { plain: string; from: number[] } {
  let plain = '';
  const from: number[] = [];
  for (let at = 0; at < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(at)!);
    const folded = normalise(char);
    plain += folded;
    for (let i = 0; i < folded.length; i++) from.push(at);
    at += char.length;
  }
  from.push(text.length);
  return { plain, from };
}

/**
 * A snippet with every occurrence of every term marked (query and snippet normalised alike, so
 * case, width and diacritics do not matter; overlapping or touching matches are merged).
 * @example highlight('整村授信，授信到户', [{ text: '授信', phrase: false }]) // → 整村·[授信]·，·[授信]·到户
 */
export function highlight(text: string, terms: readonly QueryTerm[]): SnippetPart[] {
  const { plain, from } = normaliseMapped(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = plain.indexOf(term.text); at >= 0 && term.text; at = plain.indexOf(term.text, at + 1)) {
      // The same whole-word rule as the check: `fire` is not marked inside `firefighting`.
      if (occurs(plain.slice(Math.max(0, at - 1), at + term.text.length + 1), term.text)) ranges.push([from[at]!, from[at + term.text.length]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  // Overlapping or touching matches become one mark.
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: SnippetPart[] = [];
  let done = 0;
  for (const [start, end] of merged) {
    if (start > done) parts.push({ text: text.slice(done, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    done = end;
  }
  if (done < text.length) parts.push({ text: text.slice(done), mark: false });
  return parts;
}
