import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Plugin } from 'unified';
import { visitParents, SKIP } from 'unist-util-visit-parents';
import { buildMatcher, type MatchForm, type TermMatcher } from '../lib/glossary/match-terms.ts';

/** Options for {@link remarkGlossary}. */
export interface RemarkGlossaryOptions {
  /** Forms to annotate (terms and variants with their entry ids) (required). Where two overlap, the longest wins. */
  readonly forms: ReadonlyArray<MatchForm>;
  /** MDX component that wraps each use (default: `'Term'`). */
  readonly component?: string;
}

const SKIP_TYPES = new Set(['link', 'linkReference', 'inlineCode', 'code', 'definition', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * Wrap every use of a glossary term in text nodes in an MDX component, longest match first;
 * never inside links, code or another annotation. Returns how many uses it wrapped.
 *
 * @example 推进整村授信工作 → 推进<Term id="zheng-cun-shou-xin">整村授信</Term>工作
 */
export function annotateTerms(tree: Root, matcher: TermMatcher, component = 'Term'): number {
  let count = 0;
  visitParents(tree, (node, ancestors) => {
    if (SKIP_TYPES.has(node.type)) return SKIP;
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as MdxJsxTextElement).name === component) return SKIP;
    if (node.type !== 'text') return;
    const parent = ancestors.at(-1) as Parent | undefined;
    if (!parent) return;
    const text = node as Text;
    const matches = matcher.match(text.value);
    if (matches.length === 0) return;
    const replacement: PhrasingContent[] = [];
    let at = 0;
    for (const match of matches) {
      if (match.start > at) replacement.push({ type: 'text', value: text.value.slice(at, match.start) });
      replacement.push({
        type: 'mdxJsxTextElement',
        name: component,
        attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: match.id }],
        children: [{ type: 'text', value: match.form }],
      } as MdxJsxTextElement);
      at = match.end;
      count++;
    }
    if (at < text.value.length) replacement.push({ type: 'text', value: text.value.slice(at) });
    const index = parent.children.indexOf(text as never);
    parent.children.splice(index, 1, ...(replacement as never[]));
    return [SKIP, index + replacement.length];
  });
  return count;
}

/** unified plugin: annotate glossary terms in every MDX article ({@link annotateTerms}). */
export const remarkGlossary: Plugin<[RemarkGlossaryOptions], Root> = (options) => {
  if (!options?.forms) throw new TypeError('Unexpected missing `forms` in options, expected an array of glossary forms');
  const matcher = buildMatcher(options.forms);
  return (tree, file) => {
    file.data.glossaryUses = annotateTerms(tree, matcher, options.component ?? 'Term');
  };
};

declare module 'vfile' {
  interface DataMap {
    glossaryUses: number;
  }
}
