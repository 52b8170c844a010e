/**
 * Split text into plain runs and http(s) URLs, so a glossary entry's cited source can link to it.
 * Only `http:` and `https:` URLs become links (a `javascript:` text stays text); punctuation that
 * closes a sentence or a bracket after the URL is left outside it.
 * @example splitLinks('See https://example.org/a). Done') // → [{ text: 'See ' }, { text: 'https://example.org/a', href: 'https://example.org/a' }, { text: '). Done' }]
 */
export function splitLinks(text: string): { text: string; href?: string }[] {
  const parts: { text: string; href?: string }[] = [];
  let at = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"'“”]+/gu)) {
    const url = match[0].replace(/[).,;:!?]+$/u, '');
    const start = match.index;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push(URL.canParse(url) ? { text: url, href: url } : { text: url });
    at = start + url.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
