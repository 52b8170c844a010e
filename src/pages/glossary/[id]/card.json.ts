import type { APIRoute, GetStaticPaths } from 'astro';
import { glossaryEntries } from '../../../lib/glossary/glossary-data.ts';
import { termCard } from '../../../lib/glossary/term-card.ts';
import { buildsWholeArchivePages } from '../../../lib/site/shard-content.ts';

// `/glossary/<id>/card.json`: what a term's popover shows beyond the article's list ({@link termCard}).
// Written with the term pages (by the merge in a sharded build), since every article shares it.
export const getStaticPaths = (() =>
  buildsWholeArchivePages() ? glossaryEntries().map(({ entry }) => ({ params: { id: entry.id }, props: { entry } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(termCard((props as { entry: ReturnType<typeof glossaryEntries>[number]['entry'] }).entry)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
