/**
 * The page numbers a pager shows: the first and last, and three either side of the current
 * one; `null` where numbers are left out.
 * @example pageWindow(10, 40) // → [1, null, 7, 8, 9, 10, 11, 12, 13, null, 40]
 */
export function pageWindow(current: number, last: number, around = 3): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= last; n++) {
    if (n === 1 || n === last || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
