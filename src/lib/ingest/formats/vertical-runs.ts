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
  // How many cells a line holds: 1 or 2 where every character of it is one, else 0.
  const cells = (line: string | undefined) => {
    const trimmed = line?.trim() ?? '';
    // (Past four UTF-16 units a line holds three characters or more: most lines, told without splitting them.)
    if (trimmed.length > 4) return 0;
    const chars = [...trimmed];
    return chars.length >= 1 && chars.length <= 2 && chars.every((char) => CELL.test(char)) ? chars.length : 0;
  };
  const join = (from: number, to: number) => {
    const text = lines
      .slice(from, to)
      .map((line) => line.trim())
      .join('');
    // (Marks alone are no head.)
    if (HAN.test(text)) {
      out[from] = text;
      for (let k = from + 1; k < to; k++) out[k] = '';
      runs.push([from + 1, to]);
    }
  };
  for (let i = 0; i < lines.length; ) {
    if (cells(lines[i]) === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && cells(lines[j]) > 0) j++;
    // A head set in two vertical lines comes out two characters a line (`火情` / `危急` / `时分`): a run of such lines, most
    // of them pairs, is one head too. (A column's last two characters alone on a line, `业链`, stand in no such run.)
    const pairs = lines.slice(i, j).filter((line) => cells(line) === 2).length;
    if (pairs > 0 && j - i >= SETTINGS.format.verticalPairRunMin && 2 * pairs >= j - i) join(i, j);
    // Runs of single characters, as before: each of at least `verticalRunMin` Han characters.
    else
      for (let k = i; k < j; ) {
        if (cells(lines[k]) !== 1) {
          k++;
          continue;
        }
        let end = k;
        while (end < j && cells(lines[end]) === 1) end++;
        const han = lines.slice(k, end).filter((line) => HAN.test(line.trim())).length;
        if (han >= SETTINGS.format.verticalRunMin) join(k, end);
        k = end;
      }
    i = j;
  }
  return { lines: out, runs };
}
