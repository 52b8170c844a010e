/**
 * `npm run screenshots -- [--out <folder>] [path …]` — serve dist/ and take screenshots of
 * pages at 375 px and 1280 px, light and dark, for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/browser/chromium.ts';
import { serveSite } from '../test/browser/serve.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: '.tmp/screenshots' }, dist: { type: 'string', default: 'dist' }, mode: { type: 'string' } },
  allowPositionals: true,
});
const paths = positionals.length > 0 ? positionals : ['', 'articles/c1589599-0593/', 'glossary/zheng-cun-shou-xin/', 'search/'];
mkdirSync(values.out!, { recursive: true });
const site = await serveSite(values.dist!, process.env.ARCHIVE_BASE || '/');
const browser = await launchChromium();
try {
  for (const path of paths) {
    for (const width of [375, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        if (values.mode) await page.addInitScript((mode) => localStorage.setItem('archive:reading-mode', mode), values.mode);
        await page.goto(site.url(path), { waitUntil: 'networkidle' });
        const name = `${values.out}/${(path || 'home').replace(/[/#?]+/gu, '_').replace(/_$/u, '')}-${width}-${scheme}${values.mode ? `-${values.mode}` : ''}.png`;
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
