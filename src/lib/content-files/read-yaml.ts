/**
 * The one way to read a YAML content file (page metadata, fixes, glossary entries, translations,
 * OpenCC overrides): read safely ({@link readYamlText}), parse with duplicate keys refused and
 * aliases capped ({@link LIMITS.yamlAliases}: an alias bomb expands a few lines into gigabytes),
 * validate with a zod schema, and report every problem as `file:line: message`, never a stack trace.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { LIMITS } from '../limits.ts';
import { ContentFileError, readYamlText } from './read-content-file.ts';

/** A problem in a YAML file, with its line where known. */
export interface YamlProblem {
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

/** A schema as zod gives it (only what is used here). */
export interface YamlSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

/** A parsed YAML file: its data (null when there are problems), the problems, and the line of any path in it. */
export interface ParsedYaml<T> {
  readonly data: T | null;
  /** The parsed value before validation (undefined when it did not parse). */
  readonly value?: unknown;
  readonly problems: YamlProblem[];
  readonly lineOf: (path: readonly (string | number)[]) => number | null;
}

/** The line of a path in a document (of its nearest existing parent when it is missing). */
function lineFinder(doc: Document, lines: LineCounter): (path: readonly (string | number)[]) => number | null {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const node = (length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true)) as { range?: [number, number, number] } | null | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return null;
  };
}

/** Parse and validate YAML text; all problems are returned, none thrown. */
export function parseYaml<T>(text: string, file: string, schema: YamlSchema<T>): ParsedYaml<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = lineFinder(doc, lines);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      file,
      line: error.linePos?.[0]?.line ?? lines.linePos(error.pos[0]).line,
      message: `YAML: ${error.message.split('\n')[0]}`,
    }));
    return { data: null, problems, lineOf };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    const message = /alias/iu.test((error as Error).message)
      ? `YAML: too many aliases (over ${LIMITS.yamlAliases}, LIMITS.yamlAliases); write the values out`
      : `YAML: ${(error as Error).message.split('\n')[0]}`;
    return { data: null, problems: [{ file, line: null, message }], lineOf };
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
      return { file, line: lineOf(path), message: `${path.join('.') || '(file)'}: ${issue.message}` };
    });
    return { data: null, value: data, problems, lineOf };
  }
  return { data: result.data, value: data, problems: [], lineOf };
}

/** Read, parse and validate a YAML content file; the first problem is thrown as a {@link ContentFileError}. */
export function readYamlDocument<T>(
  path: string,
  schema: YamlSchema<T>,
  options: { file?: string; root?: string } = {},
): { data: T; lineOf: ParsedYaml<T>['lineOf'] } {
  const file = options.file ?? path;
  const parsed = parseYaml(readYamlText(path, { file, root: options.root }), file, schema);
  const problem = parsed.problems[0];
  if (problem) throw new ContentFileError(problem.file, problem.line, problem.message);
  return { data: parsed.data as T, lineOf: parsed.lineOf };
}

/** {@link readYamlDocument}'s data alone. */
export function readYamlFile<T>(path: string, schema: YamlSchema<T>, options: { file?: string; root?: string } = {}): T {
  return readYamlDocument(path, schema, options).data;
}
