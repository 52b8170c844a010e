import type { APIRoute } from 'astro';
import { glossaryEntries } from '../../lib/glossary/glossary-data.ts';
import { toTraditional } from '../../lib/script/to-traditional.ts';
import { archiveUses } from '../../lib/site/shard-content.ts';
import { url } from '../../lib/site/urls.ts';

/** `data/glossary.json`: every entry with every field, its Traditional form, its page and its uses in context. */
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
      context: `${use.before}【${use.form}】${use.after}`,
    })),
  }));
  return new Response(`${JSON.stringify(entries, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
