/**
 * The file work of a sharded build (scripts/build-site.ts `--shard`, `--merge`; the split itself
 * is in shard.ts): stage a shard's MDX files, keep only its pages, write its manifest, and in the
 * merge check the shards, merge their term uses and copy their pages into the site.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentPath } from '../content-dir.ts';
import type { TermUse } from '../glossary/uses.ts';
import { archiveArticles, sourcePages } from './archive.ts';
import { mergeUses, splitSources } from './shard.ts';

/** What a shard's `_shard/shard.json` records. */
export interface ShardManifest {
  readonly k: number;
  readonly n: number;
  /** Its source pages (file names). */
  readonly sources: readonly string[];
}

/** The folders a shard's site holds: its article and source pages (and their Traditional copies under hant/) and assets. */
const SHARD_PARTS = new Set(['articles', 'sources', '_astro']);
const SHARD_DIR = '_shard';

const currentSplit = (n: number) =>
  splitSources(
    sourcePages().map((page) => page.file),
    archiveArticles(),
    n,
  );

/**
 * Hard-link (or copy, across file systems) the MDX files of shard k's articles into `dir`, for
 * Astro's content collection (ARCHIVE_ARTICLES_DIR). An MDX file that no unit of articles.json
 * names goes to shard 1, so every file is built by exactly one shard, as the whole build would.
 */
export function stageShardArticles(k: number, n: number, dir: string): { sources: readonly string[]; articles: number } {
  const sources = currentSplit(n)[k - 1]!;
  const mine = new Set(sources);
  const sourceOf = new Map(archiveArticles().map((article) => [article.id, article.source]));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const from = contentPath('articles');
  let articles = 0;
  for (const name of readdirSync(from).filter((file) => file.endsWith('.mdx'))) {
    const source = sourceOf.get(name.slice(0, -'.mdx'.length));
    if (source === undefined ? k !== 1 : !mine.has(source)) continue;
    try {
      linkSync(join(from, name), join(dir, name));
    } catch {
      copyFileSync(join(from, name), join(dir, name));
    }
    articles++;
  }
  return { sources, articles };
}

/** Remove what a shard does not publish: every page made from the whole archive (the merge builds those). */
export function pruneToShardPages(dist: string): void {
  for (const entry of readdirSync(dist)) if (!SHARD_PARTS.has(entry)) rmSync(join(dist, entry), { recursive: true, force: true });
}

/** Move the shard's search records and term uses into `<dist>/_shard/` beside its manifest. */
export function writeShardManifest(dist: string, k: number, n: number, shardData: string): void {
  rmSync(join(dist, SHARD_DIR), { recursive: true, force: true });
  renameSync(shardData, join(dist, SHARD_DIR));
  const manifest: ShardManifest = { k, n, sources: currentSplit(n)[k - 1]! };
  writeFileSync(join(dist, SHARD_DIR, 'shard.json'), `${JSON.stringify(manifest)}\n`);
}

/**
 * Check the shard folders (one of each k of the same n, each built from the source pages the
 * current content gives it) and write their merged term uses to `usesFile`. Returns the folders
 * in shard order.
 */
export function readShardManifests(folders: readonly string[], usesFile: string): string[] {
  const manifests = folders.map((folder) => {
    const file = join(folder, SHARD_DIR, 'shard.json');
    if (!existsSync(file)) throw new Error(`${file} is missing: ${folder} is not a shard built by \`npm run build -- --shard k/n\``);
    return { folder, manifest: JSON.parse(readFileSync(file, 'utf8')) as ShardManifest };
  });
  const n = manifests[0]!.manifest.n;
  const ks = manifests.map(({ manifest }) => manifest.k).sort((a, b) => a - b);
  if (manifests.some(({ manifest }) => manifest.n !== n) || ks.join() !== Array.from({ length: n }, (_, i) => i + 1).join())
    throw new Error(
      `the merge needs shards 1 to n of one split, exactly once each; got ${manifests.map(({ manifest }) => `${manifest.k}/${manifest.n}`).join(', ')}`,
    );
  const split = currentSplit(n);
  for (const { folder, manifest } of manifests)
    if (manifest.sources.join('\n') !== split[manifest.k - 1]!.join('\n'))
      throw new Error(
        `${folder}: shard ${manifest.k}/${n} was built from other source pages than this content gives it; build the shards and the merge from the same content`,
      );
  const sorted = manifests.sort((a, b) => a.manifest.k - b.manifest.k).map(({ folder }) => folder);
  const uses = mergeUses(
    sorted.map((folder) => JSON.parse(readFileSync(join(folder, SHARD_DIR, 'uses.json'), 'utf8')) as Record<string, TermUse[]>),
    archiveArticles(),
  );
  writeFileSync(usesFile, JSON.stringify(Object.fromEntries(uses)));
  return sorted;
}

/** Every file under a folder, relative to it, except the shard's own data. */
function filesOf(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (dir === root && entry.name === SHARD_DIR) continue;
    if (entry.isDirectory()) filesOf(root, path, out);
    else out.push(relative(root, path));
  }
  return out;
}

/**
 * Copy every shard's pages into the merged site. Two builds writing the same file must agree
 * (shared assets are named by their content hash); anything else is an error naming the file.
 */
export function assembleShards(dist: string, folders: readonly string[]): void {
  for (const folder of folders) {
    for (const file of filesOf(folder)) {
      const target = join(dist, file);
      if (existsSync(target)) {
        if (!readFileSync(target).equals(readFileSync(join(folder, file))))
          throw new Error(`${join(folder, file)} differs from the file of the same name another part of the build wrote`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(folder, file), target);
    }
  }
}
