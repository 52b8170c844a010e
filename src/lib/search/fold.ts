/**
 * Fold a text with a Traditional→Simplified character map (built at build time from OpenCC,
 * `pagefind/t2s.json`), character by character; used by the browser and the CLI alike.
 * @example foldWith({ 規: '规', 範: '范' }, '規範化') // → '规范化'
 */
export function foldWith(map: Readonly<Record<string, string>>, text: string): string {
  let out = '';
  for (const char of text) out += map[char] ?? char;
  return out;
}
