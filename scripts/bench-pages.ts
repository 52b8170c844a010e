/**
 * `npm run bench:pages -- [dist] [--write] [--anatomy]` — bytes on disk per article of a built site:
 * article pages (Simplified, Traditional), all pages, the search index and all of dist, each in
 * total and per article. `--write` keeps the figures in bench/page-bytes.json; `--anatomy` also
 * prints what a Simplified article page is made of, on average (src/lib/site-checks/page-anatomy.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ANATOMY_PARTS, articleAnatomy } from '../src/lib/site-checks/page-anatomy.ts';
import { pageBytes } from '../src/lib/site-checks/page-bytes.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { write: { type: 'boolean', default: false }, anatomy: { type: 'boolean', default: false } },
});
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`bench:pages: no folder ${dist}: build the site first (npm run build)`);
  process.exit(2);
}
const report = pageBytes(dist);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`bench:pages ${dist}: ${report.articles} articles`);
for (const [label, key] of [
  ['article pages (Simplified)', 'articleHtml'],
  ['article pages (Traditional)', 'articleHtmlHant'],
  ['all HTML pages', 'allPages'],
  ['search index (pagefind/)', 'index'],
  ['all of dist', 'dist'],
] as const) {
  console.log(`  ${label.padEnd(30)}${kb(report.total[key]).padStart(12)} in all  ${kb(report.perArticle[key]).padStart(10)} per article`);
}
if (values.anatomy) {
  const pages = readdirSync(join(dist, 'articles')).filter((id) => existsSync(join(dist, 'articles', id, 'index.html')));
  const sums = Object.fromEntries(ANATOMY_PARTS.map((part) => [part, 0])) as Record<(typeof ANATOMY_PARTS)[number], number>;
  for (const id of pages)
    for (const [part, bytes] of Object.entries(articleAnatomy(readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8'))))
      sums[part as keyof typeof sums] += bytes;
  const all = Object.values(sums).reduce((a, b) => a + b, 0);
  console.log(`  a Simplified article page, on average over ${pages.length} (bytes, share):`);
  for (const part of [...ANATOMY_PARTS].sort((a, b) => sums[b] - sums[a]))
    console.log(
      `    ${part.padEnd(32)}${Math.round(sums[part] / pages.length)
        .toLocaleString('en')
        .padStart(8)}  ${((100 * sums[part]) / all).toFixed(1).padStart(5)} %`,
    );
}
if (values.write) {
  writeFileSync('bench/page-bytes.json', `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), dist, ...report }, null, 2)}\n`);
  console.log('wrote bench/page-bytes.json');
}
