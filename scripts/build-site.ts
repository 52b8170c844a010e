/**
 * `npm run build:site [-- --out-dir dist] [--sequential]`: build the site from the ingested content.
 *
 *   astro build ─┐
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
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' }, sequential: { type: 'boolean', default: process.env.ARCHIVE_BUILD_SEQUENTIAL === '1' } } });
const dist = resolve(values['out-dir']!);
const staging = `${dist}.pagefind-staging`;
// Astro empties dist, so the last build's Traditional pages are moved aside first; pages whose
// HTML has not changed are moved back instead of converted again (see traditional-site.ts).
const previousHant = `${dist}.hant-previous`;
const manifest = `${dist}.traditional.json`;
const astroCwd = join('.astro', 'builds', createHash('sha256').update(dist).digest('hex').slice(0, 12));
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const children = new Set<ChildProcess>();

function step(name: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', ...options });
    children.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) {
        console.log(`build:site: ${name} done (${elapsed()})`);
        resolvePromise();
      } else reject(new Error(`${name} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

try {
  rmSync(staging, { recursive: true, force: true });
  rmSync(previousHant, { recursive: true, force: true });
  if (existsSync(`${dist}/hant`) && existsSync(manifest)) renameSync(`${dist}/hant`, previousHant);
  // Astro keeps its prerender bundle in `<outDir>/.prerender/` when the output folder is inside its
  // working directory, else in `<cwd>/.astro/.prerender/`, which two builds side by side (tests,
  // benchmarks: output outside the project) would share. So Astro runs from a working directory
  // of its own per output folder, inside the project (the bundle must find node_modules), with the
  // project as its root and the content and cache paths made absolute.
  const project = process.cwd();
  mkdirSync(astroCwd, { recursive: true });
  const absolute = (name: string, fallback?: string) => (process.env[name] || fallback ? { [name]: resolve(process.env[name] || fallback!) } : {});
  const astroEnv = { ...process.env, ...absolute('ARCHIVE_CONTENT_DIR', 'content'), ...absolute('ARCHIVE_CACHE_DIR') };
  const astro = () => step('astro build', [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', project, '--outDir', dist], { cwd: astroCwd, env: astroEnv });
  const index = () => step('index-search', ['scripts/index-search.ts', dist, '--out', staging]);
  if (values.sequential) {
    await astro();
    await index();
  } else await Promise.all([astro(), index()]);
  // Every export is read back; an invalid one fails the build.
  await step('check-exports', ['scripts/check-exports.ts', dist]);
  await step('build-traditional', ['scripts/build-traditional.ts', dist, '--previous', previousHant, '--manifest', manifest]);
  rmSync(previousHant, { recursive: true, force: true });
  rmSync(astroCwd, { recursive: true, force: true });
  rmSync(`${dist}/pagefind`, { recursive: true, force: true });
  renameSync(staging, `${dist}/pagefind`);
  console.log(`build:site: the site is in ${values['out-dir']} (${elapsed()})`);
} catch (error) {
  for (const child of children) child.kill('SIGTERM');
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  rmSync(previousHant, { recursive: true, force: true });
  console.error(`build:site: ${(error as Error).message}`);
  process.exit(1);
}
