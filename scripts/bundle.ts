/**
 * `npm run bundle -- [--out archive-offline.zip]` — an offline copy of the archive: the site
 * built for the root path (`/`), zipped with a README that says how to serve it locally
 * (Pagefind cannot search from file://). Builds into a temporary folder; dist/ is untouched.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'archive-offline.zip' } } });
const work = mkdtempSync(join(tmpdir(), 'archive-bundle-'));
const dist = join(work, 'archive');
const env = { ...process.env, ARCHIVE_BASE: '/', ARCHIVE_SITE: 'http://localhost:8000' };
const step = (label: string, args: string[]) => {
  process.stderr.write(`bundle: ${label}…\n`);
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`bundle: ${label} failed (exit ${result.status})`);
};
try {
  step('building the site for / (pages, search index, Traditional pages)', ['scripts/build-site.ts', '--out-dir', dist]);
  writeFileSync(
    join(dist, 'README-OFFLINE.txt'),
    [
      'Local Governance Archive — offline copy',
      '',
      'Search needs the pages to be served over HTTP (browsers block it on file:// pages).',
      'From the folder this file is in, run ONE of:',
      '',
      '  python3 -m http.server 8000',
      '  npx serve -l 8000 .          (if Node.js is installed)',
      '',
      'then open http://localhost:8000/ in a browser. Everything, search included, works without a network.',
      '',
    ].join('\n'),
  );
  const files: Zippable = {};
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        const data = readFileSync(path);
        bytes += statSync(path).size;
        files[`archive/${relative(dist, path).split('\\').join('/')}`] = [data, { level: /\.(?:png|jpg|woff2|pagefind|pf_\w+)$/u.test(path) ? 0 : 6 }];
      }
    }
  };
  walk(dist);
  const zip = zipSync(files);
  writeFileSync(values.out!, zip);
  console.log(
    `bundle: ${values.out} (${(zip.byteLength / 1e6).toFixed(1)} MB zipped, ${(bytes / 1e6).toFixed(1)} MB unpacked, ${Object.keys(files).length} files)`,
  );
  console.log('Unpack and serve: unzip archive-offline.zip && cd archive && python3 -m http.server 8000 → http://localhost:8000/');
} finally {
  rmSync(work, { recursive: true, force: true });
}
