import { parseFragment } from 'parse5';
import { findElements, isElement, textOf } from './markup-tree.ts';

/**
 * Text pages made by PDF-to-Markdown converters (MinerU, marker, Docling …) carry markup the paper
 * never printed: image links (`![](images/3f2a.jpg)`), tables as HTML (`<table><tr><td>…`), links
 * and emphasis. Headings (`# `) are kept: the segmenter reads them as hints and never publishes
 * them. Everything else is reduced to the text it marks, on the same line, so provenance holds.
 */

/** What {@link stripMarkdown} removed from a page. */
export interface MarkdownCleanup {
  readonly text: string;
  readonly images: number;
  readonly tables: number;
  readonly links: number;
}

const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/gu;
const LINK = /(?<!!)\[([^\]\n]+)\]\((?:https?:|\.{0,2}\/|#)[^)\n]*\)/gu;
const TABLE = /<table\b[^>]*>.*?<\/table>/gisu;
const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;
/** Any of the markup above but emphasis (which alone marks no converter's page), tested once per page. */
const MARKUP = new RegExp(`${IMAGE.source}|<table\\b|${LINK.source}`, 'iu');

/** The cells of an HTML table, row by row, as one line of text (cells apart by a space, rows by two). */
function tableText(html: string): string {
  return findElements(parseFragment(html).childNodes, (element) => element.tagName === 'tr')
    .map((row) =>
      row.childNodes
        .filter((cell) => isElement(cell) && /^t[dh]$/u.test(cell.tagName))
        .map((cell) => textOf(cell).replace(/\s+/gu, ' ').trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('  ');
}

/**
 * A text page without a converter's markup (see the module comment). Each line stays a line: an
 * image link alone on its line leaves it blank; a table (on one line, as converters write it) becomes
 * its cells' text.
 *
 * @example stripMarkdown('正文。\n![](images/a.jpg)\n<table><tr><td>地区</td><td>40</td></tr></table>').text // → '正文。\n\n地区 40'
 */
export function stripMarkdown(text: string): MarkdownCleanup {
  let images = 0;
  let tables = 0;
  let links = 0;
  const out = text
    .replace(TABLE, (table) => {
      tables++;
      // A table written over several lines keeps them: its text goes on its first line.
      const breaks = table.match(/\n/gu)?.length ?? 0;
      return tableText(table) + '\n'.repeat(breaks);
    })
    .replace(IMAGE, () => {
      images++;
      return '';
    })
    .replace(LINK, (_, label: string) => {
      links++;
      return label;
    })
    .replace(EMPHASIS, (_, __, inner: string) => inner);
  return { text: out, images, tables, links };
}

/** Whether a page carries a converter's markup: an image link, an HTML table or a Markdown link. */
export function hasMarkdownMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** A YAML front matter block opening a page: `---`, lines of `key: value`, `---`. */
const FRONT_MATTER = /^(?:\ufeff)?---[ \t]*\n((?:[A-Za-z_][\w-]*[ \t]*:.*\n|[ \t]+.*\n|[ \t]*-[ \t].*\n)*?)---[ \t]*(?:\n|$)/u;

/**
 * A page that opens with a static site's or an exporter's YAML front matter (`title:`, `date:`, `tags:` between `---`
 * lines): the block is no printed text. Its lines are left blank, but for its title's value, kept on its line (the
 * headline, where the page prints no other); null for a page without one.
 *
 * @example dropFrontMatter('---\ntitle: 县里推行改革\ndate: 2024-03-01\n---\n正文。').text // → '\n县里推行改革\n\n\n正文。'
 */
export function dropFrontMatter(text: string): { text: string; lines: number } | null {
  const match = FRONT_MATTER.exec(text);
  // (A block that holds a story's text, `content:`, is a labelled record of a crawler's dump, not front matter.)
  if (!match || /^(?:content|body|text|article|paragraphs)[ \t]*:/imu.test(match[1]!)) return null;
  const block = match[0].replace(/\n$/u, '').split('\n');
  const kept = block.map((line) => {
    const title = /^(?:\ufeff)?title[ \t]*:[ \t]*(.*)$/iu.exec(line)?.[1];
    return title === undefined ? '' : title.replace(/^(["'])(.*)\1$/u, '$2').trim();
  });
  return { text: kept.join('\n') + text.slice(block.join('\n').length), lines: block.length };
}
