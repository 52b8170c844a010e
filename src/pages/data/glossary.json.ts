import type { APIRoute } from 'astro';
import { glossaryEntries } from '../../lib/glossary/glossary-data.ts';
import { toTraditional } from '../../lib/script/to-traditional.ts';
import { archiveUses } from '../../lib/site/shard-content.ts';
import { url } from '../../lib/site/urls.ts';

/**
 * `data/glossary.json`: every entry with every field, its Traditional form, its page and its uses
 * (article, paragraph, form as printed; the paragraph's text is in `articles.json`). One line per
 * entry, without indentation: at 10,000 articles the indented file with each use's context was
 * about 10 kB per article (issue 18: lean pages).
 */
export const GET: APIRoute = () => {
  const uses = archiveUses();
  const entries = glossaryEntries().map(({ entry }) => ({
    ...entry,
    termHant: toTraditional(entry.term),
    url: url(`glossary/${entry.id}/`),
    uses: (uses.get(entry.id) ?? []).map((use) => ({
      article: use.article,
      paragraph: use.paragraph,
      form: use.form,
    })),
  }));
  return new Response(`[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
