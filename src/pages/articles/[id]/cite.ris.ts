import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { articleCitation } from '../../../lib/site/article-citation.ts';

/** `articles/<id>/cite.ris`: the article's citation as RIS, for reference managers. */
export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { id: entry.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(articleCitation(params.id!, site).ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
