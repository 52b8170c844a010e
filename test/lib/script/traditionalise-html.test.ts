import { describe, expect, test } from 'vitest';
import { traditionaliseHtml } from '../../../src/lib/script/traditionalise-html.ts';
import { activeContent, elementsOf } from '../../integration/inert-html.ts';

const options = { base: '/archive/', path: 'articles/x/' };
const csp = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';

describe('traditionaliseHtml', () => {
  test('converts text and titles in zh contexts, leaves English, scripts and styles, rewrites lang and internal links', () => {
    const html = `<!DOCTYPE html><html lang="zh-Hans"><head><title>乡村振兴</title>${csp}<style>.规范{}</style></head><body><p title="规范化">规范化 &amp; 网络</p><p lang="en">规范化</p><a href="/archive/glossary/x/">术语</a><a href="/archive/sources/001_p/#L3-L5">原文</a><a href="/archive/_astro/a.js">x</a><a data-script-switch href="/archive/hant/articles/x/" lang="zh-Hant" hreflang="zh-Hant" title="繁體中文 Traditional Chinese">繁體</a><script>var s = "规范";</script></body></html>`;
    expect(traditionaliseHtml(html, options)).toBe(
      `<!DOCTYPE html><html lang="zh-Hant"><head><title>鄉村振興</title>${csp}<style>.规范{}</style></head><body><p title="規範化">規範化 &amp; 網絡</p><p lang="en">规范化</p><a href="/archive/hant/glossary/x/">術語</a><a href="/archive/sources/001_p/#L3-L5">原文</a><a href="/archive/_astro/a.js">x</a><a data-script-switch="" href="/archive/articles/x/" lang="zh-Hans" hreflang="zh-Hans" title="简体中文 Simplified Chinese">简体</a><script>var s = "规范";</script></body></html>`,
    );
  });

  test('an attribute value with `>` or `<` (as Astro writes them) stays one value, escaped on output', () => {
    const title = '测试标题 x> <script>window.__pwned=1</script>';
    const html = `<!DOCTYPE html><html lang="zh-Hans"><head><meta name="description" content="${title}">${csp}</head><body><h1 data-pagefind-meta="title">测试标题 x&gt; &lt;script&gt;</h1></body></html>`;
    const out = traditionaliseHtml(html, options);
    expect(out).toContain('<meta name="description" content="測試標題 x&gt; &lt;script&gt;window.__pwned=1&lt;/script&gt;">');
    expect(activeContent(out)).toEqual([]);
    expect(elementsOf(out).filter((element) => element.tagName === 'script')).toEqual([]);
    expect(activeContent(traditionaliseHtml(html.replace(title, '增长率>5%的企业名单公布'), options))).toEqual([]);
  });

  test('keeps a self-closing slash in SVG and copies untouched markup byte for byte', () => {
    const html = `<html lang="zh-Hans"><body><svg viewBox="0 0 1 1"><path d="M0 0"/></svg><button hidden data-x>按钮</button></body></html>`;
    expect(traditionaliseHtml(html, options)).toBe(html.replace('lang="zh-Hans"', 'lang="zh-Hant"').replace('按钮', '按鈕'));
  });

  test('keeps the markup inside <noscript> (raw text to a browser with scripts) as written', () => {
    const html = '<html lang="zh-Hans"><body><noscript><p lang="en"><strong>Search needs JavaScript.</strong> 浏览</p></noscript></body></html>';
    expect(traditionaliseHtml(html, options)).toBe(html.replace('zh-Hans', 'zh-Hant').replace('浏览', '瀏覽'));
  });
});

describe('traditionaliseHtml: canonical link, cards and JSON-LD', () => {
  test('points the canonical link, og:url and JSON-LD URLs of this site at the Traditional copy, converts their Chinese, swaps the locales', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      url: 'https://x.org/archive/articles/x/',
      headline: '乡村振兴',
      inLanguage: 'zh-Hans',
      note: '</script>',
    }).replace(/</gu, '\\u003c');
    const html = `<!DOCTYPE html><html lang="zh-Hans"><head><link rel="canonical" href="https://x.org/archive/articles/x/"><meta property="og:url" content="https://x.org/archive/articles/x/"><meta property="og:title" content="乡村振兴"><meta property="og:locale" content="zh_CN"><meta property="og:locale:alternate" content="zh_TW"><script type="application/ld+json">${ld}</script></head><body></body></html>`;
    const out = traditionaliseHtml(html, options);
    expect(out).toContain('<link rel="canonical" href="https://x.org/archive/hant/articles/x/">');
    expect(out).toContain('<meta property="og:url" content="https://x.org/archive/hant/articles/x/">');
    expect(out).toContain('<meta property="og:title" content="鄉村振興">');
    expect(out).toContain('<meta property="og:locale" content="zh_TW">');
    expect(out).toContain('<meta property="og:locale:alternate" content="zh_CN">');
    const json = JSON.parse(out.split('<script type="application/ld+json">')[1]!.split('</script>')[0]!);
    // Another origin (schema.org) is left alone; this site's URL moves to hant/; the text is converted.
    expect(json).toEqual({
      '@context': 'https://schema.org',
      url: 'https://x.org/archive/hant/articles/x/',
      headline: '鄉村振興',
      inLanguage: 'zh-Hant',
      note: '</script>',
    });
    expect(elementsOf(out).filter((element) => element.tagName === 'script')).toHaveLength(1);
  });
});
