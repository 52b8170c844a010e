/**
 * `npm run glossary:check` — validate the glossary against its schema and against the corpus:
 * duplicates, related ids, forms the annotator would mis-annotate, entries never used, pinyin
 * that disagrees with pinyin-pro. Prints `file:line  severity  entry  message`; exit code 1 on errors.
 */
import '../src/lib/content-files/report-errors.ts';
import { checkGlossary } from '../src/lib/glossary/check-glossary.ts';
import { formatProblem } from '../src/lib/glossary/load-glossary.ts';
import { contentPath } from '../src/lib/content-dir.ts';

const report = checkGlossary({ glossaryDir: contentPath('glossary'), articlesFile: contentPath('articles', 'articles.json') });
for (const problem of report.problems) console.log(formatProblem(problem));
const { provenance } = report;
console.log(
  `Provenance: ${provenance.official} official renderings with a full source (title, publisher, date, address, quoted wording); ` +
    `${provenance.unverified} claimed renderings kept as unverified (not shown as official); ` +
    `${provenance.withSources} entries name the sources of their explanation; ${provenance.withExamples} have examples from the archive; ${provenance.dated} are dated.`,
);
console.log(`${report.entries} entries checked against ${report.paragraphs} corpus paragraphs: ${report.errors} errors, ${report.warnings} warnings`);
if (report.errors > 0) {
  console.log('Errors stop the build: fix the fields named above in content/glossary/<id>.yaml, then run npm run glossary:check again.');
  process.exitCode = 1;
} else if (report.warnings > 0) {
  console.log(
    'No errors. Review the warnings: add or change a variant where a form is mis-annotated or never used, and correct pinyin by hand where pinyin-pro is right (polyphones are often pinyin-pro’s mistake).',
  );
} else {
  console.log('No problems.');
}
