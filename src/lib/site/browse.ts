import { glossaryEntries } from '../glossary/glossary-data.ts';
import { slugFromTitle } from '../ingest/ingest-page.ts';
import { categoryLabels, glossaryCategories } from '../../schemas/glossary.ts';
import { archiveArticles, sourcePages } from './archive.ts';
import { englishTitle } from './english-titles.ts';
import { archiveUses } from './shard-content.ts';

/**
 * Items per page of a browse list. Each page repeats the site's frame (head, header, footer: about
 * 5 kB in each script), so longer pages mean fewer frames (issue 18); 250 items make about 60 kB.
 */
export const BROWSE_PER_PAGE = 250;

/** The ways to browse: by newspaper (its source pages), by region and by topic (articles). */
export type Facet = 'newspaper' | 'region' | 'topic';

/** One entry of a browse list: a source page or an article. */
export interface BrowseItem {
  readonly kind: 'source' | 'article';
  /** Source file name or article id. */
  readonly id: string;
  readonly title: string;
  /** The English title of an article, where it is translated. */
  readonly titleEn?: string | undefined;
  /** What follows the link: date and unit count for a source page, kind and uses for an article. */
  readonly note: string;
  /** Where an article was printed (source page file, date), on newspaper lists. */
  readonly printed?: string | undefined;
}

/** A group of a facet: one newspaper, region or topic, with everything in it. */
export interface BrowseGroup {
  readonly facet: Facet;
  /** URL segment (`/browse/<facet>/<slug>/`). */
  readonly slug: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly items: readonly BrowseItem[];
}

const paperOf = (meta: ReturnType<typeof sourcePages>[number]['meta']) => meta?.newspaper ?? (meta?.probableNewspaper ? `${meta.probableNewspaper}?` : null);
const slugOf = (name: string) =>
  slugFromTitle(name)
    .replace(/[^a-z0-9-]+/gu, '-')
    .replace(/^-+|-+$/gu, '') || 'other';

let groups: BrowseGroup[] | null = null;

/**
 * Every browse group, computed once per build in one pass over the archive (a page per group
 * and page of items, rather than one page listing everything, which at 10,000 articles weighed
 * over 10 MB).
 */
export function browseGroups(): BrowseGroup[] {
  if (groups) return groups;
  const articles = archiveArticles().filter((article) => article.kind !== 'page-header' && article.kind !== 'furniture');
  const pages = sourcePages();
  const metaOf = new Map(pages.map((page) => [page.file, page.meta]));

  const articleItem = (article: (typeof articles)[number], note: string, printed?: string): BrowseItem => ({
    kind: 'article',
    id: article.id,
    title: article.title,
    titleEn: englishTitle(article.id),
    note,
    printed,
  });

  // A newspaper lists its articles, newest page first, each with the page it was printed on.
  const papers = new Map<string, BrowseItem[]>();
  const when = (meta: (typeof pages)[number]['meta']) => meta?.date ?? (meta?.year ? String(meta.year) : '');
  const bySource = new Map<string, typeof articles>();
  for (const article of articles) bySource.set(article.source, [...(bySource.get(article.source) ?? []), article]);
  for (const page of [...pages].sort((a, b) => when(b.meta).localeCompare(when(a.meta)) || a.file.localeCompare(b.file))) {
    const paper = paperOf(page.meta) ?? '';
    const list = papers.get(paper) ?? [];
    const printed = `${page.file} · ${when(page.meta) || 'date not printed'}`;
    for (const article of bySource.get(page.file) ?? []) list.push(articleItem(article, article.kind, printed));
    papers.set(paper, list);
  }

  const regions = new Map<string, BrowseItem[]>();
  const regionZh = new Map<string, string>();
  for (const article of articles) {
    const meta = metaOf.get(article.source);
    const region = meta?.regionEn ?? '';
    if (meta?.region) regionZh.set(region, meta.region);
    const list = regions.get(region) ?? [];
    list.push(articleItem(article, article.kind));
    regions.set(region, list);
  }

  // Topics from the glossary's uses, computed once per build and shared with the term pages.
  const entries = glossaryEntries();
  const category = new Map(entries.map(({ entry }) => [entry.id, entry.category]));
  const byId = new Map(articles.map((article) => [article.id, article]));
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const topics = new Map<string, Map<string, number>>();
  for (const [id, uses] of archiveUses()) {
    const counts = topics.get(category.get(id)!) ?? new Map<string, number>();
    for (const use of uses) if (byId.has(use.article)) counts.set(use.article, (counts.get(use.article) ?? 0) + 1);
    if (counts.size > 0) topics.set(category.get(id)!, counts);
  }

  const byName = (a: [string, unknown], b: [string, unknown]) => (a[0] === '' ? 1 : b[0] === '' ? -1 : a[0].localeCompare(b[0]));
  groups = [
    ...[...papers].sort(byName).map(
      ([paper, items]): BrowseGroup => ({
        facet: 'newspaper',
        slug: paper ? slugOf(paper.replace(/\?$/u, '')) + (paper.endsWith('?') ? '-probable' : '') : 'not-named',
        label: paper
          ? { zh: paper.replace(/\?$/u, ''), en: paper.endsWith('?') ? 'probably (not printed on the page)' : '' }
          : { zh: '未署报名', en: 'Newspaper not named' },
        items,
      }),
    ),
    ...[...regions].sort(byName).map(
      ([region, items]): BrowseGroup => ({
        facet: 'region',
        slug: region ? slugOf(region) : 'not-stated',
        label: region ? { zh: regionZh.get(region) ?? '', en: region } : { zh: '地区不详', en: 'Region not stated' },
        items,
      }),
    ),
    ...glossaryCategories
      .filter((name) => topics.has(name))
      .map(
        (name): BrowseGroup => ({
          facet: 'topic',
          slug: name,
          label: categoryLabels[name],
          items: [...topics.get(name)!]
            .sort((a, b) => b[1] - a[1] || order.get(a[0])! - order.get(b[0])!)
            .map(([id, count]) => articleItem(byId.get(id)!, `${count} ${count === 1 ? 'use' : 'uses'}`)),
        }),
      ),
  ];
  // Two names can share a slug (pinyin drops tones); the later one gets a number.
  const seen = new Set<string>();
  groups = groups.map((group) => {
    let slug = group.slug;
    for (let n = 2; seen.has(`${group.facet}/${slug}`); n++) slug = `${group.slug}-${n}`;
    seen.add(`${group.facet}/${slug}`);
    return slug === group.slug ? group : { ...group, slug };
  });
  return groups;
}
