import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesDir } from './lib/config/env.ts';
import { articleFrontmatterSchema } from './schemas/article.ts';

/** Articles written by `npm run ingest`: one MDX file per unit of a source page. */
const articles = defineCollection({
  // Entries are keyed by the unit id: the glob loader would otherwise key them by the `slug`
  // frontmatter, and two units whose titles share their first pinyin syllables would replace
  // each other (found by the 10,000-article benchmark).
  // A sharded build (scripts/build-site.ts --shard) points ARCHIVE_ARTICLES_DIR at its share of the files.
  loader: glob({ pattern: '*.mdx', base: articlesDir(), generateId: ({ data }) => String(data.id) }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
