// Make a word-segmented corpus copy of a corpus page, as segmentation corpora give newspaper text
// (SIGHAN bakeoff style: words set apart by two spaces, no indents, one paragraph per line).
// Words come from ICU's dictionary word breaker (Intl.Segmenter, in Node), not from any corpus.
// The gold is the source page's gold: the lines are the same lines, so only `source`, `split` and
// `synthetic` change.
//
// Usage: node test/corpus/tools-wordseg/word_spaced.mjs <family folder> <source page> <split>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, page, split] = process.argv.slice(2);
if (!folder || !page || !['dev', 'test'].includes(split)) {
  console.error('usage: node word_spaced.mjs <family folder> <source page> <dev|test>');
  process.exit(2);
}
const bytes = readFileSync(join(folder, page));
let text;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  text = new TextDecoder('gbk').decode(bytes);
}
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const lines = text
  .replace(/^\ufeff/u, '')
  .replace(/\r\n?/gu, '\n')
  .split('\n')
  .map((line) =>
    [...segmenter.segment(line)]
      .map((part) => part.segment)
      .filter((word) => word.trim() !== '')
      .join('  '),
  );
const stem = page.replace(/\.txt$/u, '');
const out = `${stem}-wordseg.txt`;
writeFileSync(join(folder, out), lines.join('\n'));
const gold = readFileSync(join(folder, `${stem}.gold.yaml`), 'utf8')
  .replace(/^source: .*$/mu, `source: ${out}`)
  .replace(/^split: .*$/mu, `split: ${split}`)
  .replace(/^synthetic: .*$/mu, 'synthetic: true');
writeFileSync(join(folder, `${stem}-wordseg.gold.yaml`), gold);
console.log(`wrote ${out} (${lines.length} lines) and its gold`);
