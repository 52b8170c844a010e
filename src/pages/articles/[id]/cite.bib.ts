import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { articleCitation } from '../../../lib/site/article-citation.ts';

/** `articles/<id>/cite.bib`: the article's citation as BibTeX, for reference managers. */
export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { id: entry.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(articleCitation(params.id!, site).bibtex, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
