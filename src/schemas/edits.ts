import { z } from 'zod';
import { articleFrontmatterSchema } from './article.ts';

const lineRange = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/^\d+(?:-\d+)?$/u, 'must be a line (`351`) or a range (`351-352`)')
    .refine((range) => Number(range.split('-')[0]) >= 1, 'lines are numbered from 1')
    .refine((range) => {
      const [first, last] = range.split('-').map(Number) as [number, number?];
      return last === undefined || last >= first;
    }, 'a range runs from its first line to its last (`351-352`), not backwards'),
]);

const why = z.string().trim().min(1, 'say why this page needs the fix');

/** One editorial fix: a decision about a page that no general rule can make. */
export const editSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('role'), lines: lineRange, role: z.enum(['heading', 'body', 'byline', 'credit']), why }).strict(),
  z.object({ op: z.literal('split'), at: z.number().int().positive(), why }).strict(),
  z.object({ op: z.literal('merge'), unit: z.number().int().positive(), into: z.number().int().positive(), why }).strict(),
  z
    .object({
      op: z.literal('set'),
      unit: z.number().int().positive(),
      // The unit fields an editor may set, taken from the article frontmatter schema.
      fields: articleFrontmatterSchema
        .pick({ title: true, titleInferred: true, subtitle: true, kicker: true, series: true, byline: true, organisation: true, kind: true })
        .partial()
        .strict(),
      why,
    })
    .strict(),
]);

/** The editorial fixes for one source page (`content/edits/<page>.yaml`). */
export const pageEditsSchema = z
  .object({
    /** File name of the source page these fixes apply to. */
    source: z.string().min(1),
    fixes: z.array(editSchema).default([]),
  })
  .strict();

export type Edit = z.infer<typeof editSchema>;
export type PageEdits = z.infer<typeof pageEditsSchema>;

/** Expand `351-352` or `351` into the list of lines. */
export function expandLines(range: number | string): number[] {
  const [from, to] = String(range).split('-').map(Number) as [number, number?];
  const end = to ?? from;
  return Array.from({ length: end - from + 1 }, (_, index) => from + index);
}
