import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A built copy of the archive: its content folder and its `dist/`. */
export interface BuiltSite {
  readonly root: string;
  readonly content: string;
  readonly dist: string;
  readonly base: string;
}

function run(command: string, args: string[], env: Record<string, string>): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** The access date the test builds give their citations: builds compared byte for byte must not straddle midnight. */
export const TEST_ACCESSED = '2026-01-15';

/**
 * Build the archive from a temporary copy of `content/` plus extra pages (a hostile fixture) and
 * overlay content folders (test/fixtures/security/content),
 * under a sub-path base, exactly as `npm run build` does: ingest, then build:site (astro build and
 * the search index side by side, then the Traditional pages).
 */
export function buildSite(extraPages: string[] = [], base = '/archive/', overlays: string[] = []): BuiltSite {
  const root = mkdtempSync(join(tmpdir(), 'archive-build-'));
  const content = join(root, 'content');
  for (const part of ['pages', 'edits', 'glossary', 'translations']) cpSync(join('content', part), join(content, part), { recursive: true });
  for (const page of extraPages) cpSync(page, join(content, 'pages', page.split('/').pop()!));
  // An overlay is a content folder whose files are added to (or replace) the copy's.
  for (const overlay of overlays) cpSync(overlay, content, { recursive: true });
  const dist = join(root, 'dist');
  const env = {
    ARCHIVE_CONTENT_DIR: content,
    ARCHIVE_BASE: base,
    ARCHIVE_SITE: 'https://example.github.io',
    ARCHIVE_CACHE_DIR: join(root, 'cache'),
    ARCHIVE_ACCESSED: TEST_ACCESSED,
  };
  run(process.execPath, ['scripts/ingest.ts', '--quiet'], env);
  run(process.execPath, ['scripts/build-site.ts', '--out-dir', dist], env);
  return { root, content, dist, base };
}
