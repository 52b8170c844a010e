import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { glossaryEntries } from '../../lib/glossary/glossary-data.ts';
import { collectUses, matcherFor } from '../../lib/glossary/uses.ts';
import { toTraditional } from '../../lib/script/to-traditional.ts';
import { csvCell } from '../../lib/exports/safe-text.ts';
import { archiveArticles } from '../../lib/site/archive.ts';
import { formatDefinitionSource, formatOfficialSource } from '../../lib/glossary/provenance.ts';

/** `data/glossary.csv`: one row per entry (UTF-8 with BOM so spreadsheet programs read the Chinese); a cell that a spreadsheet would run as a formula starts with `'`. */
export const GET: APIRoute = () => {
  const uses = collectUses(archiveArticles(), matcherFor(glossaryEntries()));
  const rows = glossaryEntries().map(({ entry }) => ({
    id: entry.id,
    term: entry.term,
    termHant: toTraditional(entry.term),
    variants: entry.variants.join('; '),
    pinyin: entry.pinyin,
    english: entry.english,
    englishVariants: entry.englishVariants.join('; '),
    officialEnglish: entry.officialEnglish ?? '',
    officialSource: entry.officialSource ? formatOfficialSource(entry.officialSource) : '',
    unverifiedOfficial: entry.unverifiedOfficial
      ? `${entry.unverifiedOfficial.english} (claimed: ${entry.unverifiedOfficial.claimedSource}; not verified)`
      : '',
    literal: entry.literal ?? '',
    definitionEn: entry.definitionEn,
    definitionZh: entry.definitionZh,
    category: entry.category,
    scope: [entry.scope.level, entry.scope.place].filter(Boolean).join(': '),
    related: entry.related.join('; '),
    sources: entry.sources.map(formatDefinitionSource).join(' | '),
    updated: entry.updated ?? '',
    status: entry.status,
    uses: uses.get(entry.id)?.length ?? 0,
  }));
  const safe = rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, csvCell(value)])));
  return new Response(`\uFEFF${stringify(safe, { header: true })}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
