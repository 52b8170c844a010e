import { expect, test } from 'vitest';
import { articleAnatomy } from '../../../src/lib/site-checks/page-anatomy.ts';

const page =
  '<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><script type="application/ld+json">{"a":1}</script></head><body>' +
  '<a class="skip" href="#main">跳</a><header class="site"><nav>n</nav></header><main>' +
  '<article><div class="reading-controls" hidden><div class="modes"><div></div></div></div>' +
  '<div class="reading-body"><div class="para" id="p1"><a class="prov" href="/s/#L1">1</a><a class="permalink" href="#p1">¶</a>' +
  '<div class="zh" lang="zh-Hans"><p>推进<a href="/glossary/zheng-cun-shou-xin/">整村授信</a></p></div>' +
  '<div class="en" lang="en"><p>credit</p></div></div></div></article>' +
  '<aside aria-labelledby="terms-here"><ul class="terms-here"><li>x</li></ul></aside></main></body></html>';

test('cuts a page into parts that add up to its size', () => {
  const parts = articleAnatomy(page);
  expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(page));
  expect(parts['paragraphs: Chinese text']).toBe(Buffer.byteLength('推进整村授信'));
  expect(parts['paragraphs: English text']).toBe(Buffer.byteLength('credit'));
  expect(parts['paragraphs: term links']).toBe(Buffer.byteLength('<a href="/glossary/zheng-cun-shou-xin/"></a>'));
  expect(parts['head: JSON-LD']).toBe(Buffer.byteLength('<script type="application/ld+json">{"a":1}</script>'));
  expect(parts['reading switches']).toBe(Buffer.byteLength('<div class="reading-controls" hidden><div class="modes"><div></div></div></div>'));
  expect(parts['terms in this article']).toBeGreaterThan(0);
  expect(parts['paragraphs: source-line links']).toBe(Buffer.byteLength('<a class="prov" href="/s/#L1">1</a>'));
});
