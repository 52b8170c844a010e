/**
 * After `astro build`: write a Traditional-script copy of every page under `<dist>/hant/`
 * (see src/lib/script/traditional-site.ts), on all cores.
 * Usage: node scripts/build-traditional.ts [dist] [--workers N] [--previous <old hant folder> --manifest <file>]
 * With --previous and --manifest, pages unchanged since the build that wrote the manifest are
 * moved over from the old folder instead of converted again (`npm run build:site` does this).
 */
import '../src/lib/content-files/report-errors.ts';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeTraditionalSite } from '../src/lib/script/traditional-site.ts';
import { archiveBase } from '../src/lib/config/env.ts';

const { values, positionals } = parseArgs({
  options: { workers: { type: 'string' }, previous: { type: 'string' }, manifest: { type: 'string' } },
  allowPositionals: true,
});
const dist = positionals[0] ?? 'dist';
const started = performance.now();
const { converted, reused } = await writeTraditionalSite(dist, {
  base: archiveBase(),
  workers: values.workers ? Number(values.workers) : undefined,
  previous: values.previous,
  manifest: values.manifest,
});
console.log(
  `traditional: wrote ${converted + reused} pages to ${dist}/hant in ${((performance.now() - started) / 1000).toFixed(1)} s (${converted} converted, ${reused} unchanged since the last build)`,
);
