/**
 * `npm run bench:limits` — the ingest limits of issue 7, measured: a 50 MB page, a single 1 MB
 * line, 10,000 small pages, a binary file, an empty and a white-space-only file, and two pages
 * whose ids would collide. Each must either work (time and memory are printed) or stop with a
 * clear message; a 5-minute timeout per case catches a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const seeds = readdirSync('content/pages')
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join('content/pages', name), 'utf8'));
const root = mkdtempSync(join(tmpdir(), 'bench-limits-'));
const cases: { name: string; make: (dir: string) => void }[] = [
  {
    name: '50 MB page',
    make: (dir) => {
      const parts: string[] = [];
      let size = 0;
      for (let i = 0; size < 50e6; i++) {
        const seed = seeds[i % seeds.length]!;
        parts.push(seed);
        size += Buffer.byteLength(seed);
      }
      writeFileSync(join(dir, 'big.txt'), parts.join('\n\n'));
    },
  },
  { name: 'single 1 MB line', make: (dir) => writeFileSync(join(dir, 'line.txt'), '推进整村授信，'.repeat(50_000)) },
  {
    name: '10,000 small pages',
    make: (dir) => {
      for (let i = 0; i < 10_000; i++)
        writeFileSync(join(dir, `p${String(i).padStart(5, '0')}.txt`), `某县新闻${i}\n\n本报讯(记者张三)近日,某县推进整村授信工作,走访农户${i}户。\n`);
    },
  },
  { name: 'binary file', make: (dir) => writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xd8])) },
  { name: 'empty file', make: (dir) => writeFileSync(join(dir, 'empty.txt'), '') },
  { name: 'white-space-only file', make: (dir) => writeFileSync(join(dir, 'blank.txt'), ' \n\t\n\u3000\n') },
  {
    name: 'duplicate page key',
    make: (dir) => {
      writeFileSync(join(dir, '000_abcdef0123456789.txt'), '标题\n\n本报讯 正文。\n');
      writeFileSync(join(dir, '001_abcdef01ffffffff.txt'), '标题\n\n本报讯 正文。\n');
    },
  },
];
console.log(`${'case'.padEnd(24)}${'input'.padStart(10)}${'exit'.padStart(6)}${'seconds'.padStart(9)}${'peak MB'.padStart(9)}  outcome`);
try {
  for (const entry of cases) {
    const from = join(root, entry.name.replace(/\W+/gu, '-'));
    mkdirSync(from);
    entry.make(from);
    const input = readdirSync(from).reduce((sum, name) => sum + readFileSync(join(from, name)).byteLength, 0);
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, 'scripts/ingest.ts', '--quiet', '--from', from, '--out', join(from, 'out')], {
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const peak = Number(result.stderr.trim().split('\n').at(-1)) / 1024;
    const outcome = result.error
      ? `TIMEOUT/ERROR ${result.error.message}`
      : result.status === 0
        ? (result.stdout.match(/\d+ pages → \d+ units/u)?.[0] ?? 'ok')
        : (result.stderr.split('\n').find((line) => line.startsWith('error:')) ?? result.stderr.slice(0, 120));
    console.log(
      `${entry.name.padEnd(24)}${`${(input / 1e6).toFixed(1)} MB`.padStart(10)}${String(result.status).padStart(6)}${seconds.toFixed(1).padStart(9)}${(Number.isFinite(peak) ? peak.toFixed(0) : '?').padStart(9)}  ${outcome.replace(root, '<tmp>')}`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
