/**
 * `npm run eval:segmentation -- [--corpus test/corpus] [--write] [--pages [--split dev|test]] [--variant <name>] [--help]`
 *
 * Scores the segmenter (no editorial fixes) on the development corpus and prints, per family and
 * overall: gold units, units exactly right, boundary precision and recall, title accuracy,
 * characters lost, pages whose format was detected as the gold says. `--write` stores the figures
 * in `test/corpus/results.json` (the corpus test fails when a family does worse than those);
 * `--pages` lists every page with what it missed. `--variant word-segmented` scores the pages of whole
 * paragraphs as a segmentation corpus would carry them, words set apart by spaces (a robustness
 * check; `--write` stores its figures beside the others).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_VARIANTS, evaluateCorpus, type CorpusVariant, type Figures } from '../src/lib/eval/segmentation.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'test/corpus' },
    write: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    split: { type: 'string' },
    variant: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(
    [
      'npm run eval:segmentation -- [--corpus test/corpus] [--write] [--pages [--split dev|test]] [--variant <name>]',
      '',
      'Scores the segmenter (no editorial fixes) on the corpus: per family and split, gold units, units exactly right,',
      'boundary precision and recall, title accuracy, characters lost, pages read in the format the gold names, and how',
      'honest the flags are: the share of units not exactly right that a flag marks (flag/bad, higher is better) and of',
      'units exactly right that a flag marks all the same (flag/ok, false alarms, lower is better).',
      '  --corpus DIR   a corpus folder of family subfolders (default test/corpus)',
      "  --write        store the figures, every variant's too, in DIR/results.json (the corpus test guards them)",
      '  --pages        list every page with what it missed; --split dev|test lists one split',
      `  --variant V    score the pages in another form: ${CORPUS_VARIANTS.join(', ')}`,
    ].join('\n'),
  );
  process.exit(0);
}
const variant = values.variant as CorpusVariant | undefined;
if (variant !== undefined && (!CORPUS_VARIANTS.includes(variant) || values.write)) {
  console.error(`error: --variant takes ${CORPUS_VARIANTS.join(' or ')}, and does not go with --write (--write alone stores every variant's figures)`);
  process.exit(2);
}
const { scores, byFamily, overall } = evaluateCorpus(values.corpus!, variant);

const row = (name: string, f: Figures) =>
  `${name.padEnd(22)} ${String(f.pages).padStart(5)} ${String(f.goldUnits).padStart(6)} ${`${f.exact} (${f.exactShare.toFixed(3)})`.padStart(13)} ${f.boundaryPrecision.toFixed(3).padStart(8)} ${f.boundaryRecall.toFixed(3).padStart(8)} ${f.titleAccuracy.toFixed(3).padStart(8)} ${String(f.charsLost).padStart(6)} ${`${f.formatRight}/${f.pages}`.padStart(7)} ${f.wrongFlagged.toFixed(3).padStart(8)} ${f.rightFlagged.toFixed(3).padStart(8)}`;
console.log(
  `${'family / split'.padEnd(22)} ${'pages'.padStart(5)} ${'gold'.padStart(6)} ${'exact'.padStart(13)} ${'bnd P'.padStart(8)} ${'bnd R'.padStart(8)} ${'titles'.padStart(8)} ${'lost'.padStart(6)} ${'format'.padStart(7)} ${'flag/bad'.padStart(8)} ${'flag/ok'.padStart(8)}`,
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
  const familiesOf = (of: typeof byFamily) => Object.fromEntries(Object.entries(of).map(([family, figures]) => [family, figures.all]));
  // The robustness variants are written too, so the corpus test guards them as well.
  const variants = Object.fromEntries(CORPUS_VARIANTS.map((name) => [name, familiesOf(evaluateCorpus(values.corpus!, name).byFamily)]));
  writeFileSync(
    out,
    `${JSON.stringify({ note: 'npm run eval:segmentation -- --write; no editorial fixes', families: familiesOf(byFamily), overall, variants }, null, 2)}\n`,
  );
  console.log(`\nwrote ${out}`);
}
