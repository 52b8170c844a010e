import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** Ingest and build a copy of content/ (plus extra pages) into its own folder, with its own cache. */
async function build(extra: string[]): Promise<{ code: number | null; output: string; dist: string }> {
  const root = mkdtempSync(join(tmpdir(), 'side-by-side-'));
  roots.push(root);
  const content = join(root, 'content');
  for (const part of ['pages', 'edits', 'glossary', 'translations']) cpSync(join('content', part), join(content, part), { recursive: true });
  for (const page of extra) cpSync(page, join(content, 'pages', page.split('/').pop()!));
  const env = { ARCHIVE_CONTENT_DIR: content, ARCHIVE_CACHE_DIR: join(root, 'cache') };
  const ingest = await run(['scripts/ingest.ts', '--quiet'], env);
  if (ingest.code !== 0) return { ...ingest, dist: '' };
  const dist = join(root, 'dist');
  return { ...(await run(['scripts/build-site.ts', '--out-dir', dist], env)), dist };
}

describe('two builds side by side, with different content and cache folders (issue 14)', () => {
  test('both succeed, each with its own pages', async () => {
    const [plain, hostile] = await Promise.all([build([]), build(['test/fixtures/hostile/hostile-payloads.txt'])]);
    expect(plain.code, plain.output.slice(-2000)).toBe(0);
    expect(hostile.code, hostile.output.slice(-2000)).toBe(0);
    const articles = (dist: string) => readdirSync(join(dist, 'articles'));
    expect(articles(plain.dist).some((id) => id.startsWith('hostile-payloads'))).toBe(false);
    expect(articles(hostile.dist).some((id) => id.startsWith('hostile-payloads'))).toBe(true);
    expect(articles(hostile.dist).length).toBe(articles(plain.dist).length + articles(hostile.dist).filter((id) => id.startsWith('hostile-payloads')).length);
  }, 300_000);
});
