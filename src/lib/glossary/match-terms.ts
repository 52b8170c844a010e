/**
 * Longest-match-first term matching over a character trie (by code point), shared by the
 * annotation plugin, the glossary pages' keyword-in-context lists and the checks.
 */

/** A form to match (a term or one of its variants) and the entry it belongs to. */
export interface MatchForm {
  readonly form: string;
  readonly id: string;
}

/** One match in a text: code-unit offsets, the matched form and the entry id. */
export interface TermMatch {
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly id: string;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  id: string | null;
  form: string | null;
}

const newNode = (): TrieNode => ({ next: new Map(), id: null, form: null });

/** A compiled matcher: build once with {@link buildMatcher}, reuse for every text. */
export interface TermMatcher {
  /** All non-overlapping matches in a text, scanning left to right and taking the longest form at each position. */
  match(text: string): TermMatch[];
  readonly size: number;
}

/**
 * Build a matcher from forms. Where forms overlap, the longest wins at each position
 * (`一门受理、协同办理` over `一门受理`).
 *
 * @example buildMatcher([{ form: '整村授信', id: 'zheng-cun-shou-xin' }]).match('推进整村授信工作')
 * // → [{ start: 2, end: 6, form: '整村授信', id: 'zheng-cun-shou-xin' }]
 */
export function buildMatcher(forms: readonly MatchForm[]): TermMatcher {
  const root = newNode();
  let size = 0;
  for (const { form, id } of forms) {
    if (!form) continue;
    let node = root;
    for (const char of form) {
      let child = node.next.get(char);
      if (!child) {
        child = newNode();
        node.next.set(char, child);
      }
      node = child;
    }
    if (node.id === null) size++;
    node.id ??= id;
    node.form ??= form;
  }
  return {
    size,
    match(text: string): TermMatch[] {
      const chars = [...text];
      const offsets: number[] = [];
      let offset = 0;
      for (const char of chars) {
        offsets.push(offset);
        offset += char.length;
      }
      offsets.push(offset);
      const matches: TermMatch[] = [];
      let i = 0;
      while (i < chars.length) {
        let node: TrieNode | undefined = root;
        let best: { end: number; id: string; form: string } | null = null;
        for (let j = i; j < chars.length; j++) {
          node = node.next.get(chars[j]!);
          if (!node) break;
          if (node.id !== null) best = { end: j + 1, id: node.id, form: node.form! };
        }
        if (best) {
          matches.push({ start: offsets[i]!, end: offsets[best.end]!, form: best.form, id: best.id });
          i = best.end;
        } else i++;
      }
      return matches;
    },
  };
}
