/**
 * Build the Pagefind index over the built site (`dist/`), through Pagefind's Node API.
 * Only article pages are indexed (they carry `data-pagefind-body`).
 */
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
  console.log(`pagefind: indexed ${added.page_count} pages into ${site}/pagefind`);
} finally {
  await pagefind.close();
}
