/**
 * `npm run traditional:check [-- --before] [--all]` — the Traditional conversion QA report: every
 * word of the archive's Traditional text holding a character that is right in some words and
 * wrong in others (髮, 籤, 乾, 鬥, 於, 後/后, 週, 裡, 餘, 鍾/鐘, 臺 …), with its context.
 * A word listed in `content/opencc-qa-allow.yaml` with a reason is explained; the others are
 * printed and exit 1. `--before` runs OpenCC's own longest match (the conversion before words
 * were respected) to show what it got wrong; `--all` prints the explained findings too.
 */
import '../src/lib/content-files/report-errors.ts';
import { contentPath } from '../src/lib/content-dir.ts';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { archiveTexts, explainFindings, findSuspicious, readQaAllowList } from '../src/lib/script/conversion-qa.ts';
import { toTraditional, toTraditionalMaximumMatching } from '../src/lib/script/to-traditional.ts';
import { segmentWords } from '../src/lib/script/word-convert.ts';
import { archiveArticles } from '../src/lib/site/archive.ts';

const before = process.argv.includes('--before');
const all = process.argv.includes('--all');
const texts = archiveTexts(
  archiveArticles() as never,
  glossaryEntries().map(({ entry }) => entry),
);
const findings = findSuspicious(texts, before ? toTraditionalMaximumMatching : toTraditional, segmentWords);
const report = explainFindings(findings, readQaAllowList(contentPath('opencc-qa-allow.yaml')));
const show = (finding: (typeof findings)[number]) =>
  `${finding.character}  ${finding.key}  ×${finding.count}  (${finding.simplified})  ${finding.place}: ${finding.context}`;
if (all) for (const finding of report.explained) console.log(`explained  ${show(finding)}  — ${finding.why}`);
for (const finding of report.unexplained) console.log(`UNEXPLAINED  ${show(finding)}`);
for (const { character, word } of report.unused) console.log(`unused allow-list word  ${character}  ${word}`);
const uses = (list: readonly { count: number }[]) => list.reduce((sum, finding) => sum + finding.count, 0);
console.log(
  `${before ? 'OpenCC longest match (before)' : 'word-respecting conversion'}: ${texts.length} texts; ${findings.length} suspicious words (${uses(findings)} uses): ` +
    `${report.explained.length} explained, ${report.unexplained.length} unexplained (${uses(report.unexplained)} uses)`,
);
if (report.unexplained.length > 0) {
  console.log(
    'Explain each word in content/opencc-qa-allow.yaml (character, words, why), or fix the conversion with an override in content/opencc-overrides.yaml.',
  );
  process.exitCode = 1;
}
