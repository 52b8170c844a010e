import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Every element of a parsed page (a browser's tree: parse5 follows the HTML standard). */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) out.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
    if ('content' in node && node.tagName === 'template') visit(node.content);
  };
  visit(parse(html));
  return out;
}

const isJson = (source: string): boolean => {
  try {
    JSON.parse(source);
    return true;
  } catch {
    return false;
  }
};
const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;
const text = (element: Element): string => element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? text(child) : '')).join('');

/**
 * What a page would do that a payload could have caused, as a browser would parse it: script
 * elements whose code or source is not the site's own, event-handler attributes, meta refreshes,
 * `javascript:` URLs, and a Content-Security-Policy `<meta>` missing or outside `<head>` (where
 * browsers ignore it). Returns the problems found (none for an inert page).
 */
export function activeContent(html: string, ownScript: (source: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  const elements = elementsOf(html);
  for (const element of elements) {
    for (const { name, value } of element.attrs) {
      if (/^on/iu.test(name)) problems.push(`<${element.tagName} ${name}="${value.slice(0, 40)}">`);
      if (/^(?:href|src|action|formaction|xlink:href)$/iu.test(name) && /^\s*javascript:/iu.test(value))
        problems.push(`<${element.tagName} ${name}="${value.slice(0, 40)}">`);
    }
    // JSON-LD is a data block, which browsers never run; it must still be one whole JSON value (a
    // payload that ended the element early would leave broken JSON and a script after it).
    if (element.tagName === 'script' && attribute(element, 'type') === 'application/ld+json') {
      if (attribute(element, 'src') !== undefined || !isJson(text(element)))
        problems.push(`<script type="application/ld+json">${text(element).slice(0, 60)}</script>`);
    } else if (element.tagName === 'script' && !ownScript(attribute(element, 'src') ?? text(element)))
      problems.push(`<script>${(attribute(element, 'src') ?? text(element)).slice(0, 60)}</script>`);
    if (element.tagName === 'meta' && /refresh/iu.test(attribute(element, 'http-equiv') ?? ''))
      problems.push(`<meta http-equiv="${attribute(element, 'http-equiv')}">`);
    if (['iframe', 'object', 'embed', 'base', 'frame'].includes(element.tagName)) problems.push(`<${element.tagName}>`);
  }
  const csp = elements.filter((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (csp.length !== 1) problems.push(`${csp.length} CSP <meta> elements`);
  else if ((csp[0]!.parentNode as Element | null)?.tagName !== 'head') problems.push('the CSP <meta> is outside <head>');
  return problems;
}
