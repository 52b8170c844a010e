import type { APIRoute } from 'astro';
import { url } from '../lib/site/urls.ts';

/** `robots.txt`: every page may be indexed; the sitemap lists them in both scripts. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('sitemap.xml'), site ?? 'http://localhost').href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
