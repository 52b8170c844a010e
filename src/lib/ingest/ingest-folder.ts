import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  ContentFileError,
  FOLDER_DOCUMENT,
  isPageFile,
  PAGE_EXTENSIONS,
  pageNameProblem,
  readPageBytes,
  readYamlBytes,
} from '../content-files/read-content-file.ts';
import { readYamlFile } from '../content-files/read-yaml.ts';
import { pageEditsSchema, type Edit } from '../../schemas/edits.ts';
import { pageMetaSchema, type PageMeta } from '../../schemas/page-meta.ts';
import { accountForText } from './account.ts';
import { assertEditsInPage, countEffectiveEdits } from './check-edits.ts';
import { pageKey } from './ingest-page.ts';
import { FormatError, readDocument, sourceLines, type PageFormat } from './formats/detect.ts';
import { ingestDocument, type DocumentResult } from './ingest-document.ts';
import { pageCacheKey, type PageCache } from './page-cache.ts';
import { PageReadError, readPage, type PageEncoding } from './read-page.ts';

/** Options for {@link ingestFolder}. */
export interface IngestFolderOptions {
  /** Folder of page texts (`*.txt`), each optionally with `<stem>.meta.yaml` beside it. */
  readonly from: string;
  /** Folder of editorial fixes (`<stem>.yaml`), or null to apply none (`--no-edits`). */
  readonly edits: string | null;
  readonly encoding?: PageEncoding;
  /** The input format of every page (`--format`), instead of detecting it per page. */
  readonly format?: PageFormat;
  /**
   * Pages ingested before, by content hash: a page whose text, metadata, fixes and the ingest
   * code are unchanged is taken from here instead of being segmented again.
   */
  readonly cache?: PageCache;
  /** Called after each page, for progress output. */
  readonly onPage?: (index: number, total: number, source: string) => void;
}

/** A problem that stops ingest: names the file and, where there is one, the line. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | null;
  constructor(file: string, line: number | null, message: string, options?: ErrorOptions) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`, options);
    this.file = file;
    this.line = line;
    this.name = 'IngestError';
  }
}

/** Parse a YAML file with a zod schema (src/lib/content-files/read-yaml.ts); errors name the file, the line and the field. */
export function readYaml<T>(
  path: string,
  schema: { safeParse: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
): T {
  try {
    return readYamlFile(path, schema);
  } catch (error) {
    if (error instanceof ContentFileError) throw new IngestError(error.file, error.line, error.reason);
    throw error;
  }
}

export { PAGE_EXTENSIONS };
const PAGE_FILES = `page files (${PAGE_EXTENSIONS.map((extension) => `*${extension}`).join(', ')})`;

/** A page file's name without its ending: `<stem>.meta.yaml` and `edits/<stem>.yaml` belong to it. */
export const pageStem = (name: string) => name.replace(/\.[^.]+$/u, '');

/** The page files of a folder, sorted by name; a clear error for a missing or empty folder. */
export function listPages(from: string): string[] {
  if (!existsSync(from)) throw new IngestError(from, null, `no such folder; expected a folder of ${PAGE_FILES}`);
  if (!statSync(from).isDirectory()) throw new IngestError(from, null, `is not a folder; expected a folder of ${PAGE_FILES}`);
  const pages = readdirSync(from).filter(isPageFile).sort();
  if (pages.length === 0) throw new IngestError(from, null, `holds no ${PAGE_FILES}`);
  const stems = new Map<string, string>();
  for (const name of pages) {
    const other = stems.get(pageStem(name));
    if (other)
      throw new IngestError(
        join(from, name),
        null,
        `has the same name as ${other} but for its ending, so they would share metadata, fixes and ids; rename one`,
      );
    stems.set(pageStem(name), name);
    const problem = pageNameProblem(name);
    if (problem) throw new IngestError(join(from, name), null, problem);
  }
  return pages;
}

/** The result of ingesting a folder: one result per page, plus the metadata and edits used. */
export interface FolderResult {
  readonly pages: DocumentResult[];
  /** The "nothing lost" check per page: characters in the source, and characters missing or duplicated. */
  readonly accounting: { source: string; chars: number; missing: number; extra: number }[];
  readonly metas: Record<string, PageMeta | null>;
  readonly editCount: number;
  /** Files in the folder that are neither page files nor their metadata: skipped, and said so. */
  readonly skipped: string[];
}

/** Files a pages folder may hold besides pages: their metadata, and what editors and tools leave. */
const COMPANION = /(?:\.meta\.ya?ml|^\.[^/]*|~|\.bak|\.orig)$/u;

/** Files of a pages folder that no adapter reads (a `.csv`, `.html`, `.pdf` …), for a warning. */
export function unreadFiles(from: string): string[] {
  return readdirSync(from)
    .filter((name) => !isPageFile(name) && !COMPANION.test(name) && !FOLDER_DOCUMENT.test(name))
    .sort();
}

/** One page of a folder, ingested: its result, its "nothing lost" figures, its metadata and how many fixes it has. */
export interface FolderPage {
  readonly result: DocumentResult;
  readonly accounting: FolderResult['accounting'][number];
  readonly meta: PageMeta | null;
  readonly edits: number;
}

const metaPathOf = (options: IngestFolderOptions, name: string) => join(options.from, `${pageStem(name)}.meta.yaml`);
const editsPathOf = (options: IngestFolderOptions, name: string) => (options.edits ? join(options.edits, `${pageStem(name)}.yaml`) : null);

/** The page from the cache when it is unchanged since it was last ingested, and its cache key (null without a cache). */
export function cachedPage(options: IngestFolderOptions, name: string): { key: string | null; page: FolderPage | null } {
  if (!options.cache) return { key: null, page: null };
  const metaPath = metaPathOf(options, name);
  const editsPath = editsPathOf(options, name);
  const hasMeta = existsSync(metaPath);
  const hasEdits = editsPath !== null && existsSync(editsPath);
  const key = pageCacheKey({
    name,
    page: readPageBytes(join(options.from, name)),
    meta: hasMeta ? readYamlBytes(metaPath) : null,
    edits: hasEdits ? readYamlBytes(editsPath) : null,
    encoding: `${options.encoding ?? 'auto'}/${options.format ?? 'auto'}`,
  });
  const cached = options.cache.get(key);
  if (!cached) return { key, page: null };
  // Unchanged since it was last ingested (and validated): reuse the result.
  return { key, page: { ...cached, meta: hasMeta ? readYaml(metaPath, pageMetaSchema) : null } };
}

/**
 * Ingest one page of a folder: read its metadata and fixes, decode it, read its format, segment it, apply its fixes
 * and check that nothing is lost. Throws an {@link IngestError} or a {@link PageReadError} naming the file.
 */
export function ingestFolderPage(options: IngestFolderOptions, name: string): FolderPage {
  const metaPath = metaPathOf(options, name);
  const editsPath = editsPathOf(options, name);
  const meta = existsSync(metaPath) ? readYaml(metaPath, pageMetaSchema) : null;
  let edits: Edit[] = [];
  if (editsPath !== null && existsSync(editsPath)) {
    const pageEdits = readYaml(editsPath, pageEditsSchema);
    if (pageEdits.source !== name) throw new IngestError(editsPath, 1, `source: names \`${pageEdits.source}\`, expected \`${name}\``);
    edits = pageEdits.fixes;
  }
  const path = join(options.from, name);
  const decoded = readPage(path, path, options.encoding);
  let document;
  try {
    document = readDocument(decoded.text, name, options.format);
  } catch (error) {
    if (error instanceof FormatError) throw new IngestError(path, error.line, error.message);
    throw error;
  }
  if (edits.length > 0) assertEditsInPage(edits, sourceLines(document).length, editsPath!);
  const pageOptions = { source: basename(name), meta, edits };
  let segmented;
  try {
    segmented = countEffectiveEdits((only) => ingestDocument(document, { ...pageOptions, edits: only }), edits, ingestDocument(document, pageOptions));
  } catch (error) {
    // A fault of the segmenter's own on some page is still said with the page's name, never as a bare stack trace.
    if (error instanceof IngestError || error instanceof PageReadError || error instanceof ContentFileError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new IngestError(
      path,
      null,
      `the segmenter failed on this page (${reason}); this is a bug in the ingest, please report it with the page; \`--format\` with another format, or moving the page aside, lets the other pages through`,
      { cause: error },
    );
  }
  const result = { ...segmented, encoding: decoded.encoding };
  const check = accountForText(result.printed, result.articles, result.unassigned);
  const total = (map: Map<string, number>) => [...map.values()].reduce((sum, n) => sum + n, 0);
  return {
    result,
    accounting: { source: result.source, chars: check.sourceChars, missing: total(check.missing), extra: total(check.extra) },
    meta,
    edits: edits.length,
  };
}

/** Refuse two pages with the same key: they would give their units the same ids (and overwrite each other). */
export function assertDistinctKeys(from: string, names: readonly string[]): void {
  const keys = new Map<string, string>();
  for (const name of names) {
    const key = pageKey(name);
    const other = keys.get(key);
    if (other)
      throw new IngestError(
        join(from, name),
        null,
        `has the same page key \`${key}\` as ${other}, so their articles would get the same ids; rename one of them`,
      );
    keys.set(key, name);
  }
}

/**
 * Ingest every page of a folder: decode, segment, apply that page's editorial fixes.
 * Throws an {@link IngestError} or a {@link PageReadError} naming the file at the first bad input,
 * before anything is written.
 */
export function ingestFolder(options: IngestFolderOptions): FolderResult {
  const names = listPages(options.from);
  assertDistinctKeys(options.from, names);
  const pages: DocumentResult[] = [];
  const accounting: FolderResult['accounting'] = [];
  const metas: Record<string, PageMeta | null> = {};
  let editCount = 0;
  names.forEach((name, index) => {
    const cached = cachedPage(options, name);
    const page = cached.page ?? ingestFolderPage(options, name);
    if (!cached.page && cached.key) options.cache!.set(cached.key, { result: page.result, accounting: page.accounting, edits: page.edits });
    pages.push(page.result);
    accounting.push(page.accounting);
    metas[name] = page.meta;
    editCount += page.edits;
    options.onPage?.(index + 1, names.length, name);
  });
  return { pages, metas, editCount, accounting, skipped: unreadFiles(options.from) };
}

export { PageReadError };
