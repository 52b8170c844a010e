/**
 * `npm run build:site [-- --out-dir dist] [--sequential | --parallel] [--shard k/n]`, `npm run build:merge -- <shard folders…>`:
 * build the site from the ingested content.
 *
 *   astro build ─┐   (one at a time per project: see oneAstroAtATime)
 *                ├─ then check-exports, build-traditional (needs the HTML) ─ then the search index moves into dist/pagefind
 *   index-search ┘  (needs only content/articles; written beside dist meanwhile)
 *
 * The search index is built while Astro renders when their summed memory fits the budget
 * (src/lib/site/build-settings.ts: up to about 2,900 articles): Astro's build runs mostly on one core and
 * Pagefind's indexing on another, so on two cores the index then costs almost no wall-clock time.
 * A larger archive builds the index after Astro: the peak is the larger step's, not the sum (7.3 GB
 * side by side at 10,000 articles, see docs/scaling.md). `--parallel` (ARCHIVE_BUILD_PARALLEL=1)
 * and `--sequential` (ARCHIVE_BUILD_SEQUENTIAL=1) choose either way regardless of size.
 * If a step fails, the other is stopped and the command exits non-zero naming the step.
 *
 * `--shard k/n` builds one shard of a sharded build (docs/scaling.md, src/lib/site/shard.ts) into
 * dist-shard-<k>-of-<n>: the article and source pages of its share of the source pages, their
 * Traditional copies, and in `_shard/` its search records and term uses. `--merge <shard folders…>`
 * (`npm run build:merge`) builds every other page from the merged term uses, one search index from
 * every shard's records, and copies the shards' pages in: the site the build in one piece makes.
 * Pages of the last build's Traditional copy whose HTML is unchanged are reused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { pagePathsOf, siteBaseUrl, writeSitemap } from '../src/lib/site/sitemap.ts';
import { assembleShards, pruneToShardPages, readShardManifests, stageShardArticles, writeShardManifest } from '../src/lib/site/shard-build.ts';
import { parseShard } from '../src/lib/site/shard.ts';
import { sideBySide } from '../src/lib/site/build-settings.ts';
import { contentPath } from '../src/lib/content-dir.ts';
import lockfile from 'proper-lockfile';
import { LIMITS } from '../src/lib/limits.ts';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { archiveSiteWarning } from '../src/lib/site/site-origin.ts';
import { buildParallel, buildSequential, buildVerbose } from '../src/lib/config/env.ts';

const { values, positionals } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    sequential: { type: 'boolean', default: buildSequential() },
    parallel: { type: 'boolean', default: buildParallel() },
    shard: { type: 'string' },
    merge: { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
let shard: ReturnType<typeof parseShard> | null = null;
try {
  shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.merge && shard) throw new Error('--merge and --shard do not go together');
  if (values.sequential && values.parallel) throw new Error('--sequential and --parallel do not go together');
  if (values.merge && positionals.length === 0)
    throw new Error('--merge takes the shard folders to merge (npm run build:merge -- dist-shard-1-of-2 dist-shard-2-of-2)');
  if (!values.merge && positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]} (shard folders go with --merge)`);
} catch (error) {
  console.error(`build:site: ${(error as Error).message}`);
  process.exit(2);
}
// A shard's site goes to dist-shard-<k>-of-<n> unless --out-dir says otherwise.
const outDir = values['out-dir'] ?? (shard ? `dist-shard-${shard.k}-of-${shard.n}` : 'dist');
const dist = resolve(outDir);
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
const verbose = buildVerbose();

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

function step(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: verbose ? 'inherit' : ['inherit', 'pipe', 'inherit'] });
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
const shardData = `${dist}.shard-data`;
const shardArticles = `${dist}.shard-articles`;
const mergedUses = `${dist}.merged-uses.json`;

/**
 * Environment and extra index-search arguments for this kind of build, and how many articles it
 * renders and indexes (for the order of its steps): all of them; a shard's (its index step only
 * writes records); in the merge none rendered and all indexed.
 */
function prepare(): { env: NodeJS.ProcessEnv; indexArgs: string[]; rendered: number; indexed: number } {
  const all = existsSync(contentPath('articles')) ? readdirSync(contentPath('articles')).filter((name) => name.endsWith('.mdx')).length : 0;
  if (shard) {
    const staged = stageShardArticles(shard.k, shard.n, shardArticles);
    console.log(`build:site: shard ${shard.k}/${shard.n}: ${staged.sources.length} source pages, ${staged.articles} articles`);
    return {
      env: { ...process.env, ARCHIVE_SHARD: `${shard.k}/${shard.n}`, ARCHIVE_ARTICLES_DIR: shardArticles },
      indexArgs: ['--shard-data', shardData],
      rendered: staged.articles,
      indexed: 0,
    };
  }
  if (values.merge) {
    const shards = readShardManifests(
      positionals.map((folder) => resolve(folder)),
      mergedUses,
    );
    rmSync(shardArticles, { recursive: true, force: true });
    mkdirSync(shardArticles, { recursive: true });
    return {
      env: { ...process.env, ARCHIVE_SHARD: 'merge', ARCHIVE_ARTICLES_DIR: shardArticles, ARCHIVE_TERM_USES: mergedUses },
      indexArgs: ['--records', shards.map((folder) => `${folder}/_shard/records.jsonl`).join(',')],
      rendered: 0,
      indexed: all,
    };
  }
  return { env: process.env, indexArgs: [], rendered: all, indexed: all };
}

const cleanUp = () => {
  for (const path of [previousHant, shardData, shardArticles, mergedUses]) rmSync(path, { recursive: true, force: true });
};

try {
  rmSync(staging, { recursive: true, force: true });
  rmSync(previousHant, { recursive: true, force: true });
  rmSync(shardData, { recursive: true, force: true });
  if (existsSync(`${dist}/hant`) && existsSync(manifest)) renameSync(`${dist}/hant`, previousHant);
  const { env, indexArgs, rendered, indexed } = prepare();
  const astro = () => oneAstroAtATime(() => step('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env));
  const index = () => step('index-search', ['scripts/index-search.ts', dist, '--out', staging, ...indexArgs], env);
  const together = values.parallel || (!values.sequential && sideBySide(rendered, indexed));
  console.log(
    `build:site: astro build and index-search ${together ? 'side by side' : 'one after the other'} (${rendered} articles rendered, ${indexed} indexed)`,
  );
  if (together) await Promise.all([astro(), index()]);
  else {
    await astro();
    await index();
  }
  if (shard) pruneToShardPages(dist);
  // Every export is read back; an invalid one fails the build (a shard has none: the merge writes them).
  else await step('check-exports', ['scripts/check-exports.ts', dist]);
  await step('build-traditional', ['scripts/build-traditional.ts', dist, '--previous', previousHant, '--manifest', manifest]);
  rmSync(`${dist}/pagefind`, { recursive: true, force: true });
  if (shard) writeShardManifest(dist, shard.k, shard.n, shardData);
  else {
    if (values.merge) {
      assembleShards(
        dist,
        positionals.map((folder) => resolve(folder)),
      );
      writeSitemap(dist, pagePathsOf(dist), siteBaseUrl(process.env));
    }
    renameSync(staging, `${dist}/pagefind`);
  }
  cleanUp();
  console.log(`build:site: the ${shard ? `shard ${shard.k}/${shard.n}` : 'site'} is in ${outDir} (${elapsed()})`);
  if (siteWarning) console.warn(siteWarning.join('\n'));
} catch (error) {
  for (const child of children) child.kill('SIGTERM');
  if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  cleanUp();
  console.error(`build:site: ${(error as Error).message}`);
  process.exit(1);
}
