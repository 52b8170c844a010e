/**
 * What an article page's bytes are made of: each region of the page (head, site header, citations,
 * "Terms in this article", …) and, inside the paragraphs, the Chinese and English text, the term
 * links and the per-paragraph links. Regions are cut out in order by their opening markup, so the
 * parts add up to the page's size exactly (`rest` is what no rule claims). Used by
 * `npm run bench:pages -- --anatomy` to decide what to make leaner (issue 18).
 */

/** The parts of an article page, in the order they are cut out. */
export const ANATOMY_PARTS = [
  'head: JSON-LD',
  'head: content-security policy',
  'head: title, meta, links',
  'site header and navigation',
  'search dialog',
  'footer',
  'breadcrumb',
  'article head',
  'citations',
  'reading switches',
  'contents',
  'terms in this article',
  'script tags',
  'paragraphs: Chinese text',
  'paragraphs: English text',
  'paragraphs: term links',
  'paragraphs: source-line links',
  'paragraphs: permalinks',
  'paragraphs: other markup',
  'rest',
] as const;
export type AnatomyPart = (typeof ANATOMY_PARTS)[number];

/** A term use's tags in the text: its link to the glossary (once the source and permalinks are cut out, the only links). */
const TERM_LINK = /<a [^>]*href="[^"]*\/glossary\/[^"]*"[^>]*>|<\/a>/gu;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Regions cut out whole: from the first `start` to the end of the following `end`. */
const REGIONS: readonly [AnatomyPart, string | RegExp, string][] = [
  ['head: JSON-LD', '<script type="application/ld+json">', '</script>'],
  ['head: content-security policy', '<meta http-equiv="content-security-policy"', '>'],
  ['head: title, meta, links', '<head>', '</head>'],
  ['site header and navigation', '<a class="skip"', '</header>'],
  ['search dialog', '<dialog class="search-dialog"', '</dialog>'],
  ['footer', '<footer class="site">', '</footer>'],
  ['breadcrumb', '<nav aria-label="Breadcrumb', '</nav>'],
  ['article head', '<header class="article-head">', '</header>'],
  ['citations', '<section class="cite"', '</section>'],
  ['reading switches', '<div class="reading-controls"', '</div>'],
  ['contents', '<nav class="toc"', '</nav>'],
  ['terms in this article', '<aside aria-labelledby="terms-here"', '</aside>'],
];

/**
 * Bytes of each part of one article page.
 *
 * @example articleAnatomy('<html><head><title>x</title></head><body>…</body></html>')['head: title, meta, links'] // → 28
 */
export function articleAnatomy(html: string): Record<AnatomyPart, number> {
  const parts = Object.fromEntries(ANATOMY_PARTS.map((part) => [part, 0])) as Record<AnatomyPart, number>;
  let rest = html;
  const take = (part: AnatomyPart, start: string, end: string) => {
    const from = rest.indexOf(start);
    if (from < 0) return;
    // A region that nests its own closing tag (the reading switches' inner <div>s) ends at the matching one.
    let to = rest.indexOf(end, from + start.length);
    if (part === 'reading switches') {
      let depth = 0;
      const tags = /<div\b|<\/div>/gu;
      tags.lastIndex = from;
      for (let match = tags.exec(rest); match; match = tags.exec(rest)) {
        depth += match[0] === '</div>' ? -1 : 1;
        if (depth === 0) {
          to = match.index;
          break;
        }
      }
    }
    if (to < 0) return;
    to += end.length;
    parts[part] += bytes(rest.slice(from, to));
    rest = rest.slice(0, from) + rest.slice(to);
  };
  for (const [part, start, end] of REGIONS) take(part, start as string, end);
  rest = rest.replace(/<script\b[^>]*><\/script>/gu, (tag) => {
    parts['script tags'] += bytes(tag);
    return '';
  });
  // The paragraphs: everything from the reading body to the end of the article.
  const bodyStart = rest.indexOf('<div class="reading-body"');
  const bodyEnd = rest.indexOf('</article>', bodyStart);
  if (bodyStart >= 0 && bodyEnd >= 0) {
    let body = rest.slice(bodyStart, bodyEnd);
    rest = rest.slice(0, bodyStart) + rest.slice(bodyEnd);
    const cut = (part: AnatomyPart, pattern: RegExp) => {
      body = body.replace(pattern, (found) => {
        parts[part] += bytes(found);
        return '';
      });
    };
    cut('paragraphs: source-line links', /<a class="prov"[\s\S]*?<\/a>/gu);
    cut('paragraphs: permalinks', /<a class="permalink"[\s\S]*?<\/a>/gu);
    const english = (column: string) => {
      const inner = column.replace(TERM_LINK, (tag) => {
        parts['paragraphs: term links'] += bytes(tag);
        return '';
      });
      const text = inner.replace(/<[^>]+>/gu, '');
      parts['paragraphs: English text'] += bytes(text);
      parts['paragraphs: other markup'] += bytes(inner) - bytes(text);
      return '';
    };
    body = body.replace(/<div class="en[^"]*" lang="en">[\s\S]*?<\/div>/gu, english);
    cut('paragraphs: term links', TERM_LINK);
    const text = body.replace(/<[^>]+>/gu, '');
    parts['paragraphs: Chinese text'] += bytes(text);
    parts['paragraphs: other markup'] += bytes(body) - bytes(text);
  }
  parts.rest += bytes(rest);
  return parts;
}
