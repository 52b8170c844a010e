import { formatProblem, loadGlossary } from '../src/lib/glossary/load-glossary.ts';

const { entries, problems } = loadGlossary('content/glossary');
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(`${entries.length} entries, ${errors} errors, ${problems.length - errors} warnings`);
if (errors > 0) process.exitCode = 1;
