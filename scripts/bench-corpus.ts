/**
 * `npm run bench:corpus -- --pages N --out <dir> [--seed S]` — write N synthetic page texts
 * (and their `<stem>.meta.yaml`) recombined from the seed pages, for the scaling benchmark.
 * The same seed always gives the same pages (src/lib/bench/synthetic-corpus.ts).
 */
import { parseCommandLine } from '../src/lib/command-line.ts';
import { performance } from 'node:perf_hooks';
import { DEFAULT_SEED, writeCorpus } from '../src/lib/bench/synthetic-corpus.ts';

const usage = 'usage: npm run bench:corpus -- --pages N --out <dir> [--seed S]';
const values = parseCommandLine({ pages: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string', default: String(DEFAULT_SEED) } }, usage);
const pages = Number(values.pages);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(pages) || pages < 1 || !Number.isInteger(seed)) {
  console.error(`error: --pages must be a positive integer, --seed an integer, and --out is required\n${usage}`);
  process.exit(2);
}
const started = performance.now();
try {
  const summary = writeCorpus(values.out, { pages, seed });
  console.log(
    `wrote ${summary.pages} pages (${summary.narrowPages} narrow-column, ${summary.pages - summary.narrowPages} web-style) to ${values.out}: ${summary.articles} articles + ${summary.captions} photo captions, ${(summary.bytes / 1e6).toFixed(2)} MB of text, seed ${seed}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
