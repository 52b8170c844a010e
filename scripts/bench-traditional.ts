/**
 * `npm run bench:traditional -- [--dist dist]` — the Traditional step's conversion on one thread:
 * every built page (not pagefind/ or hant/) through {@link traditionaliseHtml}, once with OpenCC's
 * longest match (the conversion before issue 15) and once with the word-respecting conversion,
 * each with a cold memo. Prints pages, megabytes and milliseconds, and the segmenter's start-up.
 * Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { sitePages } from '../src/lib/script/traditional-site.ts';
import { traditionaliseHtml } from '../src/lib/script/traditionalise-html.ts';
import { convertTraditional, toTraditionalMaximumMatching } from '../src/lib/script/to-traditional.ts';
import { segmentWords } from '../src/lib/script/word-convert.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;
const pages = sitePages(dist).map((file) => ({ path: relative(dist, dirname(join(dist, file))), html: readFileSync(join(dist, file), 'utf8') }));
const megabytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0) / 1e6;

let start = performance.now();
segmentWords('预热');
console.log(`segmenter start-up (jieba dictionary): ${(performance.now() - start).toFixed(0)} ms`);

/** A converter with its own memo, like the build's (strings repeat across pages). */
const memoised = (convert: (text: string) => string) => {
  const memo = new Map<string, string>();
  return (text: string) => {
    let out = memo.get(text);
    if (out === undefined) memo.set(text, (out = convert(text)));
    return out;
  };
};

// Warm-up: parse every page once with no conversion, so neither run pays for the JIT.
for (const page of pages) traditionaliseHtml(page.html, { base: '/', path: '', convert: (text) => text });

for (const [name, convert] of [
  ['OpenCC longest match (before)', memoised(toTraditionalMaximumMatching)],
  ['word-respecting (jieba + OpenCC)', memoised(convertTraditional)],
] as const) {
  start = performance.now();
  for (const page of pages) traditionaliseHtml(page.html, { base: '/', path: page.path === '.' ? '' : `${page.path}/`, convert });
  console.log(`${name}: ${pages.length} pages, ${megabytes.toFixed(1)} MB, ${(performance.now() - start).toFixed(0)} ms on one thread`);
}
