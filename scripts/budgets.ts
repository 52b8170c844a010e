/**
 * `npm run budgets -- [dist] [--base /archive/]` — print what the built site weighs (see
 * src/lib/site-checks/measure-budgets.ts): the largest and the median article page (HTML,
 * JavaScript ours and Pagefind's, CSS, total; raw, gzip and brotli) and the search page, the largest page, and the
 * sizes of dist and dist/pagefind. Prints FAIL and exits 1 when our own JavaScript on an article
 * page exceeds 20 kB brotli-compressed, the largest article page with everything it loads exceeds
 * 40 kB gzip-compressed, or a file a page loads is missing. The base defaults to
 * ARCHIVE_BASE, else the base the dist looks built for.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { archiveBaseSetting } from '../src/lib/config/env.ts';
import { guessBase, normaliseBase } from '../src/lib/site-checks/check-links.ts';
import { formatBytes, measureBudgets, type PageWeight, type Sizes } from '../src/lib/site-checks/measure-budgets.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' } } });
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`budgets: no folder ${dist}: build the site first (npm run build)`);
  process.exit(2);
}
const base = normaliseBase(values.base ?? archiveBaseSetting() ?? guessBase(dist) ?? '/');
const report = measureBudgets({ dist, base });

const sizes = (size: Sizes) =>
  `${formatBytes(size.bytes).padStart(9)} raw  ${formatBytes(size.gzip).padStart(9)} gzip  ${formatBytes(size.brotli).padStart(9)} brotli`;
const row = (label: string, size: Sizes) => console.log(`  ${label.padEnd(22)}${sizes(size)}`);

function printPage(title: string, weight: PageWeight): void {
  console.log(`\n${title}: ${weight.page}`);
  row('HTML', weight.html);
  row('JavaScript, ours', weight.js.own);
  row('JavaScript, Pagefind', weight.js.pagefind);
  row('JavaScript, all', weight.js.total);
  row('CSS', weight.css);
  row('images, icons, fonts', weight.other);
  row('total page weight', weight.total);
  for (const asset of weight.assets)
    console.log(
      `    ${asset.kind.padEnd(5)} ${asset.owner.padEnd(8)} ${formatBytes(asset.bytes).padStart(9)} (${formatBytes(asset.brotli)} br)  ${asset.file}`,
    );
  if (weight.onDemand.length > 0) console.log(`    loaded on demand, not counted: ${weight.onDemand.join(', ')}`);
  for (const file of weight.missing) console.log(`    MISSING ${file}`);
}

console.log(`budgets ${dist} (base ${base}): ${report.articlePages} article pages`);
if (report.largestArticle) printPage('largest article page', report.largestArticle);
if (report.medianArticle) printPage('median article page', report.medianArticle);
if (report.searchPage) printPage('search page (for Pagefind)', report.searchPage);
console.log('');
if (report.largestPage)
  console.log(`largest page:      ${formatBytes(report.largestPage.bytes)} (${report.largestPage.bytes} bytes)  ${report.largestPage.page}`);
console.log(`dist:              ${formatBytes(report.dist.bytes)} in ${report.dist.files} files`);
console.log(`dist/pagefind:     ${formatBytes(report.pagefind.bytes)} in ${report.pagefind.files} files`);

const heaviest = report.heaviestOwnJs;
const largest = report.largestArticle;
const budget = `our own JavaScript on an article page ≤ ${formatBytes(report.budget)} brotli`;
const pageBudget = `an article page with everything it loads ≤ ${formatBytes(report.pageBudget)} gzip`;
const jsOk = !heaviest || heaviest.js.brotli <= report.budget;
const pageOk = !largest || largest.total.gzip <= report.pageBudget;
if (jsOk) console.log(`\nPASS ${budget}${heaviest ? ` (heaviest: ${formatBytes(heaviest.js.brotli)}, ${heaviest.page})` : ''}`);
else console.log(`\nFAIL ${budget}: ${heaviest!.page} ships ${formatBytes(heaviest!.js.brotli)} (${heaviest!.js.brotli} bytes)`);
if (pageOk) console.log(`PASS ${pageBudget}${largest ? ` (largest: ${formatBytes(largest.total.gzip)}, ${largest.page})` : ''}`);
else console.log(`FAIL ${pageBudget}: ${largest!.page} weighs ${formatBytes(largest!.total.gzip)} (${largest!.total.gzip} bytes)`);
if (!report.pass && jsOk && pageOk)
  console.log(`FAIL an article page loads a file that is not in ${dist} (wrong --base?), so its JavaScript cannot be measured`);
if (!report.pass) process.exitCode = 1;
