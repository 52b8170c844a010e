import { parseFragment } from 'parse5';
import { childrenOf, isElement, textOf, type Element, type Node } from './markup-tree.ts';
import { paragraphsOf, type SourceRecord } from './records.ts';

/**
 * News corpora and feeds in SGML/XML style: one element per article, its fields as child elements.
 * The Sogou news corpus (`<contenttitle>`, `<content>`, with `<url>` and `<docno>`), TREC
 * (`<DOC>`, `<HEADLINE>`, `<TEXT>`) and LDC Gigaword (`<DOC id=… type="story">`, `<HEADLINE>`,
 * `<DATELINE>`, `<TEXT><P>…</P></TEXT>`) are such files, and so are RSS and Atom feeds and XML dumps
 * (`<articles><article><title>…`). They are read with parse5, which forgives
 * what such files get wrong (no root element, a bare `&`), and every field is cited at the line it
 * starts on. Tags never reach a published page.
 */

/** Field elements, by what the reader sees, most specific first (tag names compared in lower case). */
const TITLE_TAGS = ['contenttitle', 'headline', 'title', 'hl', 'head'];
const BODY_TAGS = ['content:encoded', 'content', 'text', 'body', 'description'];
const DATELINE_TAGS = ['dateline'];
const BYLINE_TAGS = ['byline', 'author', 'dc:creator'];
const FIELD_TAGS = new Set([...TITLE_TAGS, ...BODY_TAGS, ...DATELINE_TAGS, ...BYLINE_TAGS]);
/** Tags an HTML page opens with: such a page is refused as HTML, not read as records. */
const HTML_START = /^(?:html|head|body|div|p|article|span|section|main|table|!doctype)$/iu;

/**
 * Whether a page is a file of records in SGML/XML style: it opens with an XML declaration or a tag
 * that is not HTML's (`<doc>`, `<DOC id=…>`, `<rss>`, `<articles>`), and closes a tag.
 */
export function looksTagged(text: string): boolean {
  const open = /^\ufeff?\s*<(\?xml|[A-Za-z][\w:-]*)[\s>]/u.exec(text);
  return open !== null && !HTML_START.test(open[1]!) && /<\/[A-Za-z][\w:-]*>/u.test(text);
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
 * The articles of a record file, in file order: each innermost element holding a title or body
 * field (`<doc>`, an RSS `<item>`, an Atom `<entry>`, an `<article>` of an XML dump) is one record.
 * A record whose fields hold no text stays, empty (the ingest warns about it and skips it); one with
 * a title and no body stays, as crawler records do.
 *
 * @example taggedRecords('<doc>\n<contenttitle>标题</contenttitle>\n<content>正文。</content>\n</doc>')
 * // → [{ line: 2, title: '标题', paragraphs: ['正文。'], paragraphLines: [3], byline: null }]
 */
export function taggedRecords(text: string): SourceRecord[] {
  const fragment = parseFragment(text.replace(/^\ufeff/u, ''), { sourceCodeLocationInfo: true });
  const records: Element[] = [];
  // Innermost: an element is a record when it has a field child and holds no record itself (an RSS
  // <channel> has a <title> too, but its <item>s are the articles).
  const visit = (nodes: readonly Node[]): boolean => {
    let found = false;
    for (const node of nodes) {
      if (!isElement(node) || FIELD_TAGS.has(node.tagName)) continue;
      const inner = visit(childrenOf(node));
      if (!inner && childrenOf(node).some((child) => isElement(child) && FIELD_TAGS.has(child.tagName))) {
        records.push(node);
        found = true;
      }
      found ||= inner;
    }
    return found;
  };
  visit(fragment.childNodes);
  // Elements named as the records are but holding no field (a `<doc>` with only `<url>`) are records too,
  // empty: the ingest names them in a warning instead of passing over them.
  const names = new Set(records.map((record) => record.tagName));
  const seen = new Set(records);
  const others = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (names.has(node.tagName) && !seen.has(node)) records.push(node);
      others(childrenOf(node));
    }
  };
  others(fragment.childNodes);
  records.sort((a, b) => (a.sourceCodeLocation?.startOffset ?? 0) - (b.sourceCodeLocation?.startOffset ?? 0));
  return records.flatMap((record) => {
    const fields = new Map<string, Element>();
    for (const child of childrenOf(record))
      if (isElement(child) && FIELD_TAGS.has(child.tagName) && !fields.has(child.tagName)) fields.set(child.tagName, child);
    const first = (tags: readonly string[]) => tags.map((tag) => fields.get(tag)).find(Boolean);
    const titleField = first(TITLE_TAGS);
    const bodyField = first(BODY_TAGS);
    const datelineField = first(DATELINE_TAGS);
    const bylineField = first(BYLINE_TAGS);
    const title = titleField ? paragraphsOf(textOf(titleField)).join(' ') : '';
    const body = [...(datelineField ? fieldParagraphs(datelineField) : []), ...(bodyField ? fieldParagraphs(bodyField) : [])];
    // A record with neither is kept, empty: the ingest names it in a warning rather than drop it unseen.
    const line = titleField ? startLine(titleField) : (body[0]?.line ?? startLine(record));
    const byline = bylineField ? paragraphsOf(textOf(bylineField)).join(' ') || null : null;
    return [{ line, title, paragraphs: body.map((paragraph) => paragraph.text), paragraphLines: body.map((paragraph) => paragraph.line), byline }];
  });
}
