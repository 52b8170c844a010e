import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { Document, isSeq } from 'yaml';
import type { ArticleRecord } from './ingest-page.ts';

const serializer = unified().use(remarkFrontmatter, ['yaml']).use(remarkMdx).use(remarkStringify, { bullet: '-', fences: true }).freeze();

const rangeText = (ranges: readonly [number, number][]) => ranges.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');

/** The frontmatter an article's MDX file carries (everything but the body). */
export function frontmatterOf(record: ArticleRecord): Record<string, unknown> {
  const { blocks, flags, ...rest } = record;
  // Flags only where the segmenter is unsure, so a clean unit's file does not change.
  return { ...rest, ...(flags.length > 0 ? { flags } : {}), paragraphs: blocks.length };
}

/**
 * Write an article as MDX: YAML frontmatter, then each paragraph or section heading wrapped
 * in `<Para id lines>`. The text goes through mdast and remark-stringify with remark-mdx,
 * so `{`, `<` and markdown syntax from a newspaper come out escaped, as text.
 *
 * @example
 * // <Para id="p13" lines="13-27">
 * //
 * // 东北师范大学谢海明教授团队……
 * //
 * // </Para>
 */
export function toMdx(record: ArticleRecord): string {
  const doc = new Document(frontmatterOf(record));
  for (const key of ['lines', 'headLines']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const children: RootContent[] = [{ type: 'yaml', value: doc.toString({ lineWidth: 0 }).trimEnd() }];
  for (const block of record.blocks) {
    const inner: RootContent =
      block.type === 'heading'
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
        : { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    const element: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Para',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: block.id },
        { type: 'mdxJsxAttribute', name: 'lines', value: rangeText(block.lines) },
      ],
      children: [inner as MdxJsxFlowElement['children'][number]],
    };
    children.push(element);
  }
  const tree: Root = { type: 'root', children };
  return serializer.stringify(tree);
}
