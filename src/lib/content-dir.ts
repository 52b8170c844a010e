import { join } from 'node:path';
import { contentDir } from './config/env.ts';

/**
 * The folder the archive's content lives in: `content/` by default, or `ARCHIVE_CONTENT_DIR`
 * (tests and benchmarks build a copy of the archive from a temporary folder).
 * @example contentPath('glossary') // → 'content/glossary'
 */
export function contentPath(...parts: string[]): string {
  return join(contentDir(), ...parts);
}
