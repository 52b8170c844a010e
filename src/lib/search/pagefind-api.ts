/** The parts of Pagefind's browser API the archive uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<{ results: { id: string; score: number; data: () => Promise<PagefindResultData> }[]; unfilteredResultCount: number }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy?(): Promise<void>;
}

/** What a Pagefind result's `data()` gives. */
export interface PagefindResultData {
  readonly url: string;
  readonly content: string;
  readonly excerpt: string;
  readonly meta: Record<string, string>;
  readonly filters: Record<string, string[]>;
  readonly word_count: number;
}
