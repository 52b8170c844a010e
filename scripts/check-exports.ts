/**
 * `node scripts/check-exports.ts [dist]`: read every export of a built site back (TMX, TBX, CSV,
 * JSON; see src/lib/exports/validate-exports.ts). Exits 1 naming each invalid file; run by
 * `npm run build:site` after the Astro build, so an invalid export fails the build.
 */
import { exportProblems } from '../src/lib/exports/validate-exports.ts';

const dist = process.argv[2] ?? 'dist';
const problems = exportProblems(dist);
for (const problem of problems) console.error(`check-exports: ${dist}/${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`check-exports: the exports in ${dist}/data are valid`);
