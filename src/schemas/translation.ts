import { z } from 'zod';

/** One translated paragraph: the English text and the hash of the Chinese it translates. */
export const translatedParagraphSchema = z
  .object({
    /** `sha256` (first 12 hex) of the Chinese paragraph this translates; a mismatch marks it stale. */
    hash: z.string().regex(/^[0-9a-f]{12}$/u, 'must be 12 hex digits (see npm run translations:scaffold)'),
    /** The English translation (empty = not translated yet). */
    en: z.string(),
    /** A translator's note shown under the English: an implausible figure, a correction, an ambiguity (never a silent fix). */
    note: z.string().trim().min(1, 'must not be empty (leave the field out instead)').optional(),
  })
  .strict();

/** The English translation of one article (`content/translations/<article-id>.yaml`). */
export const translationSchema = z
  .object({
    article: z.string().min(1),
    status: z.enum(['draft', 'reviewed']),
    /** English title. */
    title: z.string(),
    /** Two or three sentences in English. */
    summary: z.string(),
    /** Translations by paragraph id (`p13`), one per Chinese paragraph or section heading. */
    paragraphs: z.record(z.string().regex(/^p\d+(?:-\d+)?$/u, 'paragraph ids look like p13'), translatedParagraphSchema),
    /** Glossary terms deliberately rendered otherwise in a paragraph: `{ p13: [zheng-cun-shou-xin] }`. */
    exceptions: z.record(z.string(), z.array(z.string())).default({}),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;
