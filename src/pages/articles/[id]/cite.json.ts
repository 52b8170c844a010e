import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { articleCitation } from '../../../lib/site/article-citation.ts';

/** `articles/<id>/cite.json`: the article's citation as CSL-JSON, for reference managers. */
export const getStaticPaths = (async () => (await getCollection('articles')).map((entry) => ({ params: { id: entry.data.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(articleCitation(params.id!, site).csl, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
