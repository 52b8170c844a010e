/**
 * `npm run translations:check` — the translation QA report: untranslated or stale paragraphs,
 * glossary terms without their English rendering, numbers that do not carry over. Exit 1 on any finding.
 */
import '../src/lib/content-files/report-errors.ts';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { matcherFor } from '../src/lib/glossary/uses.ts';
import { contentPath } from '../src/lib/content-dir.ts';
import { archiveArticles } from '../src/lib/site/archive.ts';
import { checkTranslations } from '../src/lib/translations/check-translations.ts';

const entries = glossaryEntries();
const report = checkTranslations(archiveArticles(), contentPath('translations'), new Map(entries.map(({ entry }) => [entry.id, entry])), matcherFor(entries));
for (const finding of report.findings)
  console.log(`${finding.file}${finding.line ? `:${finding.line}` : ''}  ${finding.paragraph ?? '-'}  ${finding.rule}  ${finding.message}`);
const byRule = new Map<string, number>();
for (const finding of report.findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
console.log(
  `\n${report.articles} articles, ${report.paragraphs} paragraphs, ${report.translated} translated and current (${((100 * report.translated) / Math.max(1, report.paragraphs)).toFixed(1)}%), ${report.termPairs} term pairs checked`,
);
console.log(`${report.findings.length} findings${byRule.size ? `: ${[...byRule].map(([rule, n]) => `${n} ${rule}`).join(', ')}` : ''}`);
if (report.findings.length > 0) {
  console.log('Fix the English, update a stale hash after revising, or record a deliberate rendering under `exceptions:` in the translation file.');
  process.exitCode = 1;
}
