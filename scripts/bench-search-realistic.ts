/**
 * The realistic query set of `npm run bench:search` (bench/realistic-queries.yaml), run in Chromium
 * the way a visitor runs it:
 *   - stock Pagefind: its own index of the built pages (a copy of dist without the archive's
 *     index, Pagefind's Node API with default settings), searched through its own pagefind.js
 *     on the site's home page (lang zh-Hans, or zh-Hant for the Traditional site);
 *   - the archive: its search page (`search/?q=…`, `hant/search/?q=…`), reading every page of
 *     results with **More results**.
 * Only article pages are judged: stock results for other pages (source pages, glossary, browse)
 * are left out of its ranking before scoring, as are repeats of an article.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/browser/chromium.ts';
import { serveSite } from '../test/browser/serve.ts';
import { type JudgedQuery, parseJudgedQueries, type QueryScore, scoreRanking, type Summary, summarise } from '../src/lib/search/relevance.ts';

export const REALISTIC_SET = 'bench/realistic-queries.yaml';

/** Stock Pagefind's index, default settings, over a copy of the built site; returns the copy's folder. */
async function stockSite(dist: string): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), 'stock-site-'));
  cpSync(dist, copy, { recursive: true, filter: (source) => !source.startsWith(join(dist, 'pagefind')) });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: copy });
    const written = await index.writeFiles({ outputPath: join(copy, 'pagefind') });
    if (added.errors.length + written.errors.length > 0) throw new Error([...added.errors, ...written.errors].join('; '));
  } finally {
    await pagefind.close();
  }
  return copy;
}

const articleId = (url: string): string | null => /\/articles\/([^/#?]+)\//u.exec(url)?.[1] ?? null;
const articlesOnly = (urls: readonly string[]): string[] => [...new Set(urls.map(articleId).filter((id): id is string => id !== null))];

/** Stock Pagefind in the page: its own pagefind.js, every result in its order. */
async function searchStock(page: Page, query: string): Promise<string[]> {
  const urls = await page.evaluate(async (q) => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const response = await pf.search(q);
    const data = await Promise.all(response.results.map((result: { data: () => Promise<{ url: string }> }) => result.data()));
    return data.map((item) => item.url);
  }, query);
  return articlesOnly(urls);
}

/** The archive's search page: wait for the first page of results, then read the rest with More results. */
async function searchOurs(page: Page, origin: string, query: string, site: 'hans' | 'hant'): Promise<string[]> {
  await page.goto(`${origin}/${site === 'hant' ? 'hant/' : ''}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (document.querySelector('main .search-status')?.textContent ?? '') !== '', null, { timeout: 30_000 });
  const more = page.locator('main .search-more');
  while (await more.isVisible()) {
    const shown = await page.locator('main .search-results > li').count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('main .search-results > li').length > n || document.querySelector<HTMLButtonElement>('main .search-more')!.hidden,
      shown,
    );
  }
  return articlesOnly(await page.locator('main .search-results .result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')));
}

export interface RealisticRun {
  readonly query: JudgedQuery;
  readonly stock: { ranking: string[]; score: QueryScore };
  readonly ours: { ranking: string[]; score: QueryScore };
}

/** Run every judged query through both engines in Chromium. */
export async function runRealistic(dist: string, articleIds: ReadonlySet<string>): Promise<RealisticRun[]> {
  const queries = parseJudgedQueries(readFileSync(REALISTIC_SET, 'utf8'), REALISTIC_SET, articleIds);
  const copy = await stockSite(dist);
  const stockServed = await serveSite(copy);
  const oursServed = await serveSite(dist);
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const stockPages = {
      hans: await browser.newPage(),
      hant: await browser.newPage(),
    };
    await stockPages.hans.goto(stockServed.url(''));
    await stockPages.hant.goto(stockServed.url('hant/'));
    const ours = await browser.newPage();
    const runs: RealisticRun[] = [];
    for (const query of queries) {
      const stockRanking = await searchStock(stockPages[query.site], query.query);
      const oursRanking = await searchOurs(ours, oursServed.origin, query.query, query.site);
      runs.push({
        query,
        stock: { ranking: stockRanking, score: scoreRanking(stockRanking, query.relevant) },
        ours: { ranking: oursRanking, score: scoreRanking(oursRanking, query.relevant) },
      });
    }
    return runs;
  } finally {
    await browser?.close();
    await stockServed.close();
    await oursServed.close();
    rmSync(copy, { recursive: true, force: true });
  }
}

const fmt = (n: number) => (Number.isNaN(n) ? '   –' : n.toFixed(2).padStart(4));
const columns = (s: Summary) => [s.pAt5, s.recall, s.ndcg10, s.mrr, s.zeroResults, s.precision].map(fmt).join(' ');

/** The table: per category, per half and overall, stock vs ours; and the summaries for the results file. */
export function realisticReport(runs: readonly RealisticRun[]): { lines: string[]; summaries: Record<string, { stock: Summary; ours: Summary }> } {
  const groups = new Map<string, RealisticRun[]>();
  const add = (name: string, run: RealisticRun) => groups.set(name, [...(groups.get(name) ?? []), run]);
  for (const run of runs) add(run.query.category, run);
  for (const run of runs) add(`half: ${run.query.half}`, run);
  for (const run of runs) add('all', run);
  const head = 'P@5  R    nDCG MRR  zero prec';
  const lines = [`${'group'.padEnd(20)}${'n'.padStart(4)}${'ans'.padStart(4)} | stock ${head} | ours  ${head}`];
  const summaries: Record<string, { stock: Summary; ours: Summary }> = {};
  for (const [name, group] of groups) {
    const stock = summarise(group.map((run) => run.stock.score));
    const ours = summarise(group.map((run) => run.ours.score));
    summaries[name] = { stock, ours };
    lines.push(
      `${name.padEnd(20)}${String(group.length).padStart(4)}${String(ours.answerable).padStart(4)} |       ${columns(stock)} |       ${columns(ours)}`,
    );
  }
  return { lines, summaries };
}
