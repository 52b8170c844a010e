import { SETTINGS } from '../settings.ts';

/**
 * A headline set vertically on the page (竖排标题) comes out of a PDF text extraction one character
 * per line. Read line by line, it is a run of one-character "paragraphs" that neither heads the
 * story beside it nor reads as its title. Such a run is read as the one line it was printed as: its
 * characters joined on the run's first line, the run's other lines left blank (so every line keeps
 * its number, and the title cites the run's first line).
 */

/** One character of a vertical run: a Han character, or the punctuation a vertical headline carries. */
const CELL = /^[\p{Script=Han}“”‘’「」『』《》、·—…！？：，]$/u;
const HAN = /\p{Script=Han}/u;

/** Where a page's vertical runs are, 1-based and inclusive, and the page with each run joined. */
export interface VerticalRuns {
  readonly lines: string[];
  readonly runs: readonly (readonly [number, number])[];
}

/**
 * Join each run of `SETTINGS.format.verticalRunMin` or more lines that hold one character each
 * (at least that many of them Han) onto the run's first line.
 *
 * @example joinVerticalRuns(['县', '里', '推', '行', '本报讯……']).lines // → ['县里推行', '', '', '', '本报讯……']
 */
export function joinVerticalRuns(lines: readonly string[]): VerticalRuns {
  const out = [...lines];
  const runs: [number, number][] = [];
  const cell = (line: string | undefined) => line !== undefined && CELL.test(line.trim());
  for (let i = 0; i < lines.length; ) {
    if (!cell(lines[i])) {
      i++;
      continue;
    }
    let j = i;
    while (cell(lines[j])) j++;
    const chars = lines.slice(i, j).map((line) => line.trim());
    if (chars.filter((char) => HAN.test(char)).length >= SETTINGS.format.verticalRunMin) {
      out[i] = chars.join('');
      for (let k = i + 1; k < j; k++) out[k] = '';
      runs.push([i + 1, j]);
    }
    i = j;
  }
  return { lines: out, runs };
}
