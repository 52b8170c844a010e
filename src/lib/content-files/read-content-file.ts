/**
 * The one safe way to read a content file (page text, YAML): it never leaves the folder it was
 * listed from, never blocks and never reads without bound.
 *
 * - a symbolic link is followed only when its target resolves inside `root` (the folder the
 *   file was listed from): `pages/passwd.txt -> /etc/passwd` is refused, as is a link loop;
 * - only a regular file is read: a directory named `x.txt`, a FIFO, a device or a socket is
 *   refused (the file is opened non-blocking, so a FIFO cannot hang the run, and checked with
 *   `fstat` on the open descriptor, so a swap between check and read is caught);
 * - at most `maxBytes` are read (see {@link LIMITS}).
 *
 * Every refusal is a {@link ContentFileError}: `file: message`.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, relative, isAbsolute } from 'node:path';
import { formatBytes, LIMITS } from '../limits.ts';

/** A content file that cannot be read, or is not valid: names the file and, where known, the line. */
export class ContentFileError extends Error {
  readonly file: string;
  readonly line: number | null;
  /** The message without the file and line. */
  readonly reason: string;
  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
    this.name = 'ContentFileError';
  }
}

/** Options for {@link readContentFile}. */
export interface ReadContentOptions {
  /** Most bytes the file may have (a {@link LIMITS} value). */
  readonly maxBytes: number;
  /** The folder the file must stay in (default: its own folder). */
  readonly root?: string;
  /** How the file is named in messages (default: `path`). */
  readonly file?: string;
  /** What the limit is called in messages (`a page`, `a YAML file`). */
  readonly what?: string;
  /** The limit's name in {@link LIMITS}, for messages. */
  readonly limit?: string;
}

const errorCode = (cause: unknown) => (cause as NodeJS.ErrnoException).code ?? 'error';
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'cannot read the file (permission denied)',
  EPERM: 'cannot read the file (not permitted)',
  ELOOP: 'is a symbolic link that loops',
  ENAMETOOLONG: 'the path is too long',
};
const reasonFor = (cause: unknown) => REASONS[errorCode(cause)] ?? `cannot read the file (${errorCode(cause)})`;

/** What kind of thing a non-file is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** True when `path` is `folder` or inside it (both already resolved). */
export function isInside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!rest.startsWith('..') && !isAbsolute(rest));
}

/** Follow a symbolic link only to a file inside `root`; returns the path to open. */
function resolveInside(path: string, root: string, file: string): string {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (cause) {
    throw new ContentFileError(file, null, reasonFor(cause));
  }
  if (!stats.isSymbolicLink()) return path;
  let target: string;
  let folder: string;
  try {
    target = realpathSync(path);
    folder = realpathSync(root);
  } catch (cause) {
    throw new ContentFileError(file, null, errorCode(cause) === 'ENOENT' ? 'is a symbolic link to a file that does not exist' : reasonFor(cause));
  }
  if (!isInside(target, folder))
    throw new ContentFileError(file, null, 'is a symbolic link to a file outside its content folder; refused (copy the file into the folder instead)');
  return target;
}

/** Read a content file's bytes safely (see the module comment). */
export function readContentFile(path: string, options: ReadContentOptions): Buffer {
  const file = options.file ?? path;
  const target = resolveInside(path, options.root ?? dirname(path), file);
  let fd: number;
  try {
    // Non-blocking: opening a FIFO with no writer would otherwise wait forever.
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (cause) {
    throw new ContentFileError(file, null, reasonFor(cause));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new ContentFileError(file, null, `is ${kindOf(stats)}, not a regular file; only regular files are read`);
    const tooBig = (size: number) =>
      new ContentFileError(
        file,
        null,
        `is ${size.toLocaleString('en')} bytes; ${options.what ?? 'a content file'} may be at most ${formatBytes(options.maxBytes)} (${options.limit ?? 'LIMITS'} in src/lib/limits.ts)`,
      );
    if (stats.size > options.maxBytes) throw tooBig(stats.size);
    // Read at most one byte past the limit, in case the file grew since fstat.
    const buffer = Buffer.allocUnsafe(Math.min(stats.size, options.maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > options.maxBytes) throw tooBig(length);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (cause) {
    if (cause instanceof ContentFileError) throw cause;
    throw new ContentFileError(file, null, reasonFor(cause));
  } finally {
    closeSync(fd);
  }
}

/** Read a content file as UTF-8 text ({@link readContentFile}). */
export function readContentText(path: string, options: ReadContentOptions): string {
  return readContentFile(path, options).toString('utf8');
}

/** Read a YAML content file's text: at most {@link LIMITS.yamlBytes}. */
export function readYamlText(path: string, options: Omit<ReadContentOptions, 'maxBytes'> = {}): string {
  return readContentText(path, { maxBytes: LIMITS.yamlBytes, what: 'a YAML file', limit: 'LIMITS.yamlBytes', ...options });
}

/** Read a YAML content file's bytes: at most {@link LIMITS.yamlBytes}. */
export function readYamlBytes(path: string, options: Omit<ReadContentOptions, 'maxBytes'> = {}): Buffer {
  return readContentFile(path, { maxBytes: LIMITS.yamlBytes, what: 'a YAML file', limit: 'LIMITS.yamlBytes', ...options });
}

/** Read a page text's bytes: at most {@link LIMITS.pageBytes}. */
export function readPageBytes(path: string, options: Omit<ReadContentOptions, 'maxBytes'> = {}): Buffer {
  return readContentFile(path, { maxBytes: LIMITS.pageBytes, what: 'a page', limit: 'LIMITS.pageBytes', ...options });
}

/** File endings of page files: text pages, crawler dumps (TSV, JSON Lines) and OCR or article JSON. */
export const PAGE_EXTENSIONS = ['.txt', '.tsv', '.csv', '.jsonl', '.ndjson', '.json', '.xml', '.hocr', '.html', '.md', '.markdown'] as const;

/**
 * A folder's own documentation in Markdown, never a page: `README.md`, `NOTES.md`, `SOURCES.markdown`. (A `.txt` file of
 * any name stays a page, as it always was.)
 */
export const FOLDER_DOCUMENT = /^(?:readme|changelog|changes|license|licence|contributing|notes|sources)\.(?:md|markdown)$/iu;

/** Whether a file of a pages folder is a page: one of {@link PAGE_EXTENSIONS}, and not the folder's own documentation. */
export function isPageFile(name: string): boolean {
  return PAGE_EXTENSIONS.some((extension) => name.endsWith(extension)) && !FOLDER_DOCUMENT.test(name);
}
const PAGE_NAME = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.-]*(?:${PAGE_EXTENSIONS.map((extension) => `\\${extension}`).join('|')})$`, 'u');

/**
 * Why a page file name cannot be used, or null. The stem becomes a URL path segment and a page
 * key, so it may hold only ASCII letters, digits, `_`, `-` and `.` (not first): `...txt` or
 * `q?x#y%41.txt` would otherwise break the site build.
 */
export function pageNameProblem(name: string): string | null {
  if (name.length > LIMITS.pageNameChars) return `the file name is longer than ${LIMITS.pageNameChars} characters; shorten it`;
  if (!PAGE_NAME.test(name))
    return `the file name may hold only ASCII letters, digits, \`_\`, \`-\` and \`.\` (not first) before its ending (${PAGE_EXTENSIONS.join(', ')}), since it becomes a URL; rename the file`;
  return null;
}
