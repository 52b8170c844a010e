import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../src/lib/bench/synthetic-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'ingest-signals-'));
const pages = join(root, 'pages');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run ingest; send `signal` once stderr shows `when` (a progress line); resolve with the outcome and how long the signal took to stop it. */
function ingest(out: string, signal?: { name: NodeJS.Signals; when: RegExp }): Promise<{ code: number | null; stderr: string; stopMs: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/ingest.ts', '--no-cache', '--no-edits', '--from', pages, '--out', out], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sent: number | null = null;
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (signal && sent === null && signal.when.test(stderr)) {
        sent = performance.now();
        child.kill(signal.name);
      }
    });
    child.on('exit', (code, killed) =>
      resolve({
        code: code ?? (killed === 'SIGINT' ? 130 : killed === 'SIGTERM' ? 143 : null),
        stderr,
        stopMs: sent === null ? null : performance.now() - sent,
      }),
    );
  });
}

describe('SIGINT/SIGTERM stop ingest promptly and leave the archive as it was (issue 14, item 5)', () => {
  const out = join(root, 'articles');
  beforeAll(async () => {
    mkdirSync(pages);
    writeCorpus(pages, { pages: 400, seed: 7 });
    const first = await ingest(out);
    expect(first.code).toBe(0);
  }, 120_000);
  const files = () => readdirSync(out).length;

  test('SIGINT while segmenting: stops at once, writes nothing, leaves no lock', async () => {
    const before = files();
    const result = await ingest(out, { name: 'SIGINT', when: /ingest 20\//u });
    expect(result.code).toBe(130);
    expect(result.stopMs).toBeLessThan(1500);
    expect(files()).toBe(before);
    expect(readdirSync(root).sort()).toEqual(['articles', 'pages']);
  }, 60_000);

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s while writing: stops within a second, puts the old archive back, releases the lock',
    async (name, code) => {
      const before = files();
      const result = await ingest(out, { name, when: /ingest: writing /u });
      expect(result.code).toBe(code);
      expect(result.stopMs).toBeLessThan(1500);
      expect(result.stderr).toContain(`ingest: stopped by ${name}; ${out} is as it was`);
      expect(files()).toBe(before);
      expect(existsSync(`${out}.lock`)).toBe(false);
      expect(readdirSync(root).sort()).toEqual(['articles', 'pages']);
      // And a re-run is not refused.
      expect((await ingest(out)).code).toBe(0);
    },
    60_000,
  );
});
