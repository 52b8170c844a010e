/**
 * `npm run eval:segmentation -- [--corpus test/corpus] [--write] [--pages [--split dev|test]]`
 *
 * Scores the segmenter (no editorial fixes) on the development corpus and prints, per family and
 * overall: gold units, units exactly right, boundary precision and recall, title accuracy,
 * characters lost, pages whose format was detected as the gold says. `--write` stores the figures
 * in `test/corpus/results.json` (the corpus test fails when a family does worse than those);
 * `--pages` lists every page with what it missed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus, type Figures } from '../src/lib/eval/segmentation.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'test/corpus' },
    write: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    split: { type: 'string' },
  },
});
const { scores, byFamily, overall } = evaluateCorpus(values.corpus!);

const row = (name: string, f: Figures) =>
  `${name.padEnd(22)} ${String(f.pages).padStart(5)} ${String(f.goldUnits).padStart(6)} ${`${f.exact} (${f.exactShare.toFixed(3)})`.padStart(13)} ${f.boundaryPrecision.toFixed(3).padStart(8)} ${f.boundaryRecall.toFixed(3).padStart(8)} ${f.titleAccuracy.toFixed(3).padStart(8)} ${String(f.charsLost).padStart(6)} ${`${f.formatRight}/${f.pages}`.padStart(7)}`;
console.log(
  `${'family / split'.padEnd(22)} ${'pages'.padStart(5)} ${'gold'.padStart(6)} ${'exact'.padStart(13)} ${'bnd P'.padStart(8)} ${'bnd R'.padStart(8)} ${'titles'.padStart(8)} ${'lost'.padStart(6)} ${'format'.padStart(7)}`,
);
for (const [family, figures] of Object.entries(byFamily)) {
  console.log(row(family, figures.all));
  console.log(row('  dev', figures.dev));
  console.log(row('  test', figures.test));
}
console.log(row('overall', overall));

if (values.pages) {
  for (const score of scores.filter((entry) => !values.split || entry.split === values.split)) {
    console.log(
      `\n${score.family}/${score.source} [${score.split}${score.synthetic ? ', synthetic' : ''}] format ${score.format}${score.format !== score.goldFormat ? ` (gold: ${score.goldFormat})` : ''}: ${score.exact}/${score.goldUnits} exact, ${score.predictedUnits} units predicted, ${score.lost} characters lost`,
    );
    for (const miss of score.misses) console.log(`  ${miss}`);
  }
}

if (values.write) {
  const out = join(values.corpus!, 'results.json');
  const families = Object.fromEntries(Object.entries(byFamily).map(([family, figures]) => [family, figures.all]));
  writeFileSync(out, `${JSON.stringify({ note: 'npm run eval:segmentation -- --write; no editorial fixes', families, overall }, null, 2)}\n`);
  console.log(`\nwrote ${out}`);
}
