/**
 * Build the archive's search index over the built site (`dist/`) through Pagefind's Node API:
 * one custom record per article (src/lib/search/records.ts), written to `<dist>/pagefind`,
 * plus the Traditional→Simplified character map the browser folds queries with (in shards, see fold.ts).
 * `--stock <dir>` instead writes stock Pagefind's index of the HTML pages to <dir> (for the benchmark).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { glossaryEntries } from '../src/lib/glossary/glossary-data.ts';
import { matcherFor } from '../src/lib/glossary/uses.ts';
import { toTraditional } from '../src/lib/script/to-traditional.ts';
import { shardMap, type SearchManifest } from '../src/lib/search/fold.ts';
import { traditionalCharacterMap } from '../src/lib/search/fold-map.ts';
import { buildRecord } from '../src/lib/search/records.ts';
import { archiveArticles, sourcePages, translationOf } from '../src/lib/site/archive.ts';

const { values, positionals } = parseArgs({ options: { stock: { type: 'string' } }, allowPositionals: true });
const site = positionals[0] ?? 'dist';
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
    for (const article of archiveArticles()) {
      if (article.kind === 'page-header') continue;
      const record = buildRecord({ article, url: `${base}articles/${article.id}/`, meta: metas.get(article.source) ?? null, translation: translationOf(article.id), titleHant: toTraditional(article.title) }, byId, matcher);
      years.add(record.filters.year![0]!);
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${article.id}: ${added.errors.join('; ')}`);
      count++;
    }
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    const shards = shardMap(traditionalCharacterMap());
    mkdirSync(`${site}/pagefind/t2s`, { recursive: true });
    for (const [shard, map] of Object.entries(shards)) writeFileSync(`${site}/pagefind/t2s/${shard}.json`, JSON.stringify(map));
    const manifest: SearchManifest = { t2sShards: Object.keys(shards).sort(), years: [...years].sort() };
    writeFileSync(`${site}/pagefind/archive-search.json`, JSON.stringify(manifest));
    console.log(`pagefind: indexed ${count} articles into ${site}/pagefind`);
  }
} finally {
  await pagefind.close();
}
