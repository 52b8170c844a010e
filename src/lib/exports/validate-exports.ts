import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { parseTbx } from './tbx.ts';
import { parseTmx } from './tmx.ts';
import { firstNonXmlCharacter } from './safe-text.ts';

/** The exports a build writes under `data/`, with how each is read back. */
const EXPORTS: Record<string, (text: string, file: string) => string[]> = {
  'parallel.tmx': (text, file) => xmlProblems(text, file, parseTmx),
  'glossary.tbx': (text, file) => xmlProblems(text, file, parseTbx),
  'glossary.csv': csvProblems,
  'articles.json': jsonProblems,
  'glossary.json': jsonProblems,
};

function xmlProblems(text: string, file: string, read: (xml: string) => unknown): string[] {
  const bad = firstNonXmlCharacter(text);
  if (bad >= 0)
    return [
      `${file}:${text.slice(0, bad).split('\n').length}: not well-formed XML: U+${text.codePointAt(bad)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`,
    ];
  const valid = XMLValidator.validate(text);
  if (valid !== true) return [`${file}:${valid.err.line}: not well-formed XML: ${valid.err.msg}`];
  try {
    read(text);
  } catch (error) {
    return [`${file}: cannot be read back: ${(error as Error).message}`];
  }
  return [];
}

function csvProblems(text: string, file: string): string[] {
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
  } catch (error) {
    return [`${file}: not valid CSV: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  rows.forEach((row, index) => {
    for (const cell of row)
      if (/^[=+\-@\t\r]/u.test(cell))
        problems.push(`${file}:${index + 1}: a cell starts with \`${cell[0]}\`, which a spreadsheet runs as a formula: ${JSON.stringify(cell.slice(0, 40))}`);
  });
  return problems;
}

function jsonProblems(text: string, file: string): string[] {
  try {
    JSON.parse(text);
    return [];
  } catch (error) {
    return [`${file}: not valid JSON: ${(error as Error).message}`];
  }
}

/**
 * Read every export of a built site back (TMX and TBX parsed as XML and as their format, the
 * CSV parsed and its cells checked for formula starts, the JSON parsed). Returns the problems as
 * `file:line: message`; a missing export is a problem too.
 */
export function exportProblems(dist: string): string[] {
  return Object.entries(EXPORTS).flatMap(([name, check]) => {
    const path = join(dist, 'data', name);
    if (!existsSync(path)) return [`data/${name}: missing`];
    return check(readFileSync(path, 'utf8'), `data/${name}`);
  });
}
