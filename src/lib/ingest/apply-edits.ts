import type { Edit } from '../../schemas/edits.ts';
import { expandLines } from '../../schemas/edits.ts';
import type { BlockRole, Unit } from './types.ts';
import { firstLineOf } from './split-units.ts';

/** Edits sorted by the step of the pipeline they act on. */
export interface EditPlan {
  readonly roles: Map<number, BlockRole>;
  readonly breaks: Set<number>;
  readonly unitEdits: Edit[];
}

/** Sort a page's edits into the steps they act on (classifier roles, forced breaks, unit edits). */
export function planEdits(edits: readonly Edit[]): EditPlan {
  const roles = new Map<number, BlockRole>();
  const breaks = new Set<number>();
  const unitEdits: Edit[] = [];
  for (const edit of edits) {
    if (edit.op === 'role') for (const line of expandLines(edit.lines)) roles.set(line, edit.role);
    else if (edit.op === 'split') breaks.add(edit.at);
    else unitEdits.push(edit);
  }
  return { roles, breaks, unitEdits };
}

function unitAt(units: readonly Unit[], line: number): Unit | undefined {
  return units.find((unit) => unit.headLines.includes(line) || unit.bannerLines.includes(line) || unit.blocks.some((block) => block.lines.includes(line)));
}

/**
 * Apply merge and set edits to the units of a page. Returns the edited units and one
 * message per edit that could not be applied (no unit at that line), so a stale fix is reported, not ignored.
 */
export function applyUnitEdits(units: readonly Unit[], edits: readonly Edit[]): { units: Unit[]; problems: string[] } {
  let result = [...units];
  const problems: string[] = [];
  for (const edit of edits) {
    if (edit.op === 'merge') {
      const from = unitAt(result, edit.unit);
      const into = unitAt(result, edit.into);
      if (!from || !into || from === into) {
        problems.push(`merge: no separate units at lines ${edit.unit} and ${edit.into}`);
        continue;
      }
      into.blocks = [...into.blocks, ...from.blocks];
      into.headLines = [...into.headLines, ...from.headLines];
      into.bannerLines = [...into.bannerLines, ...from.bannerLines];
      // A merged part's own headline becomes a section heading of the article it rejoins.
      if (from.title && !from.titleInferred) {
        const lines = from.headLines.length > 0 ? from.headLines : [firstLineOf(from)];
        into.blocks.splice(into.blocks.length - from.blocks.length, 0, { type: 'heading', text: from.title, lines });
        into.headLines = into.headLines.filter((line) => !lines.includes(line));
      }
      if (from.continuedTo) into.continuedTo = from.continuedTo;
      result = result.filter((unit) => unit !== from);
    } else if (edit.op === 'set') {
      const unit = unitAt(result, edit.unit);
      if (!unit) {
        problems.push(`set: no unit at line ${edit.unit}`);
        continue;
      }
      Object.assign(unit, edit.fields);
      if (edit.fields.title !== undefined && edit.fields.titleInferred === undefined) unit.titleInferred = false;
    }
  }
  return { units: result, problems };
}
