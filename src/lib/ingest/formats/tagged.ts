import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { paragraphsOf, type SourceRecord } from './records.ts';

/**
 * News corpora in SGML/XML style: one `<doc>` element per article, its fields as child elements.
 * The Sogou news corpus (`<contenttitle>`, `<content>`, with `<url>` and `<docno>`), TREC
 * (`<DOC>`, `<HEADLINE>`, `<TEXT>`) and LDC Gigaword (`<DOC id=… type="story">`, `<HEADLINE>`,
 * `<DATELINE>`, `<TEXT><P>…</P></TEXT>`) are such files. They are read with parse5, which forgives
 * what such files get wrong (no root element, a bare `&`), and every field is cited at the line it
 * starts on. Tags never reach a published page.
 */

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode;

/** Field elements, by what the reader sees, most specific first (tag names compared in lower case). */
const TITLE_TAGS = ['contenttitle', 'headline', 'title', 'hl', 'head'];
const BODY_TAGS = ['content', 'text', 'body'];
const DATELINE_TAGS = ['dateline'];
const BYLINE_TAGS = ['byline', 'author'];

/** Whether a page is a file of `<doc>` records: it opens with one, and closes one. */
export function looksTagged(text: string): boolean {
  return /^\ufeff?\s*<doc[\s>]/iu.test(text) && /<\/doc>/iu.test(text);
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  // <title> and the like hold their text as a text child too; a <template> keeps its children in `content`.
  const children = isElement(node) ? (node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes) : [];
  return children.map(textOf).join('');
}

const startLine = (node: Node): number => node.sourceCodeLocation?.startLine ?? 1;

/**
 * The paragraphs of a field with the line each starts on: its `<p>` children one each, else its
 * text split at line breaks and the ideographic double space (as crawler fields are, {@link paragraphsOf}).
 */
function fieldParagraphs(field: Element): { text: string; line: number }[] {
  const paragraphs = field.childNodes.filter((child): child is Element => isElement(child) && child.tagName === 'p');
  if (paragraphs.length > 0) return paragraphs.flatMap((p) => paragraphsOf(textOf(p)).map((text) => ({ text, line: startLine(p) })));
  const out: { text: string; line: number }[] = [];
  for (const child of field.childNodes) {
    const from = startLine(child);
    textOf(child)
      .split('\n')
      .forEach((piece, index) => {
        for (const text of paragraphsOf(piece)) out.push({ text, line: from + index });
      });
  }
  return out;
}

/**
 * The articles of a `<doc>` record file, in file order. A record whose fields hold no text is left
 * out (a corpus's empty documents); one with a title and no body stays, as crawler records do.
 *
 * @example taggedRecords('<doc>\n<contenttitle>标题</contenttitle>\n<content>正文。</content>\n</doc>')
 * // → [{ line: 2, title: '标题', paragraphs: ['正文。'], paragraphLines: [3], byline: null }]
 */
export function taggedRecords(text: string): SourceRecord[] {
  const fragment = parseFragment(text.replace(/^\ufeff/u, ''), { sourceCodeLocationInfo: true });
  const docs: Element[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      // A `<doc>` left open takes the next ones in: they are records all the same.
      if (node.tagName === 'doc') docs.push(node);
      visit(node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes);
    }
  };
  visit(fragment.childNodes);
  return docs.flatMap((doc) => {
    const fields = new Map<string, Element>();
    const collect = (nodes: readonly Node[]) => {
      for (const node of nodes) {
        if (!isElement(node) || node.tagName === 'doc') continue;
        if (!fields.has(node.tagName)) fields.set(node.tagName, node);
        // Fields nested in a wrapper (`<body><headline>…</headline><text>…</text></body>`) count too, a body's paragraphs do not.
        if (node.tagName !== 'p' && !BODY_TAGS.includes(node.tagName))
          collect(node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes);
      }
    };
    collect(doc.childNodes);
    const first = (tags: readonly string[]) => tags.map((tag) => fields.get(tag)).find(Boolean);
    const titleField = first(TITLE_TAGS);
    const bodyField = first(BODY_TAGS);
    const datelineField = first(DATELINE_TAGS);
    const bylineField = first(BYLINE_TAGS);
    const title = titleField ? paragraphsOf(textOf(titleField)).join(' ') : '';
    const body = [...(datelineField ? fieldParagraphs(datelineField) : []), ...(bodyField ? fieldParagraphs(bodyField) : [])];
    if (!title && body.length === 0) return [];
    const line = titleField ? startLine(titleField) : (body[0]?.line ?? startLine(doc));
    const byline = bylineField ? paragraphsOf(textOf(bylineField)).join(' ') || null : null;
    return [{ line, title, paragraphs: body.map((paragraph) => paragraph.text), paragraphLines: body.map((paragraph) => paragraph.line), byline }];
  });
}
