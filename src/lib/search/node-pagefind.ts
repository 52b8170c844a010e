import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import type { PagefindApi } from './pagefind-api.ts';

export type { PagefindApi, PagefindResultData } from './pagefind-api.ts';

let fetchPatched = false;
let instances = 0;

/**
 * Bytes a file costs to transfer: Pagefind's index files (`.pf_*`, WASM) are compressed
 * already and served as they are; text (JSON, JavaScript) is served gzip-compressed by
 * GitHub Pages, so it counts at its gzip size.
 */
export function transferBytes(path: string, data: Uint8Array): number {
  return /\.(?:json|js|mjs)$/u.test(path) ? gzipSync(data).byteLength : data.byteLength;
}

/**
 * Load a built Pagefind bundle in Node and search it with Pagefind's own browser code (the
 * same WASM and the same ranking as in the browser). Pagefind fetches its index files; in
 * Node `fetch` cannot read `file:` URLs, so those are served from disk, and the bytes they
 * would cost to transfer are counted ({@link transferBytes}), starting with `pagefind.js` and
 * the worker script a browser loads with it (which Node does not).
 */
export async function loadPagefind(bundleDir: string): Promise<{ api: PagefindApi; bytesRead: () => number; resetBytes: () => void }> {
  const scripts = ['pagefind.js', 'pagefind-worker.js']
    .map((name) => join(bundleDir, name))
    .reduce((total, path) => total + transferBytes(path, readFileSync(path)), 0);
  let bytes = scripts;
  if (!fetchPatched) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith('file:')) return realFetch(input, init);
      const path = fileURLToPath(url.split('?')[0]!);
      const data = await readFile(path);
      (globalThis as { __pagefindBytes?: (n: number) => void }).__pagefindBytes?.(transferBytes(path, data));
      return new Response(data, { headers: { 'Content-Type': url.endsWith('.json') ? 'application/json' : 'application/octet-stream' } });
    }) as typeof fetch;
    fetchPatched = true;
  }
  (globalThis as { __pagefindBytes?: (n: number) => void }).__pagefindBytes = (n) => {
    bytes += n;
  };
  // Each load gets its own module instance (a query string makes the URL unique), so a cold search can be measured.
  const api = (await import(`${pathToFileURL(join(bundleDir, 'pagefind.js')).href}?instance=${++instances}`)) as PagefindApi;
  await api.options({ basePath: `${pathToFileURL(bundleDir).href}/` });
  await api.init();
  return { api, bytesRead: () => bytes, resetBytes: () => (bytes = scripts) };
}
