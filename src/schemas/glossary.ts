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
    /** Hanyu pinyin with tone marks, syllables separated by spaces (`zhěng cūn shòu xìn`). */
    pinyin: nonEmpty,
    /** The English rendering this archive uses in translations. */
    english: nonEmpty,
    /** Other English forms a translation may use for this term (checked by translations:check). */
    englishVariants: z.array(nonEmpty).default([]),
    /** An official or standard English rendering, only where one is published; otherwise null. */
    officialEnglish: capped().nullable().default(null),
    /** The document or site the official rendering comes from (required with `officialEnglish`). */
    officialSource: capped().nullable().default(null),
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
    /** Ids of related entries. */
    related: z.array(capped()).default([]),
    status: z.enum(['draft', 'reviewed']),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.officialEnglish && !entry.officialSource) {
      ctx.addIssue({ code: 'custom', path: ['officialSource'], message: 'required when `officialEnglish` is set' });
    }
    if (!entry.officialEnglish && entry.officialSource) {
      ctx.addIssue({ code: 'custom', path: ['officialEnglish'], message: 'missing while `officialSource` is set' });
    }
  });

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type GlossaryCategory = (typeof glossaryCategories)[number];
