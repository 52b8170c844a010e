/**
 * How `build:site` orders its two big steps (scripts/build-site.ts): `astro build` and the search
 * index side by side when their summed memory stays under the budget, one after the other
 * otherwise. The figures are peaks measured at 10,000 articles on 2 cores (docs/scaling.md): Astro
 * about 5.4 GB, Pagefind's indexer 4.9 GB plus 0.34 GB for index-search itself; both grow about
 * linearly with the articles.
 */
export const BUILD_MEMORY = {
  /** The summed peak the default build aims to stay under (issue 18: < 4 GB). */
  budgetMB: 4000,
  /** `astro build`: a fixed part and a part per article page it renders. */
  astroBaseMB: 500,
  astroPerArticleMB: 0.55,
  /** index-search with Pagefind's indexer: a fixed part and a part per article it indexes. */
  indexBaseMB: 300,
  indexPerArticleMB: 0.55,
} as const;

/**
 * Whether to run the two steps side by side (faster on two cores) rather than one after the
 * other: when their estimated summed peak fits the budget.
 * @example sideBySide(1000, 1000) // → true (about 1.9 GB)
 * @example sideBySide(10000, 10000) // → false (about 11.8 GB side by side)
 */
export function sideBySide(articlesRendered: number, articlesIndexed: number, settings = BUILD_MEMORY): boolean {
  const astro = settings.astroBaseMB + settings.astroPerArticleMB * articlesRendered;
  const index = articlesIndexed > 0 ? settings.indexBaseMB + settings.indexPerArticleMB * articlesIndexed : 0;
  return astro + index < settings.budgetMB;
}
