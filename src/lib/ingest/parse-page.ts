import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import { displayWidth } from './text-utils.ts';
import type { BlockData } from './types.ts';
import './types.ts';

/**
 * Parse raw page text into an mdast root with one `paragraph` per non-empty line.
 * Every node keeps its source position (line, column, offset), and `data.block`
 * records the layout facts later steps need (indent, blank line before, width).
 *
 * @example
 * parsePage('标题\n\n正文第一行\n第二行。') // → root with 3 paragraphs at lines 1, 3, 4
 */
export function parsePage(text: string): Root {
  const children: Paragraph[] = [];
  let offset = 0;
  let blankRun = 0;
  const rawLines = text.split('\n');
  rawLines.forEach((raw, index) => {
    const line = index + 1;
    const start = offset;
    offset += raw.length + 1;
    // `trimEnd`/`trimStart` strip exactly what `\s` matches, without running a regex per line.
    const value = raw.trimEnd();
    if (value === '') {
      blankRun++;
      return;
    }
    const content = value.trimStart();
    const leading = value.length - content.length;
    children.push({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: content,
          position: {
            start: { line, column: leading + 1, offset: start + leading },
            end: { line, column: value.length + 1, offset: start + value.length },
          },
        },
      ],
      position: {
        start: { line, column: 1, offset: start },
        end: { line, column: value.length + 1, offset: start + value.length },
      },
      data: {
        block: lineBlock(line, leading > 0 ? value[0] : undefined, blankRun, displayWidth(content)),
      },
    });
    blankRun = 0;
  });
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: rawLines.length, column: 1, offset: text.length } } };
}

/**
 * A line's layout facts (`data.block`), `indentChar` only where the line is indented. Written as two literals: a
 * spread into one (`...(indented ? { indentChar } : {})`) made a throwaway object per line and took half of parsing.
 */
function lineBlock(line: number, indentChar: string | undefined, gap: number, width: number): BlockData {
  return indentChar === undefined
    ? { lines: [line], indent: false, blankBefore: gap > 0, gap, hashDepth: 0, widths: [width] }
    : { lines: [line], indent: true, indentChar, blankBefore: gap > 0, gap, hashDepth: 0, widths: [width] };
}

/** unified parser plugin: page text → mdast with source positions ({@link parsePage}). */
export const remarkParsePage: Plugin<[], string, Root> = function () {
  this.parser = (document) => parsePage(String(document));
};
