/**
 * `npm run bench -- [--sizes 100,1000,10000] [--seed S] [--out bench/results.json] [--step-limit 20] [--shards 2] [--keep]`
 *
 * The scaling benchmark (src/lib/bench/run-bench.ts): for each size, in a temporary folder, a
 * synthetic corpus of about that many articles; ingest throughput; the full build (astro build +
 * build-traditional + index-search) against the floor (bare Astro + MDX + Pagefind on the same
 * MDX files); the same build in --shards shards plus the merge (0: skipped); index size, bytes read
 * by a cold first search, the largest page, bytes on disk per article by kind. Prints a table
 * and writes the results (one object per size) to bench/results.json (sizes not measured in
 * this run keep their earlier entry). A step that runs past
 * --step-limit minutes is stopped and its figures are reported as missing (the rest still run).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseCommandLine } from '../src/lib/command-line.ts';
import { DEFAULT_SHARDS, DEFAULT_SIZES, DEFAULT_STEP_LIMIT_MS, formatTable, runBench, type BenchResult } from '../src/lib/bench/run-bench.ts';
import { DEFAULT_SEED } from '../src/lib/bench/synthetic-corpus.ts';

const usage = 'usage: npm run bench -- [--sizes 100,1000,10000] [--seed S] [--out bench/results.json] [--step-limit <minutes>] [--shards N] [--keep]';
const values = parseCommandLine(
  {
    sizes: { type: 'string', default: DEFAULT_SIZES.join(',') },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    out: { type: 'string', default: 'bench/results.json' },
    'step-limit': { type: 'string', default: String(DEFAULT_STEP_LIMIT_MS / 60_000) },
    keep: { type: 'boolean', default: false },
    shards: { type: 'string', default: String(DEFAULT_SHARDS) },
  },
  usage,
);
const sizes = values.sizes!.split(',').map((size) => Number(size.trim().replace(/_/gu, '')));
const stepLimit = Number(values['step-limit']);
const shards = Number(values.shards);
if (
  sizes.some((size) => !Number.isInteger(size) || size < 1) ||
  !Number.isInteger(Number(values.seed)) ||
  !(stepLimit > 0) ||
  !Number.isInteger(shards) ||
  shards < 0
) {
  console.error(
    `error: --sizes takes positive integers separated by commas, --seed an integer, --step-limit a number of minutes, --shards a whole number (0: no sharded build)\n${usage}`,
  );
  process.exit(2);
}

const out = values.out!;
const done: BenchResult[] = [];
// Results for sizes this run does not measure are kept from the file, so `--sizes 10000` adds to an earlier `--sizes 100,1000`.
let earlier: BenchResult[] = [];
try {
  earlier = (JSON.parse(readFileSync(out, 'utf8')) as BenchResult[]).filter((result) => !sizes.includes(result.target));
} catch {
  earlier = [];
}
const save = () => {
  mkdirSync(dirname(out), { recursive: true });
  const all = [...earlier, ...done].sort((a, b) => a.target - b.target);
  writeFileSync(out, `${JSON.stringify(all, null, 2)}\n`);
};
try {
  await runBench({
    sizes,
    seed: Number(values.seed),
    keep: values.keep,
    shards,
    stepTimeoutMs: stepLimit * 60_000,
    onResult: (result) => {
      done.push(result);
      save(); // after every size, so a later size that fails or is stopped keeps the earlier figures
    },
  });
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
if (done.length > 0) {
  console.log(`\n${formatTable(done)}\n\n${done[0]!.cores} cores, Node ${done[0]!.node}; wrote ${out}`);
}
