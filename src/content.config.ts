import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPath } from './lib/content-dir.ts';

const range = z.tuple([z.number().int(), z.number().int()]);

/** Articles written by `npm run ingest`: one MDX file per unit of a source page. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('articles') }),
  schema: z.object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(['article', 'fragment', 'photo-caption', 'column-intro', 'page-header']),
    title: z.string(),
    titleInferred: z.boolean(),
    subtitle: z.string().nullable(),
    kicker: z.string().nullable(),
    series: z.string().nullable(),
    byline: z.string().nullable(),
    organisation: z.string().nullable(),
    continuedFrom: z.string().nullable(),
    continuedTo: z.string().nullable(),
    continuationMarker: z.string().nullable(),
    source: z.string(),
    lines: z.array(range),
    headLines: z.array(range),
    newspaper: z.string().nullable(),
    date: z.string().nullable(),
    year: z.number().nullable(),
    region: z.string().nullable(),
    order: z.number(),
    paragraphs: z.number(),
  }),
});

export const collections = { articles };
