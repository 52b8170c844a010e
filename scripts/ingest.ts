/**
 * `npm run ingest -- [--from <folder>] [--out <folder>] [--no-edits] [--force] [--encoding <name>] [--no-cache]`
 *
 * Turns a folder of raw page texts into one MDX file per article (plus `articles.json`).
 * Defaults: `--from content/pages --out content/articles`, with the fixes in `content/edits`.
 * Pages whose text, metadata, fixes and the ingest code are unchanged since the last run are
 * taken from a cache by content hash (`$ARCHIVE_CACHE_DIR/ingest`, default
 * `node_modules/.cache/archive-ingest`); `--no-cache` segments every page again.
 */
import '../src/lib/content-files/report-errors.ts';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { ingestFolder, IngestError, PAGE_EXTENSIONS } from '../src/lib/ingest/ingest-folder.ts';
import { folderPageCache } from '../src/lib/ingest/page-cache.ts';
import { PageReadError, ENCODINGS, type PageEncoding } from '../src/lib/ingest/read-page.ts';
import { contentPath } from '../src/lib/content-dir.ts';
import { ingestCacheDir } from '../src/lib/config/env.ts';
import { ContentFileError } from '../src/lib/content-files/read-content-file.ts';
import { writeArchive } from '../src/lib/ingest/write-archive.ts';
import { articlesJson } from '../src/lib/ingest/articles-json.ts';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FormatError, PAGE_FORMATS, readDocument, type PageFormat } from '../src/lib/ingest/formats/detect.ts';
import { explainDocument } from '../src/lib/ingest/explain.ts';
import { FLAGS, PAGE_FLAGS, suggestFix, type Flag } from '../src/lib/ingest/flags.ts';
import { readPage } from '../src/lib/ingest/read-page.ts';

const usage =
  'usage: npm run ingest -- [--from <folder>] [--out <folder>] [--edits <folder>] [--no-edits] [--force] [--encoding ' +
  ENCODINGS.join('|') +
  '] [--format ' +
  PAGE_FORMATS.join('|') +
  '] [--strict] [--no-cache] [--quiet]\n       npm run ingest -- --explain <page> [--format …] [--encoding …]';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        from: { type: 'string', default: contentPath('pages') },
        out: { type: 'string', default: contentPath('articles') },
        edits: { type: 'string', default: contentPath('edits') },
        'no-edits': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        encoding: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        format: { type: 'string' },
        explain: { type: 'string' },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.format && !(PAGE_FORMATS as readonly string[]).includes(values.format)) {
    console.error(`error: unknown format \`${values.format}\`, expected one of ${PAGE_FORMATS.join(', ')}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (values.explain) {
    // One page, nothing written: what each rule decided.
    const path = existsSync(values.explain) ? values.explain : join(values.from!, values.explain);
    try {
      const decoded = readPage(path, path, values.encoding as PageEncoding | undefined);
      const name = basename(path);
      console.log(`${path}: decoded as ${decoded.encoding} (${decoded.how})`);
      for (const line of explainDocument(readDocument(decoded.text, name, values.format as PageFormat | undefined), name)) console.log(line);
    } catch (error) {
      if (!(error instanceof PageReadError || error instanceof FormatError)) throw error;
      console.error(`error: ${path}${error instanceof FormatError && error.line ? `:${error.line}` : ''}: ${error.message}`);
      process.exitCode = 1;
    }
    return;
  }
  const started = performance.now();
  const bar =
    process.stderr.isTTY && !values.quiet
      ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} pages  {page}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
  const cache = values['no-cache'] ? null : folderPageCache(ingestCacheDir());
  let result;
  try {
    result = ingestFolder({
      cache: cache ?? undefined,
      from: values.from!,
      edits: values['no-edits'] ? null : values.edits!,
      encoding: values.encoding as PageEncoding | undefined,
      format: values.format as PageFormat | undefined,
      onPage: (index, total, page) => {
        if (bar) {
          if (index === 1) bar.start(total, 0, { page });
          bar.update(index, { page });
        } else if (!values.quiet) console.error(`ingest ${index}/${total} ${page}`);
      },
    });
  } catch (error) {
    bar?.stop();
    if (error instanceof IngestError || error instanceof PageReadError || error instanceof ContentFileError) {
      console.error(`error: ${error.message}\nNothing was written; ${values.out} is as it was.`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
  bar?.stop();
  const segmented = performance.now();
  const articles = result.pages.flatMap((page) => page.articles);
  // Segmentation above runs with Node's default signal handling (Ctrl-C stops it at once; nothing
  // is written yet). From here a signal stops the write between files, which puts the previous
  // archive back and releases the lock.
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => controller.abort(signal);
  // (`on`, not `once`: proper-lockfile's signal-exit kills the process at once when it is the only listener left.)
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (!values.quiet) console.error(`ingest: writing ${values.out}`);
  let report;
  try {
    report = await writeArchive(
      values.out!,
      articles,
      { 'articles.json': articlesJson(articles, result.pages) },
      { force: values.force, signal: controller.signal },
    );
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    console.error(`ingest: stopped by ${String(controller.signal.reason)}; ${values.out} is as it was`);
    process.exit(controller.signal.reason === 'SIGINT' ? 130 : 143);
  }
  const elapsed = performance.now() - started;

  const kinds = new Map<string, number>();
  for (const article of articles) kinds.set(article.kind, (kinds.get(article.kind) ?? 0) + 1);
  const warnings = [
    ...result.skipped.map((name) => `${values.from}/${name}  warning  not a page file (pages end in ${PAGE_EXTENSIONS.join(', ')}); skipped`),
    ...result.pages.flatMap((page) =>
      page.warnings.map((warning) => `${values.from}/${page.source}${warning.line ? `:${warning.line}` : ''}  warning  ${warning.message}`),
    ),
  ];
  const unassigned = result.pages.reduce((sum, page) => sum + page.unassigned.length, 0);
  // A page that probably did not segment is a warning too (listed with its flags below): never `warnings: 0`.
  const unsegmented = result.pages.filter((page) => page.unsegmented);
  if (!values.quiet) for (const line of warnings) console.log(line);
  console.log(
    `\n${result.pages.length} pages → ${articles.length} units (${[...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ')})${cache ? `; ${cache.hits} pages unchanged since the last run (from the cache), ${cache.misses} segmented` : ''}`,
  );
  console.log(
    `${values['no-edits'] ? 'editorial fixes: not applied (--no-edits)' : `editorial fixes applied: ${result.pages.reduce((sum, page) => sum + page.editsApplied, 0)} of ${result.editCount}`}; unassigned texts: ${unassigned}; warnings: ${warnings.length + unsegmented.length}${unsegmented.length > 0 ? ` (${unsegmented.length} ${unsegmented.length === 1 ? 'page' : 'pages'} that probably did not segment)` : ''}`,
  );
  // Formats and encodings as detected, per page (aggregated on a large run).
  const formats = new Map<string, number>();
  for (const page of result.pages) formats.set(`${page.format} (${page.encoding ?? '?'})`, (formats.get(`${page.format} (${page.encoding ?? '?'})`) ?? 0) + 1);
  if (!values.quiet && result.pages.length <= 50)
    for (const page of result.pages)
      console.log(`${values.from}/${page.source}: ${page.format}, ${page.encoding ?? '?'}: ${page.formatEvidence}; ${page.articles.length} units`);
  console.log(`formats: ${[...formats].map(([format, count]) => `${count} ${format}`).join(', ')}`);
  // What the segmenter is unsure of: every flagged unit with its place and the fix that would address it.
  const flagged = result.pages.flatMap((page) => page.articles.filter((article) => article.flags.length > 0).map((article) => ({ page, article })));
  const unsure = flagged.filter(({ article }) => article.flags.some((flag) => flag !== 'title-inferred'));
  if (!values.quiet) {
    // Page-wide flags once per page (at its first flagged unit), unit flags per unit.
    const said = new Set<string>();
    for (const { page, article } of unsure) {
      const line = article.lines[0]?.[0] ?? article.headLines[0]?.[0] ?? 1;
      for (const flag of article.flags.filter((entry) => entry !== 'title-inferred') as Flag[]) {
        const key = `${page.source}\0${flag}`;
        if (PAGE_FLAGS.has(flag) && said.has(key)) continue;
        said.add(key);
        console.log(`${values.from}/${page.source}:${line}  flag  ${flag}: ${FLAGS[flag]}\n    fix: ${suggestFix(flag, article, page.source)}`);
      }
    }
  }
  for (const page of unsegmented)
    console.log(
      `WARNING: ${values.from}/${page.source} probably did not segment (${page.articles.length} units; flags: ${[...new Set(page.articles.flatMap((article) => article.flags))].join(', ')}); see \`npm run ingest -- --explain ${page.source}\``,
    );
  console.log(
    `flagged units: ${unsure.length} (plus ${flagged.length - unsure.length} with only an inferred title); pages that probably did not segment: ${unsegmented.length}`,
  );
  if (values.strict && unsegmented.length > 0) {
    console.error(`--strict: ${unsegmented.length} pages probably did not segment`);
    process.exitCode = 1;
  }
  const lost = result.accounting.filter((page) => page.missing > 0 || page.extra > 0);
  const chars = result.accounting.reduce((sum, page) => sum + page.chars, 0);
  console.log(
    lost.length === 0
      ? `nothing lost: all ${chars.toLocaleString('en')} printed characters of ${result.pages.length} pages are in exactly one published place`
      : `WARNING: ${lost.length} pages do not account for every character: ${lost.map((page) => `${page.source} (${page.missing} missing, ${page.extra} extra)`).join(', ')}`,
  );
  for (const line of report.recovered ?? []) console.log(line);
  for (const file of report.kept) console.log(`kept hand-edited ${file} (rerun with --force to overwrite it)`);
  for (const file of report.overwritten) console.log(`overwrote hand-edited ${file} (--force)`);
  console.log(
    `wrote ${values.out}: ${report.written} files (${report.unchanged} unchanged), in ${(elapsed / 1000).toFixed(2)} s (segmenting ${((segmented - started) / 1000).toFixed(2)} s)`,
  );
}

await main();
