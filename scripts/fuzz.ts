/**
 * Fuzz the ingest pipeline: run every property of `test/lib/ingest/arbitraries.ts` many
 * times (default 10,000 cases each), print progress and a summary table, and exit non-zero
 * with the shrunk counterexample when a property fails.
 *
 * Usage: npm run fuzz -- [--runs N] [--seed S] [--only <text in property name>]
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { properties } from '../test/lib/ingest/arbitraries.ts';

/** One row of the summary table. */
interface Row {
  readonly name: string;
  readonly runs: number;
  readonly failures: number;
  readonly ms: number;
}

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('npm run fuzz -- [--runs N] [--seed S] [--only <text in property name>]');
  process.exit(0);
}

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive integer, got \`${values.runs}\``);
  process.exit(2);
}
const seed = values.seed === undefined ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(values.seed);
if (!Number.isInteger(seed)) {
  console.error(`--seed must be an integer, got \`${values.seed}\``);
  process.exit(2);
}

const selected = properties.filter((property) => !values.only || property.name.includes(values.only));
if (selected.length === 0) {
  console.error(`no property name contains \`${values.only}\``);
  process.exit(2);
}

console.log(`fuzzing ${selected.length} properties × ${runs} cases, seed ${seed} (rerun with --seed=${seed})`);
const tty = process.stderr.isTTY;
const rows: Row[] = [];
const failures: string[] = [];
const started = performance.now();

selected.forEach((property, index) => {
  const label = `[${index + 1}/${selected.length}] ${property.name}`;
  let done = 0;
  const step = Math.max(1, Math.floor(runs / (tty ? 100 : 4)));
  const t0 = performance.now();
  const details = fc.check(
    fc.property(property.arbitrary, (text) => {
      property.check(text);
      done++;
      if (done % step === 0) {
        const line = `${label}: ${done}/${runs} (${((performance.now() - t0) / 1000).toFixed(1)} s)`;
        if (tty) process.stderr.write(`\r${line}\u001b[K`);
        else console.log(line);
      }
    }),
    { numRuns: runs, seed },
  );
  const ms = performance.now() - t0;
  if (tty) process.stderr.write('\r\u001b[K');
  rows.push({ name: property.name, runs: details.numRuns, failures: details.failed ? 1 : 0, ms });
  console.log(`${details.failed ? 'FAIL' : 'ok  '} ${label}: ${details.numRuns} cases in ${(ms / 1000).toFixed(1)} s`);
  if (details.failed) {
    // The report names seed and path to replay; the counterexample itself is printed once, as JSON.
    const message = (fc.defaultReportMessage(details) ?? 'failed').replace(/^Counterexample: .*$/mu, '');
    failures.push(`✗ ${property.name}\n${message.trim()}\nshrunk counterexample (JSON): ${JSON.stringify(details.counterexample?.[0])}`);
  }
});

const width = Math.max(8, ...rows.map((row) => row.name.length));
const line = `${'property'.padEnd(width)}  ${'runs'.padStart(7)}  ${'failures'.padStart(8)}  ${'time'.padStart(8)}`;
console.log(`\n${line}\n${'-'.repeat(line.length)}`);
for (const row of rows)
  console.log(
    `${row.name.padEnd(width)}  ${String(row.runs).padStart(7)}  ${String(row.failures).padStart(8)}  ${`${(row.ms / 1000).toFixed(1)} s`.padStart(8)}`,
  );
const failed = rows.filter((row) => row.failures > 0).length;
console.log(
  `${'-'.repeat(line.length)}\n${rows.length} properties, ${rows.reduce((sum, row) => sum + row.runs, 0)} cases, ${failed} failed, ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}`,
);

if (failures.length > 0) {
  console.error(`\n${failures.join('\n\n')}`);
  process.exit(1);
}
