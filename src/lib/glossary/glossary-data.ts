import { contentPath } from '../content-dir.ts';
import { formatProblem, loadGlossary, type LoadedEntry } from './load-glossary.ts';
import type { MatchForm } from './match-terms.ts';
import { formsOf } from './uses.ts';

let cache: LoadedEntry[] | null = null;

/**
 * The glossary entries, loaded and validated once per process. A schema error stops the
 * build with the file, the line and the field named.
 */
export function glossaryEntries(): LoadedEntry[] {
  if (cache) return cache;
  const { entries, problems } = loadGlossary(contentPath('glossary'));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The glossary has ${errors.length} error(s); fix them (npm run glossary:check):\n${errors.map(formatProblem).join('\n')}`);
  }
  cache = entries;
  return entries;
}

let byId: Map<string, LoadedEntry['entry']> | null = null;

/** The glossary entries by id (built once). */
export function glossaryById(): Map<string, LoadedEntry['entry']> {
  byId ??= new Map(glossaryEntries().map(({ entry }) => [entry.id, entry]));
  return byId;
}

/**
 * Every term and variant with its entry id, for the annotator, plus their Traditional forms,
 * so a page printed in Traditional script (a Big5 page from Hong Kong or Taiwan) is annotated too.
 */
export function glossaryForms(): MatchForm[] {
  return formsOf(glossaryEntries());
}
