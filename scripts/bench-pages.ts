/**
 * `npm run bench:pages -- [dist] [--write]` — bytes on disk per article of a built site: article
 * pages (Simplified, Traditional), all pages, the search index and all of dist, each in total and
 * per article. `--write` keeps the figures in bench/page-bytes.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pageBytes } from '../src/lib/site-checks/page-bytes.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean', default: false } } });
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
if (values.write) {
  writeFileSync('bench/page-bytes.json', `${JSON.stringify({ measured: new Date().toISOString().slice(0, 10), dist, ...report }, null, 2)}\n`);
  console.log('wrote bench/page-bytes.json');
}
