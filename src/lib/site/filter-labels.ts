/**
 * Human labels, Chinese and English, for every value of the search filters (the values are
 * slugs, ids and names as indexed): kinds, topics, regions, newspapers, years and glossary terms.
 * Written to `data/filter-labels.json` and read by the search box when its filter panel opens.
 */
import type { LoadedEntry } from '../glossary/load-glossary.ts';
import { categoryLabels } from '../../schemas/glossary.ts';
import type { SourcePage } from './archive.ts';
import { kindLabels } from './archive.ts';

/** Labels by filter, then by value. */
export type FilterLabels = Record<string, Record<string, string>>;

const UNKNOWN = '不详 Unknown';

/**
 * The labels for an archive's filter values.
 *
 * @example filterLabels([], []).kind.article // → '文章 Article'
 */
export function filterLabels(pages: readonly Pick<SourcePage, 'meta'>[], entries: readonly LoadedEntry[]): FilterLabels {
  const both = (zh: string | null | undefined, en: string | null | undefined) => [zh, en].filter(Boolean).join(' ');
  const region: Record<string, string> = { unknown: UNKNOWN };
  const newspaper: Record<string, string> = { unknown: UNKNOWN };
  for (const { meta } of pages) {
    if (meta?.regionEn) region[meta.regionEn] = both(meta.region, meta.regionEn);
    if (meta?.newspaper) newspaper[meta.newspaper] = both(meta.newspaper, meta.newspaperEn);
    else if (meta?.probableNewspaper) newspaper[`${meta.probableNewspaper}?`] = `${meta.probableNewspaper}（推测）probably, masthead not printed`;
  }
  return {
    kind: Object.fromEntries(Object.entries(kindLabels).map(([kind, label]) => [kind, both(label.zh, label.en)])),
    category: Object.fromEntries(Object.entries(categoryLabels).map(([category, label]) => [category, both(label.zh, label.en)])),
    region,
    newspaper,
    year: { unknown: UNKNOWN },
    term: Object.fromEntries(entries.map(({ entry }) => [entry.id, `${entry.term} ${entry.english}`])),
  };
}
