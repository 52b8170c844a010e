import { readdirSync } from 'node:fs';
import { ContentFileError, readYamlText } from '../content-files/read-content-file.ts';
import { join, relative } from 'node:path';
import { parseYaml } from '../content-files/read-yaml.ts';
import { glossaryEntrySchema, type GlossaryEntry } from '../../schemas/glossary.ts';

/** A problem found while loading the glossary, with the file and (where known) line. */
export interface GlossaryProblem {
  readonly file: string;
  readonly line: number | null;
  readonly entry: string | null;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** A loaded glossary entry with the file it came from. */
export interface LoadedEntry {
  readonly entry: GlossaryEntry;
  readonly file: string;
}

/** Result of {@link loadGlossary}: valid entries plus every problem found. */
export interface LoadedGlossary {
  readonly entries: LoadedEntry[];
  readonly problems: GlossaryProblem[];
}

/**
 * Parse and validate one glossary YAML file (one entry per file).
 * Problems name the file, the line of the offending field and the field path.
 */
export function parseGlossaryFile(text: string, file: string): { entry: GlossaryEntry | null; problems: GlossaryProblem[] } {
  const parsed = parseYaml(text, file, glossaryEntrySchema);
  const value = parsed.value;
  const id = typeof value === 'object' && value && 'id' in value ? String((value as { id: unknown }).id) : null;
  const problems = parsed.problems.map(
    (problem): GlossaryProblem => ({ ...problem, entry: problem.message.startsWith('YAML: ') ? null : id, severity: 'error' }),
  );
  return { entry: parsed.data, problems };
}

/** Files in the glossary folder that are not entries (the candidate finder's justifications). */
const NOT_ENTRIES = new Set(['candidates-justified.yaml']);

/**
 * Load every `*.yaml` file of a glossary folder (but `candidates-justified.yaml`), validate it, and check the whole set
 * for duplicate ids, terms and variants.
 */
export function loadGlossary(dir: string, root = process.cwd()): LoadedGlossary {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => (name.endsWith('.yaml') || name.endsWith('.yml')) && !NOT_ENTRIES.has(name))
      .sort();
  } catch (cause) {
    throw new Error(`Cannot read glossary folder \`${dir}\``, { cause });
  }
  const entries: LoadedEntry[] = [];
  const problems: GlossaryProblem[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    let text: string;
    try {
      text = readYamlText(path, { file });
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push({ file, line: null, entry: null, message: error.reason, severity: 'error' });
      continue;
    }
    const parsed = parseGlossaryFile(text, file);
    problems.push(...parsed.problems);
    if (parsed.entry) {
      if (`${parsed.entry.id}.yaml` !== name) {
        problems.push({
          file,
          line: 1,
          entry: parsed.entry.id,
          message: `id: \`${parsed.entry.id}\` does not match the file name \`${name}\``,
          severity: 'error',
        });
      }
      entries.push({ entry: parsed.entry, file });
    }
  }
  problems.push(...findDuplicates(entries));
  return { entries, problems };
}

/** Report ids, terms and variants that occur in more than one entry (or twice in one). */
export function findDuplicates(entries: readonly LoadedEntry[]): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const ids = new Map<string, string>();
  const forms = new Map<string, string>();
  for (const { entry, file } of entries) {
    const seenId = ids.get(entry.id);
    if (seenId) problems.push({ file, line: 1, entry: entry.id, message: `id: duplicate id \`${entry.id}\` (also in ${seenId})`, severity: 'error' });
    ids.set(entry.id, file);
    for (const form of [entry.term, ...entry.variants]) {
      const owner = forms.get(form);
      if (owner && owner !== entry.id) {
        problems.push({
          file,
          line: null,
          entry: entry.id,
          message: `term/variants: \`${form}\` is already a term or variant of \`${owner}\``,
          severity: 'error',
        });
      } else if (owner === entry.id && form !== entry.term) {
        problems.push({ file, line: null, entry: entry.id, message: `variants: \`${form}\` is listed twice`, severity: 'warning' });
      }
      forms.set(form, entry.id);
    }
  }
  return problems;
}

/** Format a problem as `file:line  severity  entry  message`. */
export function formatProblem(problem: GlossaryProblem): string {
  const place = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return `${place}  ${problem.severity}  ${problem.entry ?? ''}  ${problem.message}`.replace(/ {3,}/g, '  ');
}
