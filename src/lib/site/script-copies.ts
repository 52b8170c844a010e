/**
 * Which pages have a Traditional-script copy under `hant/`. Every page does except the source
 * pages: a source page shows a newspaper page's text as printed, line by line, so a converted copy
 * would show characters the paper never printed. Its one copy serves both scripts, and the
 * Traditional pages link to it (it also saves about 4 kB per article on disk, issue 18).
 */
export const AS_PRINTED_FOLDERS: readonly string[] = ['sources'];

/**
 * Whether the page at `path` (below the site's base, e.g. `articles/x/`) has a Traditional copy at `hant/<path>`.
 *
 * @example hasTraditionalCopy('articles/a-0001/') // → true
 * @example hasTraditionalCopy('sources/001_page/') // → false
 */
export function hasTraditionalCopy(path: string): boolean {
  const top = path.replace(/^\/+/u, '').split('/')[0]!;
  return !AS_PRINTED_FOLDERS.includes(top);
}
