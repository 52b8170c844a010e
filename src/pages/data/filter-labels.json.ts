import type { APIRoute } from 'astro';
import { glossaryEntries } from '../../lib/glossary/glossary-data.ts';
import { sourcePages } from '../../lib/site/archive.ts';
import { filterLabels } from '../../lib/site/filter-labels.ts';

/** `data/filter-labels.json`: labels for the search filters' values ({@link filterLabels}). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(filterLabels(sourcePages(), glossaryEntries())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
