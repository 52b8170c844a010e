/**
 * Write the Traditional-script copy of a built site: every HTML page outside `hant/`,
 * `pagefind/`, `_astro/` and `data/` goes through {@link traditionaliseHtml} into
 * `<dist>/hant/<same path>`. Pages are split across worker threads (one per core), since the
 * work (parse, convert, serialise) is CPU-bound and independent per page.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { traditionaliseHtml } from './traditionalise-html.ts';

const SKIPPED_TOP_LEVEL = new Set(['hant', 'pagefind', '_astro', 'data']);

/** Options for {@link writeTraditionalSite}. */
export interface TraditionalSiteOptions {
  /** The site's base path (`/` or `/repo/`). */
  readonly base: string;
  /** Worker threads to use (default: the machine's available parallelism; 1 = this thread). */
  readonly workers?: number;
}

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

/** Convert some pages of `dist` (paths relative to it) and write them under `dist/hant/`. */
export function convertPages(dist: string, pages: readonly string[], base: string): number {
  for (const page of pages) {
    const folder = dirname(page);
    const path = folder === '.' ? '' : `${folder}/`;
    const out = join(dist, 'hant', page);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, traditionaliseHtml(readFileSync(join(dist, page), 'utf8'), { base, path }));
  }
  return pages.length;
}

/** Write the Traditional copy of every page of `dist`; resolves to the number of pages written. */
export async function writeTraditionalSite(dist: string, options: TraditionalSiteOptions): Promise<number> {
  const pages = sitePages(dist);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(pages.length / 50)));
  if (workers === 1) return convertPages(dist, pages, options.base);
  // Deal pages round-robin so that each worker gets a similar mix of small and large pages.
  const shares = Array.from({ length: workers }, (_, worker) => pages.filter((_, index) => index % workers === worker));
  const counts = await Promise.all(
    shares.map(
      (share) =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(new URL('./traditional-worker.ts', import.meta.url), { workerData: { dist, pages: share, base: options.base } });
          worker.once('message', (count: number) => resolve(count));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a Traditional-conversion worker stopped with exit code ${code}`)));
        }),
    ),
  );
  return counts.reduce((total, count) => total + count, 0);
}
