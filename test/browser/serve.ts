import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built site served on localhost under a base path, for browser tests and screenshots. */
export interface ServedSite {
  readonly origin: string;
  readonly url: (path: string) => string;
  close(): Promise<void>;
}

/**
 * Serve `dist` under `base` (e.g. `/archive/`) on a free localhost port, the way GitHub
 * Pages serves a project site: anything outside the base is a 404.
 */
export async function serveSite(dist: string, base = '/'): Promise<ServedSite> {
  const files = sirv(dist, { dev: true, etag: false, extensions: ['html'] });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.statusCode = 404;
      response.end('not found (outside the base path)');
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.statusCode = 404;
      response.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path: string) => `${origin}${base}${path.replace(/^\//u, '')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
