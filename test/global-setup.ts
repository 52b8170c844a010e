import type { TestProject } from 'vitest/node';
import { hasChromium, INSTALL_HINT } from './browser/chromium.ts';
import { buildSite } from './integration/build-site.ts';

/**
 * Build the archive once for the whole test run (from a temporary copy of content/ plus
 * the hostile fixture page, under the sub-path base `/archive/`), and hand its location to
 * the integration and browser tests.
 */
export default function setup(project: TestProject): (() => void) | undefined {
  // `npm test -- test/lib` runs without the build; the full run and the integration and
  // browser tests need it.
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && !arg.endsWith('vitest') && !arg.endsWith('vitest.mjs'));
  if (filters.length > 0 && !filters.some((filter) => /integration|browser|^test\/?$/u.test(filter))) return;
  void project;
  const started = Date.now();
  const site = buildSite(
    ['test/fixtures/hostile/hostile-payloads.txt', 'test/fixtures/hostile/slug-collision.txt', 'test/fixtures/scale/many-uses.txt'],
    '/archive/',
    ['test/fixtures/security/content'],
  );
  console.log(`global setup: built the archive in ${((Date.now() - started) / 1000).toFixed(1)} s (${site.dist})`);
  project.provide('site', site);
  // Said at the start and again under the summary, so a skipped browser suite is never silent.
  const browserNote = `browser tests SKIPPED: ${INSTALL_HINT}${process.env.CI ? ' (CI: this fails the run)' : ''}`;
  if (!hasChromium) console.warn(browserNote);
  return () => {
    if (!hasChromium) console.warn(`\n${browserNote}\n`);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: import('./integration/build-site.ts').BuiltSite;
  }
}
