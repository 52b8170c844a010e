import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { toTraditional } from './to-traditional.ts';

/** Options for {@link traditionaliseHtml}. */
export interface TraditionaliseOptions {
  /** The site's base path (`/` or `/repo/`). */
  readonly base: string;
  /** The path of this page below the base, without the base (`articles/x/`). */
  readonly path: string;
}

const CONVERTED_ATTRIBUTES = ['title', 'ariaLabel', 'alt', 'placeholder', 'dataPagefindMeta'];
const ASSET_PREFIXES = ['_astro/', 'pagefind/', 'data/', 'favicon', 'hant/'];

const processor = unified().use(rehypeParse).use(rehypeStringify, { allowDangerousHtml: true });

function isChinese(lang: string | undefined): boolean {
  return lang !== undefined && /^zh(?!-Latn)/iu.test(lang);
}

/**
 * Make the Traditional-script copy of a built page: every text and title in a `zh`
 * context goes through OpenCC ({@link toTraditional}); `lang="zh-Hans"` becomes `zh-Hant`;
 * internal links point to the Traditional copies; the 简/繁 switch points back. English
 * (`lang="en"`) and pinyin are left alone, as are scripts and styles.
 *
 * @example traditionaliseHtml('<html lang="zh-Hans"><p>乡村振兴</p></html>', { base: '/', path: '' }) // → '…<html lang="zh-Hant"><p>鄉村振興</p>…'
 */
export function traditionaliseHtml(html: string, options: TraditionaliseOptions): string {
  const tree = processor.parse(html) as Root;
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const rewriteHref = (href: string): string => {
    if (!href.startsWith(base) || href.startsWith('//')) return href;
    const rest = href.slice(base.length);
    if (ASSET_PREFIXES.some((prefix) => rest.startsWith(prefix)) || /\.[a-z0-9]+(?:[?#].*)?$/iu.test(rest.split('#')[0]!)) return href;
    return `${base}hant/${rest}`;
  };
  const walk = (node: Root | RootContent, lang: string | undefined): void => {
    if (node.type === 'text') {
      if (isChinese(lang)) node.value = toTraditional(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let here = lang;
    if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'script' || element.tagName === 'style') return;
      const props = element.properties;
      if (typeof props.lang === 'string') {
        if (props.lang === 'zh-Hans') props.lang = 'zh-Hant';
        here = props.lang;
      }
      if (isChinese(here)) {
        for (const name of CONVERTED_ATTRIBUTES) if (typeof props[name] === 'string') props[name] = toTraditional(props[name] as string);
        if (element.tagName === 'meta' && props.name === 'description' && typeof props.content === 'string') props.content = toTraditional(props.content);
      }
      if (element.tagName === 'a' && typeof props.href === 'string') {
        if (props.dataScriptSwitch !== undefined) {
          props.href = `${base}${options.path}`;
          props.lang = 'zh-Hans';
          props.hrefLang = 'zh-Hans';
          props.title = '简体中文 Simplified Chinese';
          element.children = [{ type: 'text', value: '简体' }];
          return;
        }
        props.href = rewriteHref(props.href);
      }
      if (element.tagName === 'link' && props.rel && String(props.rel).includes('alternate') && props.hrefLang === 'zh-Hant') {
        props.hrefLang = 'zh-Hans';
        props.href = `${base}${options.path}`;
      }
    }
    for (const child of node.children) walk(child, here);
  };
  walk(tree, undefined);
  return processor.stringify(tree);
}
