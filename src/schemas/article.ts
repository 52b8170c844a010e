import { z } from 'zod';

/** The kinds of unit a page splits into. */
/** `furniture`: printed matter that is no article (weather or index box, a crawler's link-only record). */
export const unitKinds = ['article', 'fragment', 'photo-caption', 'column-intro', 'page-header', 'furniture'] as const;

const range = z.tuple([z.number().int(), z.number().int()]);

/**
 * The frontmatter ingest writes on every article's MDX file; the content collection
 * (src/content.config.ts) validates with it.
 */
export const articleFrontmatterSchema = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(unitKinds),
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
  /** Source line ranges of the body, 1-based inclusive. */
  lines: z.array(range),
  /** Source line ranges of the headline, byline, kicker, banners. */
  headLines: z.array(range),
  newspaper: z.string().nullable(),
  date: z.string().nullable(),
  year: z.number().nullable(),
  region: z.string().nullable(),
  order: z.number(),
  paragraphs: z.number(),
  /** What the segmenter was unsure of (see src/lib/ingest/flags.ts); absent when sure. */
  flags: z.array(z.string()).optional(),
});

export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;
