/**
 * Write the Traditional-script copy of a built site: every HTML page outside `hant/`,
 * `pagefind/`, `_astro/`, `data/` and the source pages (kept as printed) goes through {@link traditionaliseHtml} into
 * `<dist>/hant/<same path>`. Pages are split across worker threads (one per core), since the
 * work (parse, convert, serialise) is CPU-bound and independent per page.
 *
 * Incremental: given the previous build's Traditional pages and their manifest (a hash of each
 * page's Simplified HTML and of the conversion itself), a page whose HTML is unchanged is moved
 * over instead of converted again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { contentPath } from '../content-dir.ts';
import { AS_PRINTED_FOLDERS } from '../site/script-copies.ts';
import { traditionaliseHtml } from './traditionalise-html.ts';

// Source pages stay as printed: one copy serves both scripts (src/lib/site/script-copies.ts).
const SKIPPED_TOP_LEVEL = new Set(['hant', 'pagefind', '_astro', 'data', ...AS_PRINTED_FOLDERS]);

/** Options for {@link writeTraditionalSite}. */
export interface TraditionalSiteOptions {
  /** The site's base path (`/` or `/repo/`). */
  readonly base: string;
  /** Worker threads to use (default: the machine's available parallelism; 1 = this thread). */
  readonly workers?: number;
  /** The previous build's `hant/` folder (moved aside before the build), to reuse unchanged pages from. */
  readonly previous?: string;
  /** Where the manifest of page hashes is read from and written to (needed for reuse). */
  readonly manifest?: string;
}

/** What a run did: pages converted and pages reused from the previous build. */
export interface TraditionalSiteReport {
  readonly converted: number;
  readonly reused: number;
}

/** Page path (relative to dist) → hash of its Simplified HTML and of the conversion. */
type Manifest = Record<string, string>;

/** The HTML pages of a built site that get a Traditional copy, as paths relative to `dist`. */
export function sitePages(dist: string): string[] {
  const out: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (dir === dist && SKIPPED_TOP_LEVEL.has(entry.name)) continue;
        visit(join(dir, entry.name));
      } else if (entry.name.endsWith('.html')) out.push(relative(dist, join(dir, entry.name)).split('\\').join('/'));
    }
  };
  visit(dist);
  return out.sort();
}

let conversionVersion: string | null = null;

/** A hash of what the conversion depends on besides the page: its code and the override list. */
export function traditionalConversionVersion(): string {
  if (conversionVersion) return conversionVersion;
  const hash = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const name of ['traditionalise-html.ts', 'to-traditional.ts', 'word-convert.ts']) hash.update(readFileSync(join(here, name)));
  const overrides = contentPath('opencc-overrides.yaml');
  if (existsSync(overrides)) hash.update(readFileSync(overrides));
  conversionVersion = hash.digest('hex').slice(0, 16);
  return conversionVersion;
}

/** Work order for one thread: which pages, and what can be reused. */
export interface ConvertJob {
  readonly dist: string;
  readonly pages: readonly string[];
  readonly base: string;
  readonly previous: string | null;
  readonly previousManifest: Manifest;
}

/** Convert (or reuse) some pages of `dist` and write them under `dist/hant/`; returns their hashes and counts. */
export function convertPages(job: ConvertJob): { manifest: Manifest; converted: number; reused: number } {
  const manifest: Manifest = {};
  let converted = 0;
  let reused = 0;
  const version = traditionalConversionVersion();
  for (const page of job.pages) {
    const html = readFileSync(join(job.dist, page), 'utf8');
    const hash = createHash('sha256').update(version).update(job.base).update(html).digest('hex').slice(0, 24);
    manifest[page] = hash;
    const out = join(job.dist, 'hant', page);
    mkdirSync(dirname(out), { recursive: true });
    const old = job.previous ? join(job.previous, page) : null;
    if (old && job.previousManifest[page] === hash && existsSync(old)) {
      renameSync(old, out);
      reused++;
      continue;
    }
    const folder = dirname(page);
    writeFileSync(out, traditionaliseHtml(html, { base: job.base, path: folder === '.' ? '' : `${folder}/` }));
    converted++;
  }
  return { manifest, converted, reused };
}

function readManifest(path: string | undefined): Manifest {
  if (!path || !existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** Write the Traditional copy of every page of `dist`. */
export async function writeTraditionalSite(dist: string, options: TraditionalSiteOptions): Promise<TraditionalSiteReport> {
  const pages = sitePages(dist);
  const previous = options.previous && existsSync(options.previous) ? options.previous : null;
  const previousManifest = previous ? readManifest(options.manifest) : {};
  // The manifest vouches for the pages on disk: it goes before any page is written and comes back
  // only when every page is, so a run stopped half-way leaves pages that no later run trusts.
  if (options.manifest) rmSync(options.manifest, { force: true });
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(pages.length / 50)));
  let results: ReturnType<typeof convertPages>[];
  if (workers === 1) results = [convertPages({ dist, pages, base: options.base, previous, previousManifest })];
  else {
    // Deal pages round-robin so that each worker gets a similar mix of small and large pages.
    const shares = Array.from({ length: workers }, (_, worker) => pages.filter((_, index) => index % workers === worker));
    results = await Promise.all(
      shares.map(
        (share) =>
          new Promise<ReturnType<typeof convertPages>>((resolve, reject) => {
            const job: ConvertJob = { dist, pages: share, base: options.base, previous, previousManifest };
            const worker = new Worker(new URL('./traditional-worker.ts', import.meta.url), { workerData: job });
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => code !== 0 && reject(new Error(`a Traditional-conversion worker stopped with exit code ${code}`)));
          }),
      ),
    );
  }
  if (options.manifest) writeFileSync(options.manifest, JSON.stringify(Object.assign({}, ...results.map((result) => result.manifest))));
  return { converted: results.reduce((sum, result) => sum + result.converted, 0), reused: results.reduce((sum, result) => sum + result.reused, 0) };
}
