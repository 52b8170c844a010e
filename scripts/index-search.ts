/**
 * Build the archive's search index over the built site (`dist/`) through Pagefind's Node API:
 * one custom record per article (src/lib/search/records.ts), written to `<dist>/pagefind`,
 * plus the Traditional→Simplified character map the browser folds queries with (in shards, see fold.ts)
 * and the glossary's term index (in shards, see term-cards.ts).
 * `--stock <dir>` instead writes stock Pagefind's index of the HTML pages to <dir> (for the benchmark).
 */
import '../src/lib/content-files/report-errors.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { matcherFor } from '../src/lib/glossary/uses.ts';
import { toTraditional } from '../src/lib/script/to-traditional.ts';
import { shardMap, type SearchManifest } from '../src/lib/search/fold.ts';
import { traditionalCharacterMap } from '../src/lib/search/fold-map.ts';
import { buildRecord } from '../src/lib/search/records.ts';
import { buildTermShards } from '../src/lib/search/term-cards.ts';
import { buildVocabShards } from '../src/lib/search/typos.ts';
import { archiveArticles, sourcePages, translationOf } from '../src/lib/site/archive.ts';

const { values, positionals } = parseArgs({ options: { stock: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
const site = positionals[0] ?? 'dist';
// The bundle goes to <dist>/pagefind, or to --out (so it can be built while astro build writes dist).
const out = values.out ?? `${site}/pagefind`;
const base = (process.env.ARCHIVE_BASE || '/').replace(/\/?$/u, '/');
const { index, errors } = await pagefind.createIndex(values.stock ? { forceLanguage: 'zh-cn' } : {});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  if (values.stock) {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: values.stock });
    if (added.errors.length + written.errors.length > 0) throw new Error([...added.errors, ...written.errors].join('; '));
    console.log(`pagefind (stock): indexed ${added.page_count} pages into ${values.stock}`);
  } else {
    const entries = glossaryEntries();
    const byId = new Map(entries.map(({ entry }) => [entry.id, entry]));
    const matcher = matcherFor(entries);
    const metas = new Map(sourcePages().map((page) => [page.file, page.meta]));
    let count = 0;
    const years = new Set<string>();
    // The English the check matches (translations and metadata words), for typo tolerance (typos.ts).
    const english: string[] = [];
    const articles = archiveArticles().filter((article) => article.kind !== 'page-header');
    mkdirSync(`${out}/hant`, { recursive: true });
    // Records go to Pagefind's service a batch at a time rather than one round trip each.
    const BATCH = 32;
    for (let at = 0; at < articles.length; at += BATCH) {
      await Promise.all(
        articles.slice(at, at + BATCH).map(async (article) => {
          const record = buildRecord(
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
          years.add(record.filters.year![0]!);
          english.push(record.meta.en ?? '', record.meta.tags ?? '');
          // The Chinese text in Traditional script, read by the Traditional site for its hits' snippets only.
          writeFileSync(`${out}/hant/${article.id}.json`, JSON.stringify(toTraditional(record.meta.text ?? '')));
          const added = await index.addCustomRecord(record);
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${article.id}: ${added.errors.join('; ')}`);
          count++;
        }),
      );
    }
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
} finally {
  await pagefind.close();
}
