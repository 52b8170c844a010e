import { readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import { hasChromium } from './chromium.ts';
import { useSiteInChromium } from './site-in-chromium.ts';

/**
 * The security matrix in Chromium (issue 14): the pages that carry the payloads of
 * test/fixtures/security (both scripts) are loaded as a visitor would; none may set a global,
 * open a dialog, navigate away or lose its CSP. Without Chromium it is skipped and the run says
 * so; under CI the availability test in site.test.ts fails the run.
 */
const site = inject('site');
const chromium = useSiteInChromium(site);

describe.skipIf(!hasChromium)('security matrix in Chromium (issue 14)', () => {
  test('the payload pages of both scripts run nothing, open no dialog, stay put and keep their CSP', async () => {
    const units = (JSON.parse(readFileSync(`${site.dist}/data/articles.json`, 'utf8')) as { id: string; source: string }[]).filter((unit) =>
      ['matrix.txt', 'attribute-break.txt'].includes(unit.source),
    );
    expect(units.length).toBeGreaterThanOrEqual(6);
    const paths = [...units.map((unit) => `articles/${unit.id}/`), 'glossary/an-quan-ce-shi-shu-yu/', 'glossary/', ''];
    // Source pages are shown as printed: one copy serves both scripts.
    const sources = ['sources/matrix/', 'sources/attribute-break/'];
    const seen: string[] = [];
    for (const path of [...paths, ...sources, ...paths.map((path) => `hant/${path}`)]) {
      const page = await chromium.browser.newPage();
      page.on('dialog', async (dialog) => {
        seen.push(`${path}: dialog ${dialog.message()}`);
        await dialog.dismiss();
      });
      const url = chromium.served.url(path);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        csp: document.querySelector('meta[http-equiv="content-security-policy" i]')?.parentElement?.tagName ?? null,
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].filter((attribute) => /^on/iu.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
        ),
        refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
      }));
      expect(page.url(), path).toBe(url);
      expect(state, path).toEqual({ pwned: undefined, csp: 'HEAD', handlers: [], refresh: 0 });
      await page.close();
    }
    expect(seen).toEqual([]);
  }, 120_000);
});
