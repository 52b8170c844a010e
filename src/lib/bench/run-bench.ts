/**
 * The scaling benchmark (`npm run bench`): for each corpus size, in a temporary folder, generate
 * a synthetic corpus, measure ingest throughput, the archive's full build (time and peak memory),
 * the floor (a bare Astro + MDX + Pagefind build of the same MDX files), and what the built site
 * weighs: the Pagefind index, the bytes a cold first search reads and the largest page.
 */
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestFolder } from '../ingest/ingest-folder.ts';
import { openArchiveSearch } from '../search/open-index.ts';
import { DEFAULT_SEED, loadSeedMaterial, writeCorpus, type SeedMaterial } from './synthetic-corpus.ts';

/** One timed child process: wall-clock seconds and peak resident memory (from `/usr/bin/time -f %M`). */
export interface StepResult {
  readonly name: string;
  readonly seconds: number;
  readonly peakMB: number;
  /**
   * Why the step did not finish: stopped at the step time limit, or killed by a signal from
   * outside the benchmark (seconds and peak memory are those reached by then; peak 0 if unknown).
   */
  readonly stopped?: string;
}

/** The figures for one corpus size (one object of `bench/results.json`). */
export interface BenchResult {
  /** Units ingest made of the synthetic pages (each gets an article page). */
  readonly articles: number;
  /** The size asked for (`--sizes`). */
  readonly target: number;
  readonly pages: number;
  readonly textMB: number;
  /** In-process `ingestFolder`, one core, no writing: MB of page text per second. */
  readonly ingestMBps: number;
  /** `scripts/ingest.ts` end to end (start-up, segmenting, writing MDX and articles.json). */
  readonly ingestCliSeconds: number;
  readonly ingestCliPeakMB: number;
  /** `npm run build:site` (astro build ∥ index-search, then build-traditional), wall-clock; null if it hit the step limit. */
  readonly buildSeconds: number | null;
  /** Bare Astro + @astrojs/mdx build of the same MDX files + stock Pagefind; null if it hit the limit. */
  readonly floorSeconds: number | null;
  /** buildSeconds / floorSeconds. */
  readonly ratio: number | null;
  /** Largest peak RSS of any step of the build (the peak reached so far if a step was stopped). */
  readonly peakMB: number;
  readonly floorPeakMB: number;
  readonly indexBytes: number;
  readonly indexFiles: number;
  /**
   * Bytes a cold first search for 整村授信 transfers, as the search box does it (first page of
   * ten hits): Pagefind's scripts (gzip), WASM, metadata, index chunks, ten fragments and the
   * folding-map shards (gzip).
   */
  readonly firstSearchBytes: number;
  /**
   * Bytes on disk (file sizes) of the built site per article page, by kind of file (see
   * {@link diskByKind}): both scripts' pages, the search index, scripts and styles, exports.
   * Null when the build did not finish.
   */
  readonly bytesPerArticle: { readonly total: number; readonly byKind: Record<DiskKind, number> } | null;
  /** Largest .html in dist (null when the build did not finish). */
  readonly largestPageBytes: number | null;
  readonly largestPage: string | null;
  readonly htmlFiles: number | null;
  readonly distBytes: number | null;
  /** Article pages actually built (fewer than `articles` when slugs collide, see `slugCollisions`). */
  readonly articlePages: number;
  /** HTML pages the floor built (one per content-collection entry). */
  readonly floorHtmlFiles: number;
  /** Units whose slug another unit already has: Astro's glob loader keys entries by slug, so they are lost. */
  readonly slugCollisions: number;
  /** Pages astro build rendered per route (first path segment) and their summed render times. */
  readonly astroRoutes: Record<string, { pages: number; ms: number }>;
  /** Where astro build spent its time (seconds, from its log): content sync, Vite, rendering, total. */
  readonly astroPhases: ReturnType<typeof astroPhases>;
  readonly floorAstroPhases: ReturnType<typeof astroPhases>;
  /**
   * Re-running after one page changed (a paragraph appended to the first page): ingest and
   * build:site wall-clock, pages ingest segmented again, Traditional pages converted again.
   */
  readonly incremental: {
    readonly ingestSeconds: number;
    readonly buildSeconds: number | null;
    readonly pagesSegmented: number | null;
    readonly traditionalConverted: number | null;
    readonly traditionalReused: number | null;
  } | null;
  /**
   * The same build as n shards and a merge (`build:site --shard k/n`, `--merge`), one after the
   * other on this machine: each shard's and the merge's wall-clock time and peak, and the time
   * n machines would take (the longest shard plus the merge) against the build in one piece.
   * Null when not measured (`--shards 0`) or a step stopped.
   */
  readonly sharded: {
    readonly n: number;
    readonly shardSeconds: readonly number[];
    readonly shardPeakMB: readonly number[];
    readonly mergeSeconds: number;
    readonly mergePeakMB: number;
    readonly longestPlusMergeSeconds: number;
    /** longestPlusMergeSeconds / buildSeconds (target < 0.6 for 2 shards). */
    readonly ratio: number | null;
    /** Whether the merged site has the same files as the build in one piece. */
    readonly sameFiles: boolean;
  } | null;
  /** Why some figures are missing (a step stopped at the step limit), or null. */
  readonly incomplete: string | null;
  readonly steps: readonly StepResult[];
  readonly cores: number;
  readonly node: string;
  readonly timestamp: string;
}

/** Options for {@link runBench}. */
export interface BenchOptions {
  /** Corpus sizes in articles (default 100, 1000, 10000). */
  readonly sizes: readonly number[];
  readonly seed?: number;
  /** Keep the temporary folders (their paths are printed). */
  readonly keep?: boolean;
  /** Project root (holds node_modules, scripts/, content/); default the working directory. */
  readonly projectRoot?: string;
  /** Per-step time limit in milliseconds (default {@link DEFAULT_STEP_LIMIT_MS}). */
  readonly stepTimeoutMs?: number;
  /** Progress lines (default console.log). */
  readonly log?: (line: string) => void;
  /** Also build in this many shards and merge (0: not; default {@link DEFAULT_SHARDS}). */
  readonly shards?: number;
  /** Called with each size's result as soon as it is measured. */
  readonly onResult?: (result: BenchResult) => void;
}

/** Default per-step time limit: 20 minutes (a build that needs longer has missed its target anyway). */
export const DEFAULT_STEP_LIMIT_MS = 20 * 60_000;

/** Shards the benchmark builds the corpus in, besides the build in one piece. */
export const DEFAULT_SHARDS = 2;

/** The sizes `npm run bench` measures by default. */
export const DEFAULT_SIZES = [100, 1000, 10000] as const;

const seconds = (ms: number) => Math.round(ms / 10) / 100;

/** Process groups of running steps, ended if the benchmark itself is interrupted. */
const running = new Set<number>();
let interruptHandled = false;

/** The processes of a process group, by reading /proc (Linux). */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) members.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return members;
}

/** Resident memory of a set of processes, summed (bytes), from /proc/<pid>/statm (Linux). */
function residentBytes(pids: readonly number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * Run a command under `/usr/bin/time -f %M` (in its own process group) with its output in a
 * log file; resolve with its wall-clock time and peak RSS: the larger of `time`'s figure (the
 * largest single process) and the sum over the process group sampled every 250 ms (a step
 * that runs processes side by side needs their sum). At the time limit the command's
 * processes (not `time`) are killed, so `time` still reports the peak reached, and the step is
 * marked `stopped`; so is a step killed by a signal from outside. A non-zero exit rejects with
 * the log's tail.
 */
async function timed(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logDir: string; timeoutMs: number; log: (line: string) => void; label: () => string },
): Promise<StepResult> {
  const logFile = join(options.logDir, `${name.replace(/\W+/gu, '-')}.log`);
  const memFile = `${logFile}.mem`;
  const fd = openSync(logFile, 'w');
  const started = performance.now();
  options.log(`${options.label()} ${name} …`);
  const heartbeat = setInterval(() => options.log(`${options.label()} ${name} still running (${seconds(performance.now() - started).toFixed(0)} s)`), 60_000);
  if (!interruptHandled) {
    interruptHandled = true;
    const stop = () => {
      for (const pgid of running) for (const pid of groupMembers(pgid)) process.kill(pid, 'SIGKILL');
      process.exit(130);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  let timedOut = false;
  let groupPeak = 0;
  try {
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise, reject) => {
      const child = spawn('/usr/bin/time', ['-f', '%M', '-o', memFile, command, ...args], {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', fd, fd],
        detached: true,
      });
      const pgid = child.pid!;
      running.add(pgid);
      const sampler = setInterval(() => {
        groupPeak = Math.max(groupPeak, residentBytes(groupMembers(pgid).filter((pid) => pid !== pgid)));
      }, 250);
      child.once('exit', () => clearInterval(sampler));
      const timer = setTimeout(() => {
        timedOut = true;
        for (const pid of groupMembers(pgid)) if (pid !== pgid) process.kill(pid, 'SIGKILL');
      }, options.timeoutMs);
      child.on('error', (error) => {
        clearTimeout(timer);
        running.delete(pgid);
        reject(error);
      });
      child.on('exit', (exitCode, exitSignal) => {
        clearTimeout(timer);
        running.delete(pgid);
        resolvePromise({ code: exitCode, signal: exitSignal });
      });
    });
    const elapsed = performance.now() - started;
    const log = readFileSync(logFile, 'utf8');
    const killed = /Command terminated by signal (\d+)/u.exec(existsSync(memFile) ? readFileSync(memFile, 'utf8') : '');
    const stopped = timedOut
      ? `stopped at the ${options.timeoutMs / 60_000}-minute step limit`
      : signal
        ? `killed by ${signal} from outside the benchmark`
        : killed
          ? `killed by signal ${killed[1]} from outside the benchmark`
          : null;
    if (code !== 0 && !stopped) {
      throw new Error(`${name} failed (exit ${code}); last lines of its output:\n${log.split('\n').slice(-30).join('\n')}`);
    }
    const kb = existsSync(memFile) ? Number(readFileSync(memFile, 'utf8').trim().split('\n').at(-1)) : NaN;
    const peakMB = Math.max(Number.isFinite(kb) ? Math.round(kb / 1024) : 0, Math.round(groupPeak / 2 ** 20));
    const result: StepResult = { name, seconds: seconds(elapsed), peakMB, ...(stopped ? { stopped } : {}) };
    options.log(`${options.label()} ${name}: ${result.seconds.toFixed(1)} s, peak ${result.peakMB} MB${stopped ? ` — ${stopped.toUpperCase()}` : ''}`);
    return result;
  } finally {
    clearInterval(heartbeat);
    closeSync(fd);
  }
}

/** Milliseconds of a duration as Astro and Vite print it: `32ms`, `1.46s`, `2m 5s`, `1h 2m`. */
export function parseDuration(text: string): number {
  let ms = 0;
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h)\b/gu))
    ms += Number(match[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as 'ms' | 's' | 'm' | 'h'];
  return ms;
}

/** Pages an `astro build` log says it rendered, by first path segment, with their summed render times. */
export function astroRouteTimings(log: string): Record<string, { pages: number; ms: number }> {
  const routes: Record<string, { pages: number; ms: number }> = {};
  for (const match of log.matchAll(/[├└]─ (\/[^/\s]*)\S* \(\+([^)]+)\)/gu)) {
    const route = (routes[match[1]!] ??= { pages: 0, ms: 0 });
    route.pages++;
    route.ms += parseDuration(match[2]!);
  }
  return routes;
}

/**
 * Where an `astro build` spent its time, from its log (seconds): syncing the content layer,
 * Vite bundling (all `[vite] ✓ built in`), rendering the static routes, and the whole build
 * as Astro reports it (`N page(s) built in`).
 */
export function astroPhases(log: string): { contentSync: number | null; vite: number; render: number | null; total: number | null } {
  const clock = (line: string | undefined) => {
    const match = line ? /^(\d\d):(\d\d):(\d\d)/u.exec(line) : null;
    return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
  };
  const lines = log.split('\n');
  const syncStart = clock(lines.find((line) => line.includes('[content] Syncing content')));
  const syncEnd = clock(lines.find((line) => line.includes('[content] Synced content')));
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([^\n]+)/gu)].reduce((sum, match) => sum + parseDuration(match[1]!), 0) / 1000;
  const renderMatch = /generating static routes[^\n]*\n(?:[^\n]*\n)*?\S* ?✓ Completed in ([^\n]+)/u.exec(log);
  const totalMatch = /page\(s\) built in ([^\n]+)/u.exec(log);
  return {
    contentSync: syncStart !== null && syncEnd !== null ? (syncEnd - syncStart + 86_400) % 86_400 : null,
    vite: Math.round(vite * 10) / 10,
    render: renderMatch ? Math.round(parseDuration(renderMatch[1]!) / 100) / 10 : null,
    total: totalMatch ? Math.round(parseDuration(totalMatch[1]!) / 100) / 10 : null,
  };
}

/** The kinds of file the built site's bytes are counted by. */
export const DISK_KINDS = [
  'article pages (Simplified)',
  'article pages (Traditional)',
  'source pages (both scripts)',
  'glossary pages (both scripts)',
  'other pages (both scripts)',
  'search index',
  'scripts and styles',
  'exports (data/)',
  'other files',
] as const;
export type DiskKind = (typeof DISK_KINDS)[number];

/** The kind of a built file, from its path relative to dist (`/` separators). */
export function diskKind(path: string): DiskKind {
  const [first, second] = path.split('/');
  const page = first === 'hant' ? second : first;
  if (first === 'pagefind') return 'search index';
  if (first === '_astro') return 'scripts and styles';
  if (first === 'data') return 'exports (data/)';
  if (!path.endsWith('.html')) return first === 'hant' && page === '_astro' ? 'scripts and styles' : 'other files';
  if (page === 'articles') return first === 'hant' ? 'article pages (Traditional)' : 'article pages (Simplified)';
  if (page === 'sources') return 'source pages (both scripts)';
  if (page === 'glossary') return 'glossary pages (both scripts)';
  return 'other pages (both scripts)';
}

/** Bytes of a built site by kind of file (every kind present, 0 if none). */
export function diskByKind(files: readonly { path: string; bytes: number }[], dist: string): Record<DiskKind, number> {
  const bytes = Object.fromEntries(DISK_KINDS.map((kind) => [kind, 0])) as Record<DiskKind, number>;
  for (const file of files) bytes[diskKind(relative(dist, file.path).split('\\').join('/'))] += file.bytes;
  return bytes;
}

/** Every file under a folder, with its size. */
function walk(dir: string, out: { path: string; bytes: number }[] = []): { path: string; bytes: number }[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push({ path, bytes: statSync(path).size });
  }
  return out;
}

/**
 * Give a temporary project its own `node_modules`: a real folder of symlinks to each of the
 * project's packages, so tools that write into `node_modules/.vite` or `node_modules/.astro`
 * write into the temporary folder, not the shared one.
 */
export function linkNodeModules(projectRoot: string, dir: string): void {
  const source = join(projectRoot, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (name === '.vite' || name === '.astro' || name === '.cache') continue;
    symlinkSync(join(source, name), join(target, name));
  }
}

/**
 * Copy the project's build inputs (src/, scripts/, public/, the Astro and TypeScript configs) to a
 * temporary root with its own node_modules links: Astro writes `.astro/` (content modules,
 * prerender chunks) under the project root, so two builds in one root would clobber each other.
 */
export function copyProject(projectRoot: string, dir: string): void {
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(projectRoot, part))) cpSync(join(projectRoot, part), join(dir, part), { recursive: true });
  }
  linkNodeModules(projectRoot, dir);
}

/**
 * Write the floor project: Astro with only `mdx()`, a content collection over the same MDX files
 * (permissive schema), one route rendering each entry with `Para` mapped to a plain `<div>`.
 * It runs with the project's packages (symlinked).
 */
export function writeFloorProject(dir: string, articlesDir: string, projectRoot: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'src', 'components'), { recursive: true });
  linkNodeModules(projectRoot, dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// The floor: a bare Astro + MDX build (no remark plugins, no CSP, no glossary), own caches.
export default defineConfig({
  integrations: [mdx()],
  cacheDir: ${JSON.stringify(join(dir, '.cache'))},
  vite: { cacheDir: ${JSON.stringify(join(dir, '.vite'))} },
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(articlesDir)} }),
  schema: z.object({}).passthrough(),
});

export const collections = { articles };
`,
  );
  writeFileSync(join(dir, 'src', 'components', 'Para.astro'), '<div><slot /></div>\n');
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Para from '../components/Para.astro';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ Para }} /></main></body>
</html>
`,
  );
}

let warmedUp = false;

/** Measure one corpus size. */
async function benchSize(
  size: number,
  options: BenchOptions & { material: SeedMaterial; projectRoot: string; log: (line: string) => void; startedAt: number },
): Promise<BenchResult> {
  const { projectRoot, log } = options;
  const label = () => `[${size.toLocaleString('en')} | ${seconds(performance.now() - options.startedAt).toFixed(0)} s]`;
  const say = (line: string) => log(`${label()} ${line}`);
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${size}-`));
  const content = join(root, 'content');
  const pagesDir = join(content, 'pages');
  const logDir = join(root, 'logs');
  mkdirSync(logDir, { recursive: true });
  const dist = join(root, 'dist');
  const env = {
    ...process.env,
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_BASE: '/',
    ARCHIVE_SITE: 'https://example.github.io',
    ARCHIVE_CACHE_DIR: join(root, 'cache'),
  };
  // The archive is built from a copy of the project (own `.astro/`), so it cannot collide with other builds.
  const project = join(root, 'project');
  const run = (name: string, args: string[], cwd = project, stepEnv: NodeJS.ProcessEnv = env) =>
    timed(name, process.execPath, args, { cwd, env: stepEnv, logDir, timeoutMs: options.stepTimeoutMs ?? DEFAULT_STEP_LIMIT_MS, log, label });
  try {
    say(`generating a corpus of ~${size} articles in ${root}`);
    const corpus = writeCorpus(pagesDir, { articles: size, seed: options.seed ?? DEFAULT_SEED, material: options.material });
    cpSync(join(projectRoot, 'content', 'glossary'), join(content, 'glossary'), { recursive: true });
    cpSync(join(projectRoot, 'content', 'opencc-overrides.yaml'), join(content, 'opencc-overrides.yaml'));
    copyProject(projectRoot, project);
    say(`${corpus.pages} pages, ${corpus.articles} articles + ${corpus.captions} captions planned, ${(corpus.bytes / 1e6).toFixed(2)} MB of text`);

    // Ingest throughput in this process (one core), without writing; warmed up on the seed pages once.
    if (!warmedUp) {
      ingestFolder({ from: join(projectRoot, 'content', 'pages'), edits: null });
      warmedUp = true;
    }
    say('ingest (in-process, no writing) …');
    const ingestStarted = performance.now();
    ingestFolder({ from: pagesDir, edits: null });
    const ingestSeconds = (performance.now() - ingestStarted) / 1000;
    const ingestMBps = Math.round((corpus.bytes / 1e6 / ingestSeconds) * 100) / 100;
    say(`ingest (in-process): ${ingestSeconds.toFixed(2)} s, ${ingestMBps} MB/s`);
    const ingestCli = await run('ingest CLI', [join(project, 'scripts', 'ingest.ts'), '--quiet']);

    const units = (JSON.parse(readFileSync(join(content, 'articles', 'articles.json'), 'utf8')) as { units: { slug: string }[] }).units;
    const slugs = new Set(units.map((unit) => unit.slug));
    say(`${units.length} units ingested; ${units.length - slugs.size} share a slug with another unit`);

    // Our build, as `npm run build:site` runs it: astro build and index-search side by side,
    // then build-traditional (scripts/build-site.ts). One step, timed wall-clock.
    mkdirSync(dist, { recursive: true });
    const build: StepResult[] = [await run('build:site', [join(project, 'scripts', 'build-site.ts'), '--out-dir', dist])];
    const astroLog = readFileSync(join(logDir, 'build-site.log'), 'utf8');
    const astroRoutes = astroRouteTimings(astroLog);
    const phases = astroPhases(astroLog);
    const floorPhasesOf = () => astroPhases(readFileSync(join(logDir, 'floor-astro-build.log'), 'utf8'));
    const routeSummary = Object.entries(astroRoutes)
      .map(([route, { pages, ms }]) => `${route} ${pages} pages × ${(ms / pages).toFixed(0)} ms`)
      .join(', ');
    const stepTimes = [...astroLog.matchAll(/^build:site: (.+) done \((.+)\)$/gmu)].map((match) => `${match[1]} at ${match[2]}`).join(', ');
    say(
      `build:site: ${stepTimes}; astro build: content sync ${phases.contentSync ?? '?'} s, vite ${phases.vite} s, rendering ${phases.render ?? '?'} s; rendered ${routeSummary}`,
    );

    const floorDir = join(root, 'floor');
    writeFloorProject(floorDir, join(content, 'articles'), projectRoot);
    const floorEnv = { ...process.env };
    for (const key of ['ARCHIVE_CONTENT_DIR', 'ARCHIVE_BASE', 'ARCHIVE_SITE', 'ARCHIVE_CACHE_DIR']) delete floorEnv[key];
    const floor: StepResult[] = [await run('floor: astro build', [join(floorDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], floorDir, floorEnv)];
    if (!floor[0]!.stopped)
      floor.push(
        await run(
          'floor: pagefind',
          [join(floorDir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', join(floorDir, 'dist')],
          floorDir,
          floorEnv,
        ),
      );

    say('measuring the built site …');
    const stopped = [...build, ...floor].filter((step) => step.stopped);
    const complete = !build.some((step) => step.stopped);
    const index = walk(join(dist, 'pagefind'));
    const files = walk(dist);
    const html = files.filter((file) => file.path.endsWith('.html'));
    const largest = html.reduce((max, file) => (file.bytes > max.bytes ? file : max), { path: '', bytes: 0 });
    const search = await openArchiveSearch(dist);
    search.resetBytes();
    const first = await search.firstPage('整村授信');
    const firstSearchBytes = search.bytesRead();
    say(
      `first search for 整村授信 (first page, as the search box reads it): ${first.hits.length} hits shown of ${first.candidates} candidates, ${firstSearchBytes.toLocaleString('en')} B; ${html.length} HTML files${complete ? '' : ' (incomplete build)'}, largest ${largest.path.slice(dist.length)} (${largest.bytes.toLocaleString('en')} B)`,
    );
    // The same build in shards, one after the other here (on n machines they would run at once), then the merge.
    let sharded: BenchResult['sharded'] = null;
    const n = options.shards ?? DEFAULT_SHARDS;
    if (complete && n > 0) {
      const shardSteps: StepResult[] = [];
      for (let k = 1; k <= n; k++)
        shardSteps.push(
          await run(`build:site --shard ${k}/${n}`, [join(project, 'scripts', 'build-site.ts'), '--shard', `${k}/${n}`, '--out-dir', join(root, `shard-${k}`)]),
        );
      const merge = await run('build:site --merge', [
        join(project, 'scripts', 'build-site.ts'),
        '--merge',
        ...shardSteps.map((_, index) => join(root, `shard-${index + 1}`)),
        '--out-dir',
        join(root, 'merged'),
      ]);
      if (![...shardSteps, merge].some((step) => step.stopped)) {
        const longest = Math.max(...shardSteps.map((step) => step.seconds));
        const relativeFiles = (dir: string) =>
          walk(dir)
            .map((file) => relative(dir, file.path))
            .sort()
            .join('\n');
        sharded = {
          n,
          shardSeconds: shardSteps.map((step) => step.seconds),
          shardPeakMB: shardSteps.map((step) => step.peakMB),
          mergeSeconds: merge.seconds,
          mergePeakMB: merge.peakMB,
          longestPlusMergeSeconds: Math.round((longest + merge.seconds) * 10) / 10,
          ratio: Math.round(((longest + merge.seconds) / build[0]!.seconds) * 100) / 100,
          sameFiles: relativeFiles(join(root, 'merged')) === relativeFiles(dist),
        };
        say(
          `${n} shards: ${sharded.shardSeconds.join(' s, ')} s, merge ${sharded.mergeSeconds} s; longest shard + merge ${sharded.longestPlusMergeSeconds} s = ${sharded.ratio}× the build in one piece; same files: ${sharded.sameFiles}`,
        );
      }
      for (let k = 1; k <= n; k++) rmSync(join(root, `shard-${k}`), { recursive: true, force: true });
      rmSync(join(root, 'merged'), { recursive: true, force: true });
    }
    // Incremental: one page changes, then ingest and build:site run again.
    let incremental: BenchResult['incremental'] = null;
    if (complete) {
      const changed = readdirSync(pagesDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()[0]!;
      appendFileSync(join(pagesDir, changed), '\n\n本报讯 为检验增量构建，此页新增一段文字，其余各版不变。\n');
      say(`one page changed (${changed}); ingest and build:site again …`);
      const ingestAgain = await run('ingest CLI, one page changed', [join(project, 'scripts', 'ingest.ts'), '--quiet']);
      const buildAgain = await run('build:site, one page changed', [join(project, 'scripts', 'build-site.ts'), '--out-dir', dist]);
      const ingestLog = readFileSync(join(logDir, 'ingest-CLI-one-page-changed.log'), 'utf8');
      const buildLog = readFileSync(join(logDir, 'build-site-one-page-changed.log'), 'utf8');
      const segmented = /(\d+) segmented/u.exec(ingestLog);
      const traditional = /\((\d+) converted, (\d+) unchanged since the last build\)/u.exec(buildLog);
      incremental = {
        ingestSeconds: ingestAgain.seconds,
        buildSeconds: buildAgain.stopped ? null : buildAgain.seconds,
        pagesSegmented: segmented ? Number(segmented[1]) : null,
        traditionalConverted: traditional ? Number(traditional[1]) : null,
        traditionalReused: traditional ? Number(traditional[2]) : null,
      };
      say(
        `one page changed: ingest ${ingestAgain.seconds} s (${incremental.pagesSegmented} page segmented), build:site ${buildAgain.seconds} s (${incremental.traditionalConverted} Traditional pages converted, ${incremental.traditionalReused} reused)`,
      );
    }
    const articlesDir = join(dist, 'articles');
    const articlePages = existsSync(articlesDir) ? readdirSync(articlesDir).filter((name) => existsSync(join(articlesDir, name, 'index.html'))).length : 0;

    const sum = (steps: StepResult[]) => Math.round(steps.reduce((total, step) => total + step.seconds, 0) * 10) / 10;
    const buildSeconds = complete ? sum(build) : null;
    const floorSeconds = floor.some((step) => step.stopped) ? null : sum(floor);
    const incomplete =
      stopped.length > 0
        ? `${stopped.map((step) => `${step.name} ${step.stopped} after ${step.seconds.toFixed(0)} s`).join('; ')}${complete ? '' : ` (astro build had rendered ${routeSummary})`}`
        : null;
    const distBytes = files.reduce((total, file) => total + file.bytes, 0);
    const byKind = diskByKind(files, dist);
    const perArticle = (bytes: number) => Math.round(bytes / Math.max(1, articlePages));
    const bytesPerArticle = complete
      ? {
          total: perArticle(distBytes),
          byKind: Object.fromEntries(Object.entries(byKind).map(([kind, bytes]) => [kind, perArticle(bytes)])) as Record<DiskKind, number>,
        }
      : null;
    if (bytesPerArticle)
      say(
        `bytes on disk per article: ${bytesPerArticle.total.toLocaleString('en')} B (${DISK_KINDS.map((kind) => `${kind} ${bytesPerArticle.byKind[kind].toLocaleString('en')}`).join(', ')})`,
      );
    return {
      articles: units.length,
      target: size,
      pages: corpus.pages,
      textMB: Math.round(corpus.bytes / 1e4) / 100,
      ingestMBps,
      ingestCliSeconds: ingestCli.seconds,
      ingestCliPeakMB: ingestCli.peakMB,
      buildSeconds,
      floorSeconds,
      ratio: buildSeconds !== null && floorSeconds !== null ? Math.round((buildSeconds / floorSeconds) * 100) / 100 : null,
      peakMB: Math.max(...build.map((step) => step.peakMB)),
      floorPeakMB: Math.max(...floor.map((step) => step.peakMB)),
      indexBytes: index.reduce((total, file) => total + file.bytes, 0),
      indexFiles: index.length,
      firstSearchBytes,
      largestPageBytes: complete ? largest.bytes : null,
      largestPage: complete ? largest.path.slice(dist.length) : null,
      htmlFiles: complete ? html.length : null,
      distBytes: complete ? distBytes : null,
      bytesPerArticle,
      articlePages,
      floorHtmlFiles: walk(join(floorDir, 'dist')).filter((file) => file.path.endsWith('.html')).length,
      slugCollisions: units.length - slugs.size,
      astroRoutes,
      astroPhases: phases,
      floorAstroPhases: floorPhasesOf(),
      incremental,
      sharded,
      incomplete,
      steps: [ingestCli, ...build, ...floor],
      cores: availableParallelism(),
      node: process.version,
      timestamp: new Date().toISOString(),
    };
  } finally {
    if (options.keep) say(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

/** Run the benchmark for each size in turn; results in the order of `sizes`. */
export async function runBench(options: BenchOptions): Promise<BenchResult[]> {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const log = options.log ?? ((line: string) => console.log(line));
  const material = loadSeedMaterial(join(projectRoot, 'content'));
  const startedAt = performance.now();
  const results: BenchResult[] = [];
  for (const size of options.sizes) {
    const result = await benchSize(size, { ...options, material, projectRoot, log, startedAt });
    results.push(result);
    options.onResult?.(result);
  }
  return results;
}

/** The results as a plain-text table (one row per size). */
export function formatTable(results: readonly BenchResult[]): string {
  const columns: [string, (result: BenchResult) => string][] = [
    ['articles', (r) => r.articles.toLocaleString('en')],
    ['pages', (r) => r.pages.toLocaleString('en')],
    ['text MB', (r) => r.textMB.toFixed(1)],
    ['ingest MB/s', (r) => r.ingestMBps.toFixed(2)],
    ['ingest CLI s', (r) => r.ingestCliSeconds.toFixed(1)],
    ['build s', (r) => (r.buildSeconds === null ? 'stopped' : r.buildSeconds.toFixed(1))],
    ['floor s', (r) => (r.floorSeconds === null ? 'stopped' : r.floorSeconds.toFixed(1))],
    ['ratio', (r) => (r.ratio === null ? '–' : r.ratio.toFixed(2))],
    ['1 page changed: ingest s', (r) => (r.incremental ? r.incremental.ingestSeconds.toFixed(1) : '–')],
    ['build s', (r) => (r.incremental?.buildSeconds == null ? '–' : r.incremental.buildSeconds.toFixed(1))],
    ['peak MB', (r) => String(r.peakMB)],
    ['floor MB', (r) => String(r.floorPeakMB)],
    ['index kB', (r) => (r.indexBytes / 1e3).toFixed(0)],
    ['index files', (r) => r.indexFiles.toLocaleString('en')],
    ['1st search kB', (r) => (r.firstSearchBytes / 1e3).toFixed(0)],
    ['largest page kB', (r) => (r.largestPageBytes === null ? '–' : (r.largestPageBytes / 1e3).toFixed(0))],
    ['html files', (r) => (r.htmlFiles === null ? '–' : r.htmlFiles.toLocaleString('en'))],
    ['2 shards: longest + merge s', (r) => (r.sharded ? `${r.sharded.longestPlusMergeSeconds.toFixed(1)} (${r.sharded.ratio?.toFixed(2)}×)` : '–')],
    ['dist MB', (r) => (r.distBytes == null ? '–' : (r.distBytes / 1e6).toFixed(0))],
    ['kB/article', (r) => (r.bytesPerArticle ? (r.bytesPerArticle.total / 1e3).toFixed(1) : '–')],
  ];
  const widths = columns.map(([name, cell]) => Math.max(name.length, ...results.map((result) => cell(result).length)));
  const row = (cells: string[]) => cells.map((cell, index) => cell.padStart(widths[index]!)).join('  ');
  const lines = [
    row(columns.map(([name]) => name)),
    row(widths.map((width) => '-'.repeat(width))),
    ...results.map((result) => row(columns.map(([, cell]) => cell(result)))),
  ];
  const steps = results.flatMap((result) => [
    `${result.articles.toLocaleString('en')} articles: ${result.steps.map((step) => `${step.name} ${step.seconds.toFixed(1)} s / ${step.peakMB} MB${step.stopped ? ' (stopped)' : ''}`).join(', ')}`,
    `  astro build per route: ${Object.entries(result.astroRoutes)
      .map(([route, { pages, ms }]) => `${route} ${pages} × ${(ms / pages).toFixed(0)} ms`)
      .join(', ')}`,
    `  astro build phases (ours | floor): content sync ${result.astroPhases.contentSync ?? '?'} | ${result.floorAstroPhases.contentSync ?? '?'} s, vite ${result.astroPhases.vite} | ${result.floorAstroPhases.vite} s, rendering ${result.astroPhases.render ?? '?'} | ${result.floorAstroPhases.render ?? '?'} s`,
    ...(result.bytesPerArticle
      ? [
          `  bytes on disk per article (${(result.bytesPerArticle.total / 1e3).toFixed(1)} kB): ${DISK_KINDS.map((kind) => `${kind} ${(result.bytesPerArticle!.byKind[kind] / 1e3).toFixed(1)} kB`).join(', ')}`,
        ]
      : []),
    ...(result.sharded
      ? [
          `  ${result.sharded.n} shards: ${result.sharded.shardSeconds.map((seconds, index) => `shard ${index + 1} ${seconds.toFixed(1)} s / ${result.sharded!.shardPeakMB[index]} MB`).join(', ')}, merge ${result.sharded.mergeSeconds.toFixed(1)} s / ${result.sharded.mergePeakMB} MB; same files as in one piece: ${result.sharded.sameFiles}`,
        ]
      : []),
    ...(result.incomplete ? [`  incomplete: ${result.incomplete}`] : []),
  ]);
  return [...lines, '', 'steps (wall-clock / peak RSS):', ...steps].join('\n');
}
