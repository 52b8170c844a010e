/**
 * `npm run glossary:lookup -- <article-id>` — for each paragraph of an article, the glossary
 * terms it contains and the English rendering translations must use. A translator's aid.
 */
import '../src/lib/content-files/report-errors.ts';
import { readFileSync } from 'node:fs';
import { loadGlossary } from '../src/lib/glossary/load-glossary.ts';
import { matcherFor } from '../src/lib/glossary/uses.ts';
import { contentPath } from '../src/lib/content-dir.ts';

const id = process.argv[2];
if (!id) {
  console.error('usage: npm run glossary:lookup -- <article-id>');
  process.exit(2);
}
const { entries } = loadGlossary(contentPath('glossary'));
const byId = new Map(entries.map(({ entry }) => [entry.id, entry]));
const matcher = matcherFor(entries);
const { units } = JSON.parse(readFileSync(contentPath('articles', 'articles.json'), 'utf8')) as {
  units: { id: string; title: string; blocks: { id: string; text: string }[] }[];
};
const unit = units.find((candidate) => candidate.id === id);
if (!unit) {
  console.error(`no article \`${id}\` in ${contentPath('articles', 'articles.json')}`);
  process.exit(1);
}
for (const block of [{ id: 'title', text: unit.title }, ...unit.blocks]) {
  const found = new Map<string, string>();
  for (const match of matcher.match(block.text)) {
    const entry = byId.get(match.id)!;
    found.set(match.form, `${entry.english}${entry.englishVariants.length ? ` (or: ${entry.englishVariants.join('; ')})` : ''}`);
  }
  console.log(`${block.id}: ${[...found].map(([form, english]) => `${form} → ${english}`).join(' | ') || '—'}`);
}
