/**
 * Editorial fixes checked against their page, and counted by what they change: a fix that names
 * a line the page does not have is an error (`edits/<page>.yaml:line: …`), and the ingest summary
 * counts a fix as applied only when the page's units differ without it.
 */
import type { Edit } from '../../schemas/edits.ts';
import { pageEditsSchema } from '../../schemas/edits.ts';
import { ContentFileError } from '../content-files/read-content-file.ts';
import { readYamlDocument } from '../content-files/read-yaml.ts';
import type { PageResult } from './ingest-page.ts';

/** The page lines a fix names, by field: `[field, first, last]`. */
function linesNamed(edit: Edit): [string, number, number][] {
  if (edit.op === 'role') {
    const [first, last] = String(edit.lines).split('-').map(Number) as [number, number?];
    return [['lines', first, last ?? first]];
  }
  if (edit.op === 'split') return [['at', edit.at, edit.at]];
  if (edit.op === 'merge')
    return [
      ['unit', edit.unit, edit.unit],
      ['into', edit.into, edit.into],
    ];
  return [['unit', edit.unit, edit.unit]];
}

/** Throw a {@link ContentFileError} at the first fix that names a line beyond the page's `lineCount` lines. */
export function assertEditsInPage(edits: readonly Edit[], lineCount: number, editsPath: string): void {
  edits.forEach((edit, index) => {
    for (const [field, , last] of linesNamed(edit)) {
      if (last <= lineCount) continue;
      const line = readYamlDocument(editsPath, pageEditsSchema).lineOf(['fixes', index, field]);
      throw new ContentFileError(editsPath, line, `fixes.${index}.${field}: line ${last} is beyond the page, which has ${lineCount} lines`);
    }
  });
}

const outcome = (result: PageResult) => JSON.stringify([result.articles, result.unassigned]);

/**
 * The page's result with `editsApplied` counting only the fixes that change something (the
 * units differ when the page is ingested without that fix), and a warning for each that does not.
 * Costs one more segmentation of the page per fix, for pages that have fixes.
 */
export function countEffectiveEdits<T extends PageResult>(run: (edits: readonly Edit[]) => T, edits: readonly Edit[], result: T): T {
  if (edits.length === 0) return result;
  const full = outcome(result);
  const idle = edits.filter((_, index) => outcome(run(edits.filter((__, other) => other !== index))) === full);
  const warnings = idle.map((edit) => ({
    line: linesNamed(edit)[0]![1],
    message: `editorial fix \`${edit.op}\` changes nothing (already so, or overridden by another fix); remove it or check its lines`,
  }));
  return { ...result, editsApplied: edits.length - idle.length, warnings: [...result.warnings, ...warnings] };
}
