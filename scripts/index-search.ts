/**
 * Build the archive's search index over the built site (`dist/`) through Pagefind's Node API:
 * one custom record per article (src/lib/search/records.ts), written to `<dist>/pagefind`,
 * plus the Traditional→Simplified character map the browser folds queries with (in shards, see fold.ts)
 * and the glossary's term index (in shards, see term-cards.ts).
 * `--stock <dir>` instead writes stock Pagefind's index of the HTML pages to <dir> (for the benchmark).
 *
 * A sharded build (docs/scaling.md): with ARCHIVE_SHARD=k/n, `--shard-data <dir>` writes the
 * shard's search records (`records.jsonl`, one per line) and term uses (`uses.json`) instead of an
 * index; the merge passes every shard's records with `--records a.jsonl,b.jsonl` and gets the one
 * index the whole build would have written (records are added in the archive's order).
 */
import '../src/lib/content-files/report-errors.ts';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { collectUses, matcherFor } from '../src/lib/glossary/uses.ts';
import { toTraditional } from '../src/lib/script/to-traditional.ts';
import { shardMap, type SearchManifest } from '../src/lib/search/fold.ts';
import { traditionalCharacterMap } from '../src/lib/search/fold-map.ts';
import { buildRecord, type SearchRecord } from '../src/lib/search/records.ts';
import { buildTermShards } from '../src/lib/search/term-cards.ts';
import { buildVocabShards } from '../src/lib/search/typos.ts';
import { archiveArticles, sourcePages, translationOf } from '../src/lib/site/archive.ts';
import { shardRole, sourcesOfShard } from '../src/lib/site/shard.ts';
import { archiveBase } from '../src/lib/config/env.ts';

const { values, positionals } = parseArgs({
  options: { stock: { type: 'string' }, out: { type: 'string' }, 'shard-data': { type: 'string' }, records: { type: 'string' } },
  allowPositionals: true,
});
const site = positionals[0] ?? 'dist';
// The bundle goes to <dist>/pagefind, or to --out (so it can be built while astro build writes dist).
const out = values.out ?? `${site}/pagefind`;
const base = archiveBase().replace(/\/?$/u, '/');
const entries = glossaryEntries();
const matcher = matcherFor(entries);

/** The articles this process makes records for: all, or a shard's (ARCHIVE_SHARD=k/n). */
function articlesToIndex() {
  const all = archiveArticles();
  const role = shardRole();
  const mine =
    role.kind === 'shard'
      ? sourcesOfShard(
          sourcePages().map((page) => page.file),
          all,
          role.k,
          role.n,
        )
      : null;
  return { all, mine: all.filter((article) => (mine ? mine.has(article.source) : true)) };
}

/** The search records of articles, in their order. */
function* recordsOf(articles: ReturnType<typeof archiveArticles>): Generator<SearchRecord> {
  const byId = new Map(entries.map(({ entry }) => [entry.id, entry]));
  const metas = new Map(sourcePages().map((page) => [page.file, page.meta]));
  for (const article of articles) {
    if (article.kind === 'page-header') continue;
    yield buildRecord(
      {
        article,
        url: `${base}articles/${article.id}/`,
        meta: metas.get(article.source) ?? null,
        translation: translationOf(article.id),
        titleHant: toTraditional(article.title),
      },
      byId,
      matcher,
    );
  }
}

/** Every shard's records, one JSON object per line, in the archive's order (each shard's file is in it). */
async function* recordsFromFiles(files: readonly string[]): AsyncGenerator<SearchRecord> {
  const position = new Map(archiveArticles().map((article, index) => [article.id, index]));
  const firsts: { file: string; first: number }[] = [];
  for (const file of files) {
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      firsts.push({ file, first: line ? (position.get((JSON.parse(line) as SearchRecord).meta.id!) ?? -1) : -1 });
      break;
    }
  }
  // Shards are contiguous runs of source pages, so ordering the files by their first article orders every record.
  for (const { file } of firsts.sort((a, b) => a.first - b.first)) {
    let lineNumber = 0;
    for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
      lineNumber++;
      if (!line) continue;
      let record: SearchRecord;
      try {
        record = JSON.parse(line) as SearchRecord;
      } catch (error) {
        throw new Error(`${file}:${lineNumber}: not a search record (${(error as Error).message})`);
      }
      yield record;
    }
  }
}

/** A shard's part of the search: its records and its term uses, for the merge. */
function writeShardData(dir: string): void {
  const { mine } = articlesToIndex();
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (const record of recordsOf(mine)) lines.push(JSON.stringify(record));
  writeFileSync(`${dir}/records.jsonl`, lines.length ? `${lines.join('\n')}\n` : '');
  writeFileSync(`${dir}/uses.json`, JSON.stringify(Object.fromEntries(collectUses(mine, matcher))));
  console.log(`pagefind: wrote the search records of ${lines.length} articles and their term uses to ${dir}`);
}

/** Add records to Pagefind a batch at a time (rather than one round trip each) and write the bundle with its extra files. */
async function writeIndex(index: pagefind.PagefindIndex, records: Iterable<SearchRecord> | AsyncIterable<SearchRecord>): Promise<void> {
  let count = 0;
  const years = new Set<string>();
  // The English the check matches (translations and metadata words), for typo tolerance (typos.ts).
  const english: string[] = [];
  mkdirSync(`${out}/hant`, { recursive: true });
  const BATCH = 32;
  let batch: SearchRecord[] = [];
  const flush = async () => {
    await Promise.all(
      batch.map(async (record) => {
        years.add(record.filters.year![0]!);
        english.push(record.meta.en ?? '', record.meta.tags ?? '');
        // The Chinese text in Traditional script, read by the Traditional site for its hits' snippets only.
        writeFileSync(`${out}/hant/${record.meta.id}.json`, JSON.stringify(toTraditional(record.meta.text ?? '')));
        const added = await index.addCustomRecord(record);
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.meta.id}: ${added.errors.join('; ')}`);
        count++;
      }),
    );
    batch = [];
  };
  for await (const record of records) {
    batch.push(record);
    if (batch.length === BATCH) await flush();
  }
  await flush();
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
  const t2s = traditionalCharacterMap();
  const shards = shardMap(t2s);
  mkdirSync(`${out}/t2s`, { recursive: true });
  for (const [shard, map] of Object.entries(shards)) writeFileSync(`${out}/t2s/${shard}.json`, JSON.stringify(map));
  const termShards = buildTermShards(
    entries.map(({ entry }) => entry),
    t2s,
    base,
  );
  mkdirSync(`${out}/terms`, { recursive: true });
  for (const [shard, map] of Object.entries(termShards)) writeFileSync(`${out}/terms/${shard}.json`, JSON.stringify(map));
  const vocab = buildVocabShards(english);
  mkdirSync(`${out}/vocab`, { recursive: true });
  for (const [key, shard] of Object.entries(vocab)) writeFileSync(`${out}/vocab/${key}.json`, JSON.stringify(shard));
  const manifest: SearchManifest = {
    t2sShards: Object.keys(shards).sort(),
    termShards: Object.keys(termShards).sort(),
    vocabShards: Object.keys(vocab).sort(),
    years: [...years].sort(),
  };
  writeFileSync(`${out}/archive-search.json`, JSON.stringify(manifest));
  console.log(`pagefind: indexed ${count} articles into ${out}`);
}

if (values['shard-data']) writeShardData(values['shard-data']);
else {
  const { index, errors } = await pagefind.createIndex(values.stock ? { forceLanguage: 'zh-cn' } : {});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    if (values.stock) {
      const added = await index.addDirectory({ path: site });
      const written = await index.writeFiles({ outputPath: values.stock });
      if (added.errors.length + written.errors.length > 0) throw new Error([...added.errors, ...written.errors].join('; '));
      console.log(`pagefind (stock): indexed ${added.page_count} pages into ${values.stock}`);
    } else if (values.records) await writeIndex(index, recordsFromFiles(values.records.split(',')));
    else await writeIndex(index, recordsOf(articlesToIndex().mine));
  } finally {
    await pagefind.close();
  }
}
