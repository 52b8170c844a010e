import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from './lib/content-dir.ts';
import { articleFrontmatterSchema } from './schemas/article.ts';

/** Articles written by `npm run ingest`: one MDX file per unit of a source page. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: contentPath('articles') }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
