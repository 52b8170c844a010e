import { toSimplified } from '../script/to-traditional.ts';

/**
 * The Traditional→Simplified characters the archive's text can need, as a flat map for the
 * browser (which folds queries character by character without loading OpenCC): every Han
 * character of the Basic Multilingual Plane's main CJK block whose OpenCC `t→cn` form differs.
 */
export function traditionalCharacterMap(): Record<string, string> {
  const map: Record<string, string> = {};
  for (let code = 0x4e00; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    const simplified = toSimplified(char);
    if (simplified !== char && [...simplified].length === 1) map[char] = simplified;
  }
  return map;
}

export { foldWith } from './fold.ts';
