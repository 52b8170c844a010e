import { z } from 'zod';

/**
 * What a source page reveals about itself (`content/pages/<page>.meta.yaml`).
 * `null` where the text does not tell; nothing is invented.
 */
export const pageMetaSchema = z
  .object({
    /** Newspaper name in Chinese, as printed or as named in the page's own bylines. */
    newspaper: z.string().nullable(),
    /**
     * The paper the page most likely comes from when the page itself does not print it
     * (shown as "probably …" and never used as a fact); null when nothing points to one.
     */
    probableNewspaper: z.string().nullable().default(null),
    /** English name of the newspaper (the paper's own English name where it has one). */
    newspaperEn: z.string().nullable(),
    /** Publication date (YYYY-MM-DD) only when the page prints it. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/u)
      .nullable(),
    /** Year the page's content places it in, when the date itself is not printed. */
    year: z.number().int().min(1949).max(2100).nullable(),
    /** Page (版) number or name, when printed. */
    page: z.string().nullable(),
    /** Region the reporting is about (province, or province and city). */
    region: z.string().nullable(),
    regionEn: z.string().nullable(),
    /** How each value above was worked out from the text. */
    evidence: z.array(z.string()).default([]),
  })
  .strict();

export type PageMeta = z.infer<typeof pageMetaSchema>;
