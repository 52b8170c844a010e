import { glossaryEntries } from '../glossary/glossary-data.ts';
import { collectUses, matcherFor, type TermUse } from '../glossary/uses.ts';
import { archiveArticles, sourcePages, type SourcePage } from './archive.ts';
import { handedUses, shardRole, sourcesOfShard } from './shard.ts';

/**
 * Every use of every glossary term in the archive (term pages, glossary index, browse topics,
 * `data/glossary.json`): in the merge of a sharded build, the uses the shards gathered; otherwise
 * gathered here from the whole archive.
 */
export function archiveUses(): Map<string, TermUse[]> {
  return handedUses() ?? collectUses(archiveArticles(), matcherFor(glossaryEntries()));
}

/** The source pages this build renders: all of them, a shard's share, or none in the merge (the shards rendered them). */
export function sourcePagesToBuild(): SourcePage[] {
  const role = shardRole();
  if (role.kind === 'all') return sourcePages();
  if (role.kind === 'merge') return [];
  const mine = sourcesOfShard(
    sourcePages().map((page) => page.file),
    archiveArticles(),
    role.k,
    role.n,
  );
  return sourcePages().filter((page) => mine.has(page.file));
}

/** Whether this build renders the pages made from the whole archive (home, browse, glossary, exports): not in a shard. */
export const buildsWholeArchivePages = (): boolean => shardRole().kind !== 'shard';
