/**
 * `npm run bench:search -- [--dist dist]` — article-level precision and recall of stock
 * Pagefind and of the archive's search, side by side, on the built site:
 *   (a) every glossary term and variant, in Simplified and in Traditional script;
 *   (b) 200 words of 2–4 characters sampled from the corpus (fixed seed), in both scripts;
 *   (c) the glossary's English renderings, against the translations.
 * Ground truth is the query model (src/lib/search/query.ts) applied to every article by brute
 * force: every term of the query occurs in the article's Chinese (in the query's script), its
 * English or its metadata words; for an English query that names a glossary term (set c), also
 * every article whose Chinese has the term (the query model's term expansion, search-archive.ts). It measures whether the index ever loses an article or the
 * check ever lets a wrong one through. Also prints the bytes a first (cold) search reads.
 * Then the realistic set (bench/realistic-queries.yaml, judged by hand; see
 * scripts/bench-search-realistic.ts): P@5, recall, nDCG@10, MRR, zero results and precision, per
 * category and per half, stock Pagefind vs the archive, both in Chromium as a visitor runs them;
 * figures go to bench/search-results.json. `--realistic-only` runs that set alone.
 * Needs `npm run build` first.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { toTraditional } from '../src/lib/script/to-traditional.ts';
import { loadPagefind } from '../src/lib/search/node-pagefind.ts';
import { openArchiveSearch } from '../src/lib/search/open-index.ts';
import { matchesAll, parseQuery, prepareText } from '../src/lib/search/query.ts';
import { metadataWords, recordYear } from '../src/lib/search/records.ts';
import { archiveArticles, sourcePages, translationOf } from '../src/lib/site/archive.ts';
import { realisticReport, REALISTIC_SET, runRealistic } from './bench-search-realistic.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    seed: { type: 'string', default: '20261122' },
    words: { type: 'string', default: '200' },
    'realistic-only': { type: 'boolean', default: false },
  },
});
const dist = values.dist!;
if (!existsSync(join(dist, 'pagefind', 'archive-search.json'))) {
  console.error(`error: ${dist} has no archive search index; run \`npm run build\` first`);
  process.exit(1);
}

// Ground truth: each article's Chinese (title and body), its Traditional form, and its English.
const articles = archiveArticles().filter((article) => article.kind !== 'page-header');
const metas = new Map(sourcePages().map((page) => [page.file, page.meta]));
const corpus = articles.map((article) => {
  const zh = [article.title, article.subtitle, article.kicker, ...article.blocks.map((block) => block.text)].filter(Boolean).join('\n');
  const translation = translationOf(article.id);
  const en = translation ? [translation.title, translation.summary, ...Object.values(translation.paragraphs).map((paragraph) => paragraph.en)].join('\n') : '';
  const meta = metas.get(article.source) ?? null;
  const tags = metadataWords(meta, recordYear(meta));
  return { id: article.id, zh, hans: prepareText(`${zh}\n${en}\n${tags}`), hant: prepareText(`${toTraditional(`${zh}\n${tags}`)}\n${en}`) };
});
const truth = (query: string, script: 'hans' | 'hant' | 'en') =>
  new Set(corpus.filter((doc) => matchesAll(parseQuery(query), script === 'hant' ? doc.hant : doc.hans)).map((doc) => doc.id));

// (b) a reproducible sample of 2–4-character strings from the corpus (mulberry32 PRNG).
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(Number(values.seed));
const runs = corpus.flatMap((doc) => doc.zh.match(/\p{Script=Han}{2,}/gu) ?? []);
const sampled = new Set<string>();
while (sampled.size < Number(values.words)) {
  const run = [...runs[Math.floor(random() * runs.length)]!];
  const length = 2 + Math.floor(random() * 3);
  if (run.length < length) continue;
  const start = Math.floor(random() * (run.length - length + 1));
  sampled.add(run.slice(start, start + length).join(''));
}

const entries = glossaryEntries().map(({ entry }) => entry);
const forms = [...new Set(entries.flatMap((entry) => [entry.term, ...entry.variants]))];
const english = [...new Set(entries.map((entry) => entry.english))].filter((rendering) => truth(rendering, 'en').size > 0);
const sets: { name: string; queries: string[]; script: 'hans' | 'hant' | 'en' }[] = [
  { name: '(a) glossary terms, Simplified', queries: forms, script: 'hans' },
  { name: '(a) glossary terms, Traditional', queries: [...new Set(forms.map(toTraditional))], script: 'hant' },
  { name: '(b) sampled words, Simplified', queries: [...sampled], script: 'hans' },
  { name: '(b) sampled words, Traditional', queries: [...new Set([...sampled].map(toTraditional))], script: 'hant' },
  { name: '(c) English renderings', queries: english, script: 'en' },
];

/** The exact-match sets (a)–(c) in Node and the cold first-search bytes; returns their figures. */
async function exactSets(): Promise<Record<string, unknown>> {
  // Stock Pagefind: its own index of the built HTML pages (Simplified and Traditional copies), results mapped to article ids.
  const stockDir = mkdtempSync(join(tmpdir(), 'stock-pagefind-'));
  const built = spawnSync(process.execPath, ['scripts/index-search.ts', dist, '--stock', stockDir], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(built.stderr);
  const stock = await loadPagefind(stockDir);
  const idOf = (url: string) => /articles\/([^/]+)\//u.exec(url)?.[1] ?? url;
  const searchStock = async (query: string) => {
    const response = await stock.api.search(query);
    const urls = await Promise.all(response.results.map(async (result) => (await result.data()).url));
    return new Set(urls.map(idOf));
  };
  const ours = await openArchiveSearch(dist);
  // An English rendering that names a glossary term also finds the articles using the term.
  const truthEnglish = async (query: string) => {
    const expected = truth(query, 'en');
    for (const card of await ours.terms(query)) for (const doc of corpus) if (matchesAll(parseQuery(card.term), doc.hans)) expected.add(doc.id);
    return expected;
  };
  const searchOurs = async (query: string) => new Set((await ours.search(query)).map((hit) => hit.id));

  interface Score {
    retrieved: number;
    relevant: number;
    hits: number;
    perfect: number;
    queries: number;
  }
  async function score(queries: string[], script: 'hans' | 'hant' | 'en', run: (query: string) => Promise<Set<string>>): Promise<Score> {
    const total: Score = { retrieved: 0, relevant: 0, hits: 0, perfect: 0, queries: queries.length };
    for (const query of queries) {
      const expected = script === 'en' ? await truthEnglish(query) : truth(query, script);
      const got = await run(query);
      const hits = [...got].filter((id) => expected.has(id)).length;
      total.retrieved += got.size;
      total.relevant += expected.size;
      total.hits += hits;
      if (hits === expected.size && hits === got.size) total.perfect++;
    }
    return total;
  }
  const fmt = (n: number) => (Number.isNaN(n) ? '  –  ' : n.toFixed(3));
  const started = performance.now();
  console.log(`Search benchmark on ${dist}: ${articles.length} articles; article-level, micro-averaged precision and recall.\n`);
  console.log(
    `${'query set'.padEnd(34)}${'queries'.padStart(8)} | ${'stock P'.padStart(8)}${'stock R'.padStart(8)}${'exact'.padStart(7)} | ${'ours P'.padStart(8)}${'ours R'.padStart(8)}${'exact'.padStart(7)}`,
  );
  const results: Record<string, unknown>[] = [];
  for (const set of sets) {
    const s = await score(set.queries, set.script, searchStock);
    const o = await score(set.queries, set.script, searchOurs);
    console.log(
      `${set.name.padEnd(34)}${String(set.queries.length).padStart(8)} | ${fmt(s.hits / s.retrieved).padStart(8)}${fmt(s.hits / s.relevant).padStart(8)}${`${Math.round((100 * s.perfect) / s.queries)}%`.padStart(7)} | ${fmt(o.hits / o.retrieved).padStart(8)}${fmt(o.hits / o.relevant).padStart(8)}${`${Math.round((100 * o.perfect) / o.queries)}%`.padStart(7)}`,
    );
    results.push({ set: set.name, queries: set.queries.length, stock: s, ours: o });
  }
  // Cold first search: bytes read from a fresh load of each bundle, for one query.
  const fresh = await loadPagefind(stockDir);
  await fresh.api.search('整村授信');
  const stockBytes = fresh.bytesRead();
  const freshOurs = await openArchiveSearch(dist);
  await freshOurs.search('整村授信');
  await freshOurs.terms('整村授信');
  console.log(
    `\nfirst search for 整村授信 (cold, bytes read incl. WASM, index chunks and glossary term shard): stock ${stockBytes.toLocaleString('en')} B, ours ${freshOurs.bytesRead().toLocaleString('en')} B`,
  );
  // A cold English first search with a corrected word: the vocabulary shards it reads on top.
  const freshEnglish = await openArchiveSearch(dist);
  await freshEnglish.firstPage('intelectual property');
  console.log(`first search for "intelectual property" (cold, first page, corrected): ours ${freshEnglish.bytesRead().toLocaleString('en')} B`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  rmSync(stockDir, { recursive: true, force: true });
  return { sets: results, firstSearchBytes: { stock: stockBytes, ours: freshOurs.bytesRead(), oursEnglishCorrected: freshEnglish.bytesRead() } };
}

// A run of the realistic set alone keeps the other sets' committed figures.
const RESULTS = 'bench/search-results.json';
const kept: Record<string, unknown> =
  values['realistic-only'] && existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
const figures: Record<string, unknown> = { ...kept, articles: articles.length };
if (!values['realistic-only']) Object.assign(figures, await exactSets());
const realisticStarted = performance.now();
const realisticRuns = await runRealistic(dist, new Set(corpus.map((doc) => doc.id)));
const report = realisticReport(realisticRuns);
console.log(
  `\nRealistic queries (${REALISTIC_SET}), judged by hand; in Chromium: stock Pagefind (its own index of the built pages) vs this archive's search page.`,
);
console.log('Means over answerable queries; zero = share of answerable queries with no result; prec = relevant share of all returned hits.\n');
for (const line of report.lines) console.log(line);
console.log(`(${((performance.now() - realisticStarted) / 1000).toFixed(1)} s)`);
figures.realistic = {
  summaries: report.summaries,
  queries: realisticRuns.map((run) => ({
    query: run.query.query,
    category: run.query.category,
    half: run.query.half,
    stock: { top: run.stock.ranking.slice(0, 10), returned: run.stock.ranking.length, ndcg10: Number(run.stock.score.ndcg10.toFixed(3)) },
    ours: { top: run.ours.ranking.slice(0, 10), returned: run.ours.ranking.length, ndcg10: Number(run.ours.score.ndcg10.toFixed(3)) },
  })),
};
writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`figures written to ${RESULTS}`);
