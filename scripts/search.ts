/**
 * `npm run search -- [--json] [--dist dist] [--filter key=value …] [--sort newest|oldest] <query>` — search the built
 * archive from a terminal, with the same tokens, Traditional folding and checks as the browser; glossary terms the
 * query names come first (`--json`: `{ terms, corrected, hits }`; `corrected` is the query searched instead when a
 * misspelt English word was corrected, see typos.ts).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { openArchiveSearch } from '../src/lib/search/open-index.ts';
import { hitLink } from '../src/lib/search/search-archive.ts';

const { values, positionals } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    filter: { type: 'string', multiple: true, default: [] },
    sort: { type: 'string' },
  },
  allowPositionals: true,
});
const query = positionals.join(' ');
if (!existsSync(`${values.dist}/pagefind/pagefind-entry.json`)) {
  console.error(`error: no search index in ${values.dist}/pagefind; run \`npm run build\` first`);
  process.exit(1);
}
const filters: Record<string, string[]> = {};
for (const pair of values.filter!) {
  const [key, value] = pair.split('=');
  if (!key || !value) {
    console.error(`error: --filter expects key=value (kind, newspaper, region, year, category, term), got \`${pair}\``);
    process.exit(2);
  }
  (filters[key] ??= []).push(value);
}
if (values.sort !== undefined && values.sort !== 'newest' && values.sort !== 'oldest') {
  console.error(`error: --sort expects newest or oldest, got \`${values.sort}\``);
  process.exit(2);
}
const archive = await openArchiveSearch(values.dist!);
const { hits, corrected } = await archive.searchAll(query, { filters, sort: values.sort ? { year: values.sort === 'newest' ? 'desc' : 'asc' } : undefined });
const terms = await archive.terms(query);
if (values.json) {
  console.log(
    JSON.stringify(
      {
        terms,
        corrected,
        hits: hits.map((hit) => ({
          id: hit.id,
          url: hit.url,
          paragraph: hit.paragraph,
          link: hitLink(hit),
          title: hit.title,
          titleEn: hit.titleEn,
          source: hit.source,
          year: hit.year,
          excerpt: `${hit.excerpt.before}${hit.excerpt.match}${hit.excerpt.after}`,
        })),
      },
      null,
      2,
    ),
  );
} else if (query.trim() === '') {
  console.log('Give a query, e.g. npm run search -- 整村授信');
} else {
  for (const card of terms) console.log(`术语 Glossary: ${card.term}  ${card.pinyin}  ${card.english}\n  ${card.line}\n  ${card.url}\n`);
  if (corrected) console.log(`Showing results for “${corrected}”`);
  console.log(`${hits.length} result${hits.length === 1 ? '' : 's'} for “${[...query].length > 40 ? `${[...query].slice(0, 40).join('')}…` : query}”`);
  for (const hit of hits)
    console.log(
      `\n${hit.title}${hit.titleEn ? `  (${hit.titleEn})` : ''}\n  ${hitLink(hit)}  ${hit.source}${hit.year ? `, ${hit.year}` : ''}\n  …${hit.snippet.map((part) => (part.mark ? `【${part.text}】` : part.text)).join('')}…`,
    );
}
