/**
 * After `astro build`: write a Traditional-script copy of every page under `<dist>/hant/`
 * (see src/lib/script/traditionalise-html.ts). Usage: node scripts/build-traditional.ts [dist]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { traditionaliseHtml } from '../src/lib/script/traditionalise-html.ts';

const dist = process.argv[2] ?? 'dist';
const base = process.env.ARCHIVE_BASE || '/';
const skip = new Set(['hant', 'pagefind', '_astro', 'data']);
const started = performance.now();

function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (dir === dist && skip.has(entry.name)) continue;
      yield* pages(join(dir, entry.name));
    } else if (entry.name.endsWith('.html')) yield join(dir, entry.name);
  }
}

let count = 0;
for (const file of pages(dist)) {
  const path = relative(dist, dirname(file)).split('\\').join('/');
  const pagePath = path === '' ? '' : `${path}/`;
  const out = join(dist, 'hant', relative(dist, file));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, traditionaliseHtml(readFileSync(file, 'utf8'), { base, path: pagePath }));
  count++;
}
console.log(`traditional: wrote ${count} pages to ${dist}/hant in ${((performance.now() - started) / 1000).toFixed(1)} s`);
