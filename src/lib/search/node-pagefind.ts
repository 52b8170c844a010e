import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { PagefindApi } from './pagefind-api.ts';

export type { PagefindApi, PagefindResultData } from './pagefind-api.ts';

let fetchPatched = false;
let instances = 0;

/**
 * Load a built Pagefind bundle in Node and search it with Pagefind's own browser code (the
 * same WASM and the same ranking as in the browser). Pagefind fetches its index files; in
 * Node `fetch` cannot read `file:` URLs, so those are served from disk, and bytes read are
 * counted (a stand-in for bytes transferred).
 */
export async function loadPagefind(bundleDir: string): Promise<{ api: PagefindApi; bytesRead: () => number; resetBytes: () => void }> {
  let bytes = 0;
  if (!fetchPatched) {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith('file:')) return realFetch(input, init);
      const data = await readFile(fileURLToPath(url.split('?')[0]!));
      (globalThis as { __pagefindBytes?: (n: number) => void }).__pagefindBytes?.(data.byteLength);
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
  return { api, bytesRead: () => bytes, resetBytes: () => (bytes = 0) };
}
