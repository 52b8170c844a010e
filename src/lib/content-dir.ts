import { join } from 'node:path';

/**
 * The folder the archive's content lives in: `content/` by default, or `ARCHIVE_CONTENT_DIR`
 * (tests and benchmarks build a copy of the archive from a temporary folder).
 * @example contentPath('glossary') // → 'content/glossary'
 */
export function contentPath(...parts: string[]): string {
  const base = process.env.ARCHIVE_CONTENT_DIR || 'content';
  return join(base, ...parts);
}
