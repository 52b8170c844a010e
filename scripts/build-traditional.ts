/**
 * After `astro build`: write a Traditional-script copy of every page under `<dist>/hant/`
 * (see src/lib/script/traditional-site.ts), on all cores.
 * Usage: node scripts/build-traditional.ts [dist] [--workers N]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { writeTraditionalSite } from '../src/lib/script/traditional-site.ts';

const { values, positionals } = parseArgs({ options: { workers: { type: 'string' } }, allowPositionals: true });
const dist = positionals[0] ?? 'dist';
const started = performance.now();
const count = await writeTraditionalSite(dist, { base: process.env.ARCHIVE_BASE || '/', workers: values.workers ? Number(values.workers) : undefined });
console.log(`traditional: wrote ${count} pages to ${dist}/hant in ${((performance.now() - started) / 1000).toFixed(1)} s`);
