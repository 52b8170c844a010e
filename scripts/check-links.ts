/**
 * `npm run check:links -- [dist] [--base /archive/] [--site https://user.github.io]` — check
 * every internal link, asset reference and fragment of a built site, offline (see
 * src/lib/site-checks/check-links.ts). The base defaults to ARCHIVE_BASE or `/`, the site
 * origin to ARCHIVE_SITE. Prints totals and each problem as `page → link: reason`; exit code 1
 * on any broken or outside-base link.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { archiveBaseSetting, archiveSiteSetting } from '../src/lib/config/env.ts';
import { checkLinks, formatLinkProblem, guessBase, normaliseBase } from '../src/lib/site-checks/check-links.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string' },
    site: { type: 'string' },
    'max-external': { type: 'string', default: '50' },
  },
});
const dist = positionals[0] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`check:links: no folder ${dist}: build the site first (npm run build)`);
  process.exit(2);
}
const base = normaliseBase(values.base ?? archiveBaseSetting() ?? '/');
const site = values.site ?? archiveSiteSetting();

const report = checkLinks({ dist, base, site });
for (const problem of report.problems) console.log(formatLinkProblem(problem));

const maxExternal = Number(values['max-external']);
if (report.externalUrls.length > 0) {
  console.log(`\nexternal links (not fetched), ${report.externalUrls.length} distinct:`);
  for (const { url, count } of report.externalUrls.slice(0, maxExternal)) console.log(`  ${count}× ${url}`);
  if (report.externalUrls.length > maxExternal) console.log(`  … and ${report.externalUrls.length - maxExternal} more (--max-external N)`);
}

console.log(
  `\ncheck:links ${dist} (base ${base}): ${report.pages} pages, ${report.links} links checked, ${report.fragments} fragments checked, ` +
    `${report.broken} broken, ${report.outsideBase} outside the base, ${report.external} external, ${report.skipped} skipped (mailto:, data: …)`,
);
if (report.broken + report.outsideBase > 0) {
  const guessed = guessBase(dist);
  if (guessed !== null && guessed !== base) console.log(`This dist looks built for the base ${guessed}: try --base ${guessed}`);
  process.exitCode = 1;
} else {
  console.log('No broken links.');
}
