import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { hasChromium, launchChromium } from './chromium.ts';
import { serveSite, type ServedSite } from './serve.ts';

/**
 * For a browser test file: before its tests, serve the built site and launch Chromium (when there
 * is one); after them, close both. The returned object's fields are set once `beforeAll` has run.
 */
export function useSiteInChromium(site: { dist: string; base: string }): { browser: Browser; served: ServedSite } {
  const context = {} as { browser: Browser; served: ServedSite };
  beforeAll(async () => {
    if (!hasChromium) return;
    context.served = await serveSite(site.dist, site.base);
    context.browser = await launchChromium();
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.served?.close();
  });
  return context;
}
