/**
 * `npm run build:site [-- --out-dir dist] [--sequential]`: build the site from the ingested content.
 *
 *   astro build ─┐   (one at a time per project: see oneAstroAtATime)
 *                ├─ then check-exports, build-traditional (needs the HTML) ─ then the search index moves into dist/pagefind
 *   index-search ┘  (needs only content/articles; written beside dist meanwhile)
 *
 * The search index is built while Astro renders: Astro's build runs mostly on one core and
 * Pagefind's indexing on another, so on two cores the index costs almost no wall-clock time.
 * Side by side, the peak memory is the two steps' sum (about 6.8 GB at 10,000 articles, see
 * docs/scaling.md); `--sequential` (or ARCHIVE_BUILD_SEQUENTIAL=1) runs the index after Astro
 * instead, for a lower peak and a longer build.
 * If a step fails, the other is stopped and the command exits non-zero naming the step.
 * Pages of the last build's Traditional copy whose HTML is unchanged are reused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { LIMITS } from '../src/lib/limits.ts';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { archiveSiteWarning } from '../src/lib/site/site-origin.ts';

const { values } = parseArgs({
  options: { 'out-dir': { type: 'string', default: 'dist' }, sequential: { type: 'boolean', default: process.env.ARCHIVE_BUILD_SEQUENTIAL === '1' } },
});
const dist = resolve(values['out-dir']!);
const staging = `${dist}.pagefind-staging`;
// Astro empties dist, so the last build's Traditional pages are moved aside first; pages whose
// HTML has not changed are moved back instead of converted again (see traditional-site.ts).
const previousHant = `${dist}.hant-previous`;
const manifest = `${dist}.traditional.json`;
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const children = new Set<ChildProcess>();

/** One line per built page (`  ├─ /articles/…/index.html (+12ms)`): thousands at scale; ARCHIVE_BUILD_VERBOSE=1 keeps them. */
const PAGE_LINE = /^(?:\S+\s+)?\s*[├└]─ /u;
const verbose = process.env.ARCHIVE_BUILD_VERBOSE === '1';

/** Pass a child's output through, without Astro's per-page lines (counted in its own summary). */
function quiet(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (!PAGE_LINE.test(line.replace(/\x1b\[[0-9;]*m/gu, ''))) out.write(`${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(rest);
  });
}

function step(name: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: verbose ? 'inherit' : ['inherit', 'pipe', 'inherit'] });
    if (child.stdout) quiet(child.stdout, process.stdout);
    children.add(child);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) {
        console.log(`build:site: ${name} done (${elapsed()})`);
        resolvePromise();
      } else reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/**
 * Run `astro build` while no other build of this project does. Astro writes per-build state into
 * the project (`.astro/content-modules.mjs` lists the content folder's entries; the prerender bundle
 * goes to `.astro/.prerender/` when the output folder is outside the project), so two builds of
 * different content folders at once broke each other. They now queue for this step only: the
 * search index and the Traditional pages still run side by side.
 */
async function oneAstroAtATime(run: () => Promise<void>): Promise<void> {
  mkdirSync('.astro', { recursive: true });
  const release = await lockfile.lock('.astro', {
    lockfilePath: '.astro/build.lock',
    stale: LIMITS.lockStaleMs,
    update: LIMITS.lockStaleMs / 4,
    retries: { retries: 1_000, minTimeout: 500, maxTimeout: 2_000 },
  });
  try {
    await run();
  } finally {
    await release();
  }
}

// Loud, at the start and again at the end, so it is not scrolled away.
const siteWarning = archiveSiteWarning(process.env);
if (siteWarning) console.warn(siteWarning.join('\n'));

try {
  rmSync(staging, { recursive: true, force: true });
  rmSync(previousHant, { recursive: true, force: true });
  if (existsSync(`${dist}/hant`) && existsSync(manifest)) renameSync(`${dist}/hant`, previousHant);
  const astro = () => oneAstroAtATime(() => step('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist]));
  const index = () => step('index-search', ['scripts/index-search.ts', dist, '--out', staging]);
  if (values.sequential) {
    await astro();
    await index();
  } else await Promise.all([astro(), index()]);
  // Every export is read back; an invalid one fails the build.
  await step('check-exports', ['scripts/check-exports.ts', dist]);
  await step('build-traditional', ['scripts/build-traditional.ts', dist, '--previous', previousHant, '--manifest', manifest]);
  rmSync(previousHant, { recursive: true, force: true });
  rmSync(`${dist}/pagefind`, { recursive: true, force: true });
  renameSync(staging, `${dist}/pagefind`);
  console.log(`build:site: the site is in ${values['out-dir']} (${elapsed()})`);
  if (siteWarning) console.warn(siteWarning.join('\n'));
} catch (error) {
  for (const child of children) child.kill('SIGTERM');
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  rmSync(previousHant, { recursive: true, force: true });
  console.error(`build:site: ${(error as Error).message}`);
  process.exit(1);
}
