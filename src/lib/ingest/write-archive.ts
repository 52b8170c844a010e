import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ArticleRecord } from './ingest-page.ts';
import { toMdx } from './to-mdx.ts';
import { LIMITS } from '../limits.ts';

/** The marker line that records the hash of what ingest wrote (hand edits change the file, not the marker). */
const HASH_PREFIX = '{/* generated: sha256=';
const HASH_SUFFIX = ' — edit content/edits or content/translations, not this file; ingest keeps a hand-edited copy */}';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The MDX file for an article, with a last line that records the hash of its content. */
export function withHash(mdx: string): string {
  return `${mdx}\n${HASH_PREFIX}${sha256(mdx)}${HASH_SUFFIX}\n`;
}

/** True when a generated file was changed by hand since ingest wrote it (its content no longer matches its hash). */
export function isHandEdited(file: string): boolean {
  const text = readFileSync(file, 'utf8');
  const at = text.lastIndexOf(`\n${HASH_PREFIX}`);
  if (at < 0) return true;
  const recorded = text.slice(at + 1 + HASH_PREFIX.length, at + 1 + HASH_PREFIX.length + 16);
  return sha256(text.slice(0, at)) !== recorded;
}

/** What {@link writeArchive} did. */
export interface WriteReport {
  readonly written: number;
  readonly unchanged: number;
  /** Hand-edited files left as they were (not overwritten without `force`). */
  readonly kept: string[];
  /** Hand-edited files overwritten because `force` was set. */
  readonly overwritten: string[];
  /** What was done to finish or undo an earlier, interrupted write ({@link recoverArchive}). */
  readonly recovered?: string[];
}

/** Hard-link a file; false where the file system cannot (then the caller writes a copy). */
function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/** The file name of an article (its id), e.g. `c1589599-0003.mdx`. */
export const fileNameOf = (article: Pick<ArticleRecord, 'id'>) => `${article.id}.mdx`;

/** The steps of {@link writeArchive}, in order (for fault injection in tests). */
export const WRITE_STEPS = ['lock', 'recover', 'temp', 'write', 'backup', 'commit', 'cleanup'] as const;
export type WriteStep = (typeof WRITE_STEPS)[number];

/** Options for {@link writeArchive}. */
export interface WriteOptions {
  /** Overwrite hand-edited files. */
  readonly force?: boolean;
  /** Stops the write between files (SIGINT/SIGTERM); the archive is left as it was. */
  readonly signal?: AbortSignal;
  /** Called before each step (tests inject failures and crashes here). */
  readonly beforeStep?: (step: WriteStep) => void;
}

const siblings = (out: string, kind: 'tmp' | 'old') => {
  const parent = dirname(out);
  const prefix = `.${basename(out)}.${kind}-`;
  return existsSync(parent)
    ? readdirSync(parent)
        .filter((name) => name.startsWith(prefix))
        .map((name) => join(parent, name))
    : [];
};

/**
 * Finish or undo a write that a crash interrupted (run under the lock): the new archive is
 * swapped in by two renames (`out` → backup, temp → `out`), so after a crash between them `out`
 * is missing and the backup holds the old archive, which is put back. Leftover temporary folders
 * and backups of a finished swap are removed. Returns what it did.
 */
export function recoverArchive(out: string): string[] {
  const done: string[] = [];
  const backups = siblings(out, 'old');
  if (!existsSync(out) && backups.length > 0) {
    renameSync(backups[0]!, out);
    done.push(`restored ${out} from ${basename(backups[0]!)} (an earlier ingest stopped while swapping it in)`);
  }
  for (const leftover of [...siblings(out, 'old'), ...siblings(out, 'tmp')]) {
    rmSync(leftover, { recursive: true, force: true });
    done.push(`removed ${basename(leftover)} left by an earlier ingest`);
  }
  return done;
}

/** How often (in files) the write yields to the event loop, so a signal can stop it. */
const YIELD_EVERY = 200;

/**
 * Write the archive to `out` all at once: everything goes to a temporary folder beside it,
 * which then replaces `out` by rename, so an interrupted run leaves the previous archive
 * intact: a failure, or `signal` aborting, restores it at once; after a crash (the process
 * killed between the two renames) the next run restores it ({@link recoverArchive}). A lock on
 * `out` stops two runs at once. A generated file edited by hand is kept (copied into the new
 * archive unchanged) unless `force` is set.
 */
export async function writeArchive(
  out: string,
  articles: readonly ArticleRecord[],
  extra: Record<string, string>,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const step = (name: WriteStep) => {
    options.signal?.throwIfAborted();
    options.beforeStep?.(name);
  };
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  step('lock');
  // Loaded here, not at start-up: proper-lockfile installs signal handlers when it loads, which
  // would hold back Ctrl-C until the (synchronous) segmentation before this had finished.
  const { default: lockfile } = await import('proper-lockfile');
  let release: (() => Promise<void>) | undefined;
  try {
    // The lock is a `<out>.lock` folder beside the output (proper-lockfile locks the existing parent path).
    release = await lockfile.lock(parent, { lockfilePath: `${out}.lock`, stale: LIMITS.lockStaleMs, update: LIMITS.lockStaleMs / 4 });
  } catch (cause) {
    throw new Error(`Cannot write ${out}: another ingest is writing it (lock ${out}.lock); wait for it to finish, or remove the lock if no ingest is running`, {
      cause,
    });
  }
  const temp = join(parent, `.${basename(out)}.tmp-${process.pid}`);
  const backup = join(parent, `.${basename(out)}.old-${process.pid}`);
  try {
    step('recover');
    const recovered = recoverArchive(out);
    step('temp');
    mkdirSync(temp, { recursive: true });
    let written = 0;
    let unchanged = 0;
    const kept: string[] = [];
    const overwritten: string[] = [];
    const names = new Set<string>();
    step('write');
    for (const [index, article] of articles.entries()) {
      if (index % YIELD_EVERY === YIELD_EVERY - 1) {
        await new Promise((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
      const name = fileNameOf(article);
      // Two units may never share a file: the second would be written over the first, and its text lost.
      if (names.has(name)) throw new Error(`Cannot write ${out}: two units have the id ${article.id} (source ${article.source}); nothing was written`);
      names.add(name);
      const content = withHash(toMdx(article));
      const previous = join(out, name);
      if (existsSync(previous)) {
        const old = readFileSync(previous, 'utf8');
        if (old === content) {
          unchanged++;
          written++;
          // Unchanged: link it into the new archive rather than write it again (a re-run after
          // one page changed then costs that page's files, not every file).
          if (!tryLink(previous, join(temp, name))) writeFileSync(join(temp, name), content);
          continue;
        }
        if (isHandEdited(previous)) {
          if (!options.force) {
            kept.push(previous);
            writeFileSync(join(temp, name), old);
            continue;
          }
          overwritten.push(previous);
        }
      }
      writeFileSync(join(temp, name), content);
      written++;
    }
    // Hand-edited files of units that no longer exist are kept too: nothing a person wrote is lost.
    if (existsSync(out)) {
      for (const name of readdirSync(out)) {
        if (!name.endsWith('.mdx') || names.has(name)) continue;
        if (isHandEdited(join(out, name)) && !options.force) {
          kept.push(join(out, name));
          writeFileSync(join(temp, name), readFileSync(join(out, name)));
        }
      }
    }
    for (const [name, content] of Object.entries(extra)) writeFileSync(join(temp, name), content);
    step('backup');
    if (existsSync(out)) renameSync(out, backup);
    step('commit');
    renameSync(temp, out);
    step('cleanup');
    rmSync(backup, { recursive: true, force: true });
    return { written, unchanged, kept, overwritten, recovered };
  } finally {
    rmSync(temp, { recursive: true, force: true });
    if (existsSync(backup) && !existsSync(out)) renameSync(backup, out);
    await release?.();
  }
}
