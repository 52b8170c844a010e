import { SAXParser, type EndTag, type StartTag, type Text } from 'parse5-sax-parser';
import { hasTraditionalCopy } from '../site/script-copies.ts';
import { jsonLdText, type JsonLd } from '../site/structured-data.ts';
import { toTraditional as toTraditionalText } from './to-traditional.ts';

/** Elements without content or end tag. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'frame',
  'basefont',
  'bgsound',
]);

/** Options for {@link traditionaliseHtml}. */
export interface TraditionaliseOptions {
  /** The site's base path (`/` or `/repo/`). */
  readonly base: string;
  /** The path of this page below the base, without the base (`articles/x/`). */
  readonly path: string;
  /** The text conversion (default {@link toTraditional}; the benchmark passes others). */
  readonly convert?: (text: string) => string;
}

/** Attributes whose text is converted in a Chinese context. */
const CONVERTED_ATTRIBUTES = new Set(['title', 'aria-label', 'alt', 'placeholder', 'data-pagefind-meta']);
const ASSET_PREFIXES = ['_astro/', 'pagefind/', 'data/', 'favicon', 'hant/'];
/** `<meta>` cards whose `content` is page text (converted like the description). */
const CONVERTED_META = new Set(['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description']);
/** `<meta>` cards whose `content` is this page's absolute URL (pointed at the Traditional copy). */
const URL_META = new Set(['og:url']);
const LOCALES: Record<string, string> = { zh_CN: 'zh_TW', zh_TW: 'zh_CN' };

function isChinese(lang: string | undefined): boolean {
  return lang !== undefined && /^zh(?!-Latn)/iu.test(lang);
}

/**
 * An attribute value as written by this transform: `&`, `"`, `<` and `>` escaped, so the value
 * can never end the tag early, whatever a later (or a lenient) parser does with it.
 */
export const escapeAttribute = (value: string): string => value.replace(/[&"<>]/gu, (char) => ATTRIBUTE_ESCAPES[char]!);
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** A replacement of `html.slice(start, end)`. */
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const attributeName = (attribute: { name: string; prefix?: string }) => (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name);
const getAttribute = (element: StartTag, name: string) => element.attrs.find((attribute) => attribute.name === name && !attribute.prefix)?.value;
function setAttribute(element: StartTag, name: string, value: string): void {
  const found = element.attrs.find((attribute) => attribute.name === name && !attribute.prefix);
  if (found) found.value = value;
  else element.attrs.push({ name, value });
}

/** The start tag of an element written again from its (parsed) attributes, every value escaped. */
function startTag(element: StartTag): string {
  const attributes = element.attrs.map((attribute) => ` ${attributeName(attribute)}="${escapeAttribute(attribute.value)}"`).join('');
  // Keep a self-closing slash: it matters in SVG.
  return `<${element.tagName}${attributes}${element.selfClosing ? ' /' : ''}>`;
}

/**
 * Make the Traditional-script copy of a built page: every text and title in a `zh`
 * context goes through OpenCC ({@link toTraditionalText}); `lang="zh-Hans"` becomes `zh-Hant`;
 * internal links point to the Traditional copies; the 简/繁 switch points back. English
 * (`lang="en"`) and pinyin are left alone, as are scripts and styles.
 *
 * The page is read by parse5's streaming parser (the HTML standard's tokenizer, fed back the
 * tree builder's state changes for raw-text and foreign elements, so it ends tags, attribute
 * values, scripts and comments exactly where a browser does), and the source is rewritten in
 * place: converted text replaces its own source span (OpenCC maps only Han characters, so
 * character references stay as written), and a start tag that changes, or whose attribute values
 * hold `<` or `>` (Astro does not escape them), is written again from its parsed attributes with
 * every value escaped. Everything else is copied byte for byte. The `lang` context follows the
 * open elements (end tags close up to their match), which is what Astro's well-formed output
 * needs; a full tree build was 1.5–2.5× slower. (The previous version re-parsed with ultrahtml,
 * which ends a tag at the first `>` even inside a quoted value: a title reaching
 * `<meta name="description">` became live markup on the Traditional pages.)
 *
 * @example traditionaliseHtml('<html lang="zh-Hans"><p>乡村振兴</p></html>', { base: '/', path: '' }) // → '<html lang="zh-Hant"><p>鄉村振興</p></html>'
 */
export function traditionaliseHtml(html: string, options: TraditionaliseOptions): string {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const self = `${base}${options.path}`;
  const toTraditional = options.convert ?? toTraditionalText;
  const rewriteHref = (href: string): string => {
    if (!href.startsWith(base) || href.startsWith('//')) return href;
    const rest = href.slice(base.length);
    if (ASSET_PREFIXES.some((prefix) => rest.startsWith(prefix)) || /\.[a-z0-9]+(?:[?#].*)?$/iu.test(rest.split('#')[0]!)) return href;
    // A source page has one copy, as printed, for both scripts.
    if (!hasTraditionalCopy(rest)) return href;
    return `${base}hant/${rest}`;
  };
  /** An absolute URL of a page of this site (canonical, og:url, JSON-LD) pointed at its Traditional copy. */
  // The site's origin, from the page's canonical link (in <head>, before the cards and JSON-LD).
  let siteOrigin: string | null = null;
  const rewriteAbsolute = (value: string): string => {
    if (!/^https?:\/\//u.test(value)) return value;
    const parsed = new URL(value);
    if (parsed.origin !== siteOrigin) return value;
    const path = rewriteHref(parsed.pathname);
    return path === parsed.pathname ? value : `${parsed.origin}${path}${parsed.search}${parsed.hash}`;
  };
  const splices: Splice[] = [];
  const open: { tagName: string; lang: string | undefined; skip: boolean }[] = [{ tagName: '#document', lang: undefined, skip: false }];
  /** Where the script switch's content starts (it is replaced up to its end tag), or -1. */
  let switchContent = -1;

  /** Rewrite a start tag's attributes; true for the script switch, whose content is replaced. */
  const rewriteStartTag = (tag: StartTag, lang: string | undefined): boolean => {
    let changed = false;
    const set = (name: string, value: string) => {
      if (getAttribute(tag, name) === value) return;
      setAttribute(tag, name, value);
      changed = true;
    };
    const name = tag.tagName;
    if (isChinese(lang)) {
      for (const attribute of tag.attrs) {
        const converts =
          (CONVERTED_ATTRIBUTES.has(attribute.name) && !attribute.prefix) ||
          (name === 'meta' && attribute.name === 'content' && CONVERTED_META.has(getAttribute(tag, 'name') ?? getAttribute(tag, 'property') ?? ''));
        if (!converts) continue;
        const value = toTraditional(attribute.value);
        if (value !== attribute.value) {
          attribute.value = value;
          changed = true;
        }
      }
    }
    if (getAttribute(tag, 'lang') === 'zh-Hans') set('lang', 'zh-Hant');
    let isSwitch = false;
    const href = getAttribute(tag, 'href');
    if (name === 'a' && href !== undefined) {
      if (getAttribute(tag, 'data-script-switch') !== undefined) {
        set('href', self);
        set('lang', 'zh-Hans');
        set('hreflang', 'zh-Hans');
        set('title', '简体中文 Simplified Chinese');
        isSwitch = true;
      } else set('href', rewriteHref(href));
    }
    if (name === 'link' && getAttribute(tag, 'rel') === 'canonical' && href !== undefined && /^https?:\/\//u.test(href)) {
      siteOrigin = new URL(href).origin;
      set('href', rewriteAbsolute(href));
    }
    if (name === 'meta') {
      const property = getAttribute(tag, 'property') ?? '';
      const content = getAttribute(tag, 'content') ?? '';
      if (URL_META.has(property)) set('content', rewriteAbsolute(content));
      if (property.startsWith('og:locale') && LOCALES[content]) set('content', LOCALES[content]);
    }
    if (name === 'link' && /\balternate\b/u.test(getAttribute(tag, 'rel') ?? '') && getAttribute(tag, 'hreflang') === 'zh-Hant') {
      set('hreflang', 'zh-Hans');
      set('href', self);
    }
    const location = tag.sourceCodeLocation!;
    if (changed || tag.attrs.some((attribute) => /[<>]/u.test(attribute.value)))
      splices.push({ start: location.startOffset, end: location.endOffset, text: startTag(tag) });
    return isSwitch;
  };

  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  /** Where the content of a JSON-LD script starts (it is rewritten whole at its end tag), or -1. */
  let jsonLdContent = -1;
  parser.on('startTag', (tag: StartTag) => {
    const top = open.at(-1)!;
    const lang = getAttribute(tag, 'lang') ?? top.lang;
    const skip = top.skip || tag.tagName === 'script' || tag.tagName === 'style';
    if (!top.skip && tag.tagName === 'script' && getAttribute(tag, 'type') === 'application/ld+json') jsonLdContent = tag.sourceCodeLocation!.endOffset;
    const isSwitch = !skip && rewriteStartTag(tag, lang);
    if (isSwitch) switchContent = tag.sourceCodeLocation!.endOffset;
    if (!VOID_ELEMENTS.has(tag.tagName) && !tag.selfClosing) open.push({ tagName: tag.tagName, lang, skip: skip || isSwitch });
  });
  parser.on('endTag', (tag: EndTag) => {
    if (jsonLdContent >= 0 && tag.tagName === 'script') {
      const end = tag.sourceCodeLocation!.startOffset;
      splices.push({ start: jsonLdContent, end, text: traditionaliseJsonLd(html.slice(jsonLdContent, end), rewriteAbsolute, toTraditional) });
      jsonLdContent = -1;
    }
    const at = open.findLastIndex((element) => element.tagName === tag.tagName);
    if (at <= 0) return;
    if (switchContent >= 0 && !open[at - 1]!.skip && open[at]!.skip) {
      splices.push({ start: switchContent, end: tag.sourceCodeLocation!.startOffset, text: '简体' });
      switchContent = -1;
    }
    open.length = at;
  });
  parser.on('text', (text: Text) => {
    const top = open.at(-1)!;
    if (top.skip || !isChinese(top.lang)) return;
    const { startOffset, endOffset } = text.sourceCodeLocation!;
    const source = html.slice(startOffset, endOffset);
    // OpenCC maps Han characters only, but an override can put in anything: when the conversion
    // brings in a `<`, every `<` is escaped (the same text in data and RCDATA alike), so no
    // override can add markup. (Raw text that holds markup, `<noscript>`'s, keeps its own.)
    let converted = toTraditional(source);
    if (converted.includes('<') && count(converted, '<') > count(source, '<')) converted = converted.replace(/</gu, '&lt;');
    if (converted !== source) splices.push({ start: startOffset, end: endOffset, text: converted });
  });
  parseSync(parser, html);
  return applySplices(html, splices);
}

/**
 * The Traditional copy of a page's JSON-LD: Chinese strings through OpenCC, `zh-Hans` → `zh-Hant`,
 * this site's page URLs pointed at their Traditional copies; written back with `<`, `>` and `&` escaped.
 */
function traditionaliseJsonLd(source: string, rewriteUrl: (url: string) => string, toTraditional: (text: string) => string): string {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return value === 'zh-Hans' ? 'zh-Hant' : /^https?:\/\//u.test(value) ? rewriteUrl(value) : toTraditional(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    return value;
  };
  return jsonLdText(convert(JSON.parse(source)) as JsonLd);
}

/** How many times `char` occurs in `text`. */
function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Run the streaming parser over a whole string, synchronously (its events fire during the call). */
function parseSync(parser: SAXParser, html: string): void {
  const internals = parser as unknown as { lastChunkWritten: boolean; _transformChunk(chunk: string): string };
  internals.lastChunkWritten = true;
  internals._transformChunk(html);
}

/** Apply non-overlapping replacements to a string (in source order). */
function applySplices(html: string, splices: Splice[]): string {
  splices.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const splice of splices) {
    if (splice.start < at) continue;
    parts.push(html.slice(at, splice.start), splice.text);
    at = splice.end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
