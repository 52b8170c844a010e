/**
 * `npm run screenshots -- [--out <folder>] [--mode zh|en|both] [--annotations all|first|none]
 * [--ui both|en|zh] [--tap <css selector>] [path …]` — serve dist/ and take screenshots of pages at
 * 375 px and 1280 px, light and dark, for a person to look at. `--mode`, `--annotations` and `--ui`
 * set the reader's remembered choices first; `--tap` taps the first element matching the selector
 * (at 375 px, as a touch screen) before the shot, e.g. a glossary term to show its sheet.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { archiveBase } from '../src/lib/config/env.ts';
import { launchChromium } from '../test/browser/chromium.ts';
import { serveSite } from '../test/browser/serve.ts';

const { values, positionals } = parseArgs({
  options: {
    out: { type: 'string', default: '.tmp/screenshots' },
    dist: { type: 'string', default: 'dist' },
    mode: { type: 'string' },
    annotations: { type: 'string' },
    ui: { type: 'string' },
    tap: { type: 'string' },
  },
  allowPositionals: true,
});
const paths = positionals.length > 0 ? positionals : ['', 'articles/c1589599-0593/', 'glossary/zheng-cun-shou-xin/', 'search/'];
const choices: Record<string, string | undefined> = {
  'archive:reading-mode': values.mode,
  'archive:annotations': values.annotations,
  'archive:interface': values.ui,
};
const suffix = [values.mode, values.annotations && `notes-${values.annotations}`, values.ui && `ui-${values.ui}`, values.tap && 'tap']
  .filter(Boolean)
  .join('-');
mkdirSync(values.out!, { recursive: true });
const site = await serveSite(values.dist!, archiveBase());
const browser = await launchChromium();
try {
  for (const path of paths) {
    for (const width of values.tap ? [375] : [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          colorScheme: scheme,
          hasTouch: Boolean(values.tap),
          isMobile: Boolean(values.tap),
        });
        await page.addInitScript((saved) => {
          for (const [key, value] of Object.entries(saved)) if (value) localStorage.setItem(key, value);
        }, choices);
        await page.goto(site.url(path), { waitUntil: 'networkidle' });
        if (values.tap) await page.locator(values.tap).first().tap();
        const name = `${values.out}/${(path || 'home').replace(/[/#?.]+/gu, '_').replace(/_$/u, '')}-${width}-${scheme}${suffix ? `-${suffix}` : ''}.png`;
        await page.screenshot({ path: name, fullPage: false });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}
