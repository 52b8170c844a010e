import { archiveSiteSetting } from '../config/env.ts';

/**
 * The warning `npm run build` prints when ARCHIVE_SITE is not set: every permalink and citation
 * of the build then points to localhost, which no reader can open.
 *
 * @example archiveSiteWarning({}) // → ['WARNING: ARCHIVE_SITE is not set …', …]
 * @example archiveSiteWarning({ ARCHIVE_SITE: 'https://user.github.io' }) // → null
 */
export function archiveSiteWarning(env: Readonly<Record<string, string | undefined>>): string[] | null {
  if (archiveSiteSetting(env)?.trim()) return null;
  const rule = '!'.repeat(78);
  return [
    rule,
    'WARNING: ARCHIVE_SITE is not set. Every permalink and citation in this build (Chicago, APA,',
    'GB/T 7714, BibTeX, RIS, CSL-JSON) points to http://localhost:4321, which readers cannot open.',
    'Build for publication with the site origin, e.g.',
    '  ARCHIVE_SITE=https://user.github.io ARCHIVE_BASE=/repo/ npm run build',
    '(GitHub Actions sets it from actions/configure-pages; see README.)',
    rule,
  ];
}
