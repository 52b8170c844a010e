/**
 * `npm run glossary:candidates [-- --json]` — the glossary editor's worklist: quoted strings
 * and numbered formulas in the corpus that no entry covers, each with its count and one
 * context; those justified in content/glossary/candidates-justified.yaml are listed apart.
 */
import '../src/lib/content-files/report-errors.ts';
import { existsSync } from 'node:fs';
import { readYamlText } from '../src/lib/content-files/read-content-file.ts';
import { parseArgs } from 'node:util';
import { contentPath } from '../src/lib/content-dir.ts';
import { findCandidates, parseJustifications, sortOutJustified, type Candidate } from '../src/lib/glossary/candidates.ts';
import { readCorpus } from '../src/lib/glossary/check-glossary.ts';
import { formatProblem, loadGlossary } from '../src/lib/glossary/load-glossary.ts';
import { formsOf, matcherFor } from '../src/lib/glossary/uses.ts';

let options: { json?: boolean; help?: boolean };
try {
  ({ values: options } = parseArgs({ options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run glossary:candidates [-- --json]`);
  process.exit(2);
}
if (options.help) {
  console.log('usage: npm run glossary:candidates [-- --json]\nLists quoted strings and numbered formulas in the corpus that no glossary entry covers.');
  process.exit(0);
}

const justifiedFile = contentPath('glossary', 'candidates-justified.yaml');
const articlesFile = contentPath('articles', 'articles.json');
if (!existsSync(articlesFile)) {
  console.error(`error: ${articlesFile}: no corpus; run npm run ingest first`);
  process.exit(1);
}
const { entries } = loadGlossary(contentPath('glossary'));
const { justifications, problems } = existsSync(justifiedFile)
  ? parseJustifications(readYamlText(justifiedFile), justifiedFile)
  : { justifications: [], problems: [] };
const candidates = findCandidates(readCorpus(articlesFile), matcherFor(entries), new Set(formsOf(entries).map(({ form }) => form)));
const list = sortOutJustified(candidates, justifications);

if (options.json) {
  console.log(JSON.stringify({ ...list, problems }, null, 2));
} else {
  const line = (candidate: Candidate) =>
    `  ${candidate.text}  ×${candidate.count}  ${candidate.kinds.join('+')}  ${candidate.example.article} ${candidate.example.paragraph}  ${candidate.example.context}`;
  console.log(`Open candidates (${list.open.length}): add a glossary entry, or a line with the reason to ${justifiedFile}`);
  for (const candidate of list.open) console.log(line(candidate));
  if (list.stale.length > 0) {
    console.log(`\nJustifications that match no candidate any more (${list.stale.length}): remove them`);
    for (const justification of list.stale) console.log(`  ${justifiedFile}:${justification.line ?? ''}  ${justification.text}`);
  }
  console.log(`\nJustified (${list.justified.length}):`);
  for (const candidate of list.justified) console.log(`${line(candidate)}\n      why: ${candidate.why}`);
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(
    `\n${list.open.length} open, ${list.justified.length} justified, ${list.stale.length} stale justifications${problems.length ? `, ${problems.length} errors in ${justifiedFile}` : ''}`,
  );
}
if (problems.length > 0) process.exitCode = 1;
