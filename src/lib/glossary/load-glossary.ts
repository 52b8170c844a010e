import { readdirSync } from 'node:fs';
import { ContentFileError, readYamlText } from '../content-files/read-content-file.ts';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems: GlossaryProblem[] = [];
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: error.linePos?.[0]?.line ?? null,
        entry: null,
        message: `YAML: ${error.message.split('\n')[0]}`,
        severity: 'error',
      });
    }
    return { entry: null, problems };
  }
  const data: unknown = doc.toJS();
  const result = glossaryEntrySchema.safeParse(data);
  if (!result.success) {
    const id = typeof data === 'object' && data && 'id' in data ? String((data as { id: unknown }).id) : null;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const parentNode = path.length > 0 ? (doc.getIn(path.slice(0, -1), true) as { range?: [number, number, number] } | undefined) : undefined;
      const offset = node?.range?.[0] ?? parentNode?.range?.[0];
      problems.push({
        file,
        line: offset === undefined ? null : lineCounter.linePos(offset).line,
        entry: id,
        message: `${path.join('.') || '(entry)'}: ${issue.message}`,
        severity: 'error',
      });
    }
    return { entry: null, problems };
  }
  return { entry: result.data, problems };
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
    names = readdirSync(dir).filter((name) => (name.endsWith('.yaml') || name.endsWith('.yml')) && !NOT_ENTRIES.has(name)).sort();
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
        problems.push({ file, line: 1, entry: parsed.entry.id, message: `id: \`${parsed.entry.id}\` does not match the file name \`${name}\``, severity: 'error' });
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
        problems.push({ file, line: null, entry: entry.id, message: `term/variants: \`${form}\` is already a term or variant of \`${owner}\``, severity: 'error' });
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
