import { z } from 'zod';
import { LIMITS } from '../lib/limits.ts';

/** Topic categories a glossary entry can belong to; the glossary index groups by these. */
export const glossaryCategories = [
  'administrative-reform',
  'government-services',
  'grassroots-governance',
  'party-building',
  'ideology-and-slogans',
  'social-assistance',
  'health',
  'education',
  'rural-revitalisation',
  'rural-finance',
  'finance-and-investment',
  'innovation-policy',
  'industry-and-enterprise',
  'talent-and-employment',
  'civic-values',
  'institutions',
  'local-programme',
] as const;

/** English labels for {@link glossaryCategories}, shown in the UI. */
export const categoryLabels: Record<(typeof glossaryCategories)[number], { en: string; zh: string }> = {
  'administrative-reform': { en: 'Administrative reform', zh: '行政体制改革' },
  'government-services': { en: 'Government services', zh: '政务服务' },
  'grassroots-governance': { en: 'Grassroots governance', zh: '基层治理' },
  'party-building': { en: 'Party building', zh: '党的建设' },
  'ideology-and-slogans': { en: 'Political slogans and formulas', zh: '政治口号与提法' },
  'social-assistance': { en: 'Social assistance', zh: '社会救助' },
  health: { en: 'Health', zh: '医疗卫生' },
  education: { en: 'Education', zh: '教育' },
  'rural-revitalisation': { en: 'Rural revitalisation and agriculture', zh: '乡村振兴与农业' },
  'rural-finance': { en: 'Rural finance', zh: '农村金融' },
  'finance-and-investment': { en: 'Finance and investment', zh: '金融与投资' },
  'innovation-policy': { en: 'Innovation policy', zh: '科技创新政策' },
  'industry-and-enterprise': { en: 'Industry and enterprise', zh: '产业与企业' },
  'talent-and-employment': { en: 'Talent and employment', zh: '人才与就业' },
  'civic-values': { en: 'Civic values and public culture', zh: '精神文明' },
  institutions: { en: 'Institutions and statistical labels', zh: '机构与统计口径' },
  'local-programme': { en: 'Local programmes', zh: '地方项目与品牌' },
};

/** Any text field of an entry: at most {@link LIMITS.glossaryFieldChars} characters (a field is shown on every page that uses the term). */
const capped = () =>
  z.string().max(LIMITS.glossaryFieldChars, `must be at most ${LIMITS.glossaryFieldChars.toLocaleString('en')} characters (LIMITS.glossaryFieldChars)`);
const nonEmpty = capped().trim().min(1, 'must not be empty');

/** A calendar date as published: `2019`, `2019-03` or `2019-03-16`. */
const publishedDate = z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD');
/** A day: `2026-12-06`. */
const day = z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/u, 'must be a day: YYYY-MM-DD');
const webAddress = capped().regex(/^https?:\/\/[^\s<>"]+$/u, 'must be an http(s) address');

/**
 * Where an official rendering is published: every field is required, so an official rendering
 * always comes with something a reader can open and check. `quote` is the published wording and
 * must contain the rendering (glossary:check).
 */
export const officialSourceSchema = z
  .object({
    /** The document or page (`Report on the Work of the Government (2019)`). */
    title: nonEmpty,
    /** Who published it (`State Council; English text released by Xinhua`). */
    publisher: nonEmpty,
    /** When it was published, as precisely as the page says. */
    date: publishedDate,
    /** Where to read it. */
    url: webAddress,
    /** The sentence or phrase as published, containing the rendering. */
    quote: nonEmpty,
    /** How and when the wording was checked, or anything a reader should know. */
    note: capped().nullable().default(null),
  })
  .strict();

/**
 * An official rendering the entry once claimed that nobody has yet matched to a published text:
 * kept so an editor can follow it up, never shown as official.
 */
export const unverifiedOfficialSchema = z
  .object({
    english: nonEmpty,
    /** What the entry said the rendering came from. */
    claimedSource: nonEmpty,
    /** What was searched, and when. */
    note: nonEmpty,
  })
  .strict();

/** A source of the entry's explanation (a document, a page, an article of the archive). */
export const definitionSourceSchema = z
  .object({
    title: nonEmpty,
    publisher: capped().nullable().default(null),
    date: publishedDate.nullable().default(null),
    url: webAddress.nullable().default(null),
    note: capped().nullable().default(null),
  })
  .strict();

/** A use of the term in the archive, by article and paragraph id; the site shows its Chinese and English. */
export const glossaryExampleSchema = z
  .object({
    article: z.string().regex(/^[a-z0-9]+-\d{4,}$/u, 'must be an article id (`e698e91f-0150`)'),
    paragraph: z.string().regex(/^(?:p\d+|title|subtitle|kicker)$/u, 'must be a paragraph id (`p13`), `title`, `subtitle` or `kicker`'),
  })
  .strict();

/**
 * One glossary entry: a policy term as printed, how the archive renders it in English,
 * and (only where one really exists) the official rendering with its source.
 */
export const glossaryEntrySchema = z
  .object({
    /** Stable ASCII id, kebab-case pinyin (`zheng-cun-shou-xin`); used in URLs and annotations. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, -)'),
    /** The term in Simplified Chinese, exactly as printed in the source. */
    term: nonEmpty,
    /** Other printed forms that should match too (`放管服改革`, a form without quotes …). */
    variants: z.array(nonEmpty).default([]),
    /** Hanyu pinyin with tone marks, written by word (GB/T 16159-2012: `zhěngcūn shòuxìn`, `Xí Jìnpíng`); 一 and 不 in their citation tones. */
    pinyin: nonEmpty,
    /** The English rendering this archive uses in translations. */
    english: nonEmpty,
    /** Other English forms a translation may use for this term (checked by translations:check). */
    englishVariants: z.array(nonEmpty).default([]),
    /** An official or standard English rendering, only where one is published; otherwise null. */
    officialEnglish: capped().nullable().default(null),
    /** Where it is published, in full (required with `officialEnglish`). */
    officialSource: officialSourceSchema.nullable().default(null),
    /** A claimed official rendering not (yet) matched to a published text; not shown as official. */
    unverifiedOfficial: unverifiedOfficialSchema.nullable().default(null),
    /** Word-for-word gloss where it helps a translator. */
    literal: capped().nullable().default(null),
    /** Explanation in English (one to three sentences; the first is shown in popovers). */
    definitionEn: nonEmpty,
    /** Explanation in Chinese. */
    definitionZh: nonEmpty,
    category: z.enum(glossaryCategories),
    scope: z.object({
      level: z.enum(['national', 'provincial', 'local']),
      /** Where, for provincial and local terms (`Jilin`, `Binzhou, Shandong`). */
      place: capped().nullable().default(null),
    }),
    /** Ids of related entries; the relation goes both ways (glossary:check). */
    related: z.array(capped()).default([]),
    /** Where the explanation comes from. */
    sources: z.array(definitionSourceSchema).default([]),
    /** One or two uses from the archive (glossary:check: the paragraph exists and uses the term). */
    examples: z.array(glossaryExampleSchema).max(3, 'at most three examples').default([]),
    /** The day the entry was last changed in substance. */
    updated: day.nullable().default(null),
    status: z.enum(['draft', 'reviewed']),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.officialEnglish && !entry.officialSource) {
      ctx.addIssue({
        code: 'custom',
        path: ['officialSource'],
        message:
          'required when `officialEnglish` is set: title, publisher, date, url and quote (the published wording); where no published text can be found, move the rendering to `unverifiedOfficial`',
      });
    }
    if (entry.officialEnglish && entry.officialSource && !quoteContains(entry.officialSource.quote, entry.officialEnglish)) {
      ctx.addIssue({ code: 'custom', path: ['officialSource', 'quote'], message: `does not contain the official rendering \`${entry.officialEnglish}\`` });
    }
    if (!entry.officialEnglish && entry.officialSource) {
      ctx.addIssue({ code: 'custom', path: ['officialEnglish'], message: 'missing while `officialSource` is set' });
    }
  });

/**
 * Whether published wording contains a rendering, ignoring case, the form of quotation marks,
 * apostrophes and dashes, and spacing.
 *
 * @example quoteContains('Reforms to streamline administration and delegate power were intensified.', 'Streamline administration') // → true
 */
export function quoteContains(quote: string, rendering: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’`]/gu, "'")
      .replace(/[“”]/gu, '"')
      .replace(/[‐‑‒–—]/gu, '-')
      .replace(/\s+/gu, ' ')
      .trim();
  return fold(quote).includes(fold(rendering));
}

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryCategory = (typeof glossaryCategories)[number];
