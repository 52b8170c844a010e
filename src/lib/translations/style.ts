/**
 * The checkable rules of the translation style guide (docs/translation-style.md), used by
 * `npm run translations:check`. Each returns what it found; an empty list is a pass.
 */

/** Administrative units and place types that are part of a name after a proper noun ("Wudi County"). */
export const UNIT_WORDS = ['county', 'district', 'sub-district', 'subdistrict', 'province', 'township', 'town', 'village', 'city', 'prefecture'];
/** Capitalised words that are not names, so "The city", "Each village" are not findings. */
export const NOT_NAMES = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Each',
  'Every',
  'A',
  'An',
  'Our',
  'Its',
  'Their',
  'Which',
  'Whole',
  'Same',
  'One',
  'Per',
  'In',
  'Of',
  'Another',
  'Any',
  'Assigning',
  'Provincial',
  'Local',
]);
/** Words a title-case headline leaves in lower case (unless first). */
export const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'on',
  'to',
  'up',
  'via',
  'with',
  'from',
  'into',
  'over',
  'per',
  'than',
  'vs',
]);
/** English gendered pronouns. */
const PRONOUN = /\b(he|she|his|her|hers|him|himself|herself)\b/iu;
/** Chinese that gives a person's gender: pronouns, forms of address, kinship and sex words. */
const GENDER_IN_CHINESE =
  /[他她]|先生|女士|丈夫|妻子|老伴|儿子|女儿|母亲|父亲|妈妈|爸爸|婆婆|公公|媳妇|男子|女子|男性|女性|大爷|大娘|大妈|阿姨|叔叔|奶奶|爷爷/u;

/**
 * A place name followed by its unit in lower case: `Wudi county` should be `Wudi County`.
 *
 * @example lowerCaseUnits('Haifeng sub-district, Wudi county') // → ['Haifeng sub-district → Haifeng Sub-district', 'Wudi county → Wudi County']
 */
export function lowerCaseUnits(english: string): string[] {
  const pattern = new RegExp(`\\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*) (${UNIT_WORDS.join('|')})\\b`, 'gu');
  return [...english.matchAll(pattern)]
    .filter((match) => !NOT_NAMES.has(match[1]!))
    .map((match) => `${match[0]} → ${match[1]} ${match[2]![0]!.toUpperCase()}${match[2]!.slice(1)}`);
}

/**
 * Straight quotation marks and apostrophes (the style is “…”, ‘…’ inside, and ’).
 *
 * @example straightQuotes(`the city's "window of civility"`) // → 3
 */
export function straightQuotes(english: string): number {
  return [...english].filter((char) => char === '"' || char === "'").length;
}

/**
 * Words of a headline that title case capitalises but the headline does not: the first word
 * (and the first after a colon or dash), and every word but the small ones; of a hyphenated
 * word only its first part; text in brackets alike.
 *
 * @example titleCaseMisses('Zibo High-tech Zone: intellectual property work') // → ['intellectual', 'property', 'work']
 */
export function titleCaseMisses(title: string): string[] {
  const words = title.split(/\s+/u).filter(Boolean);
  return words.flatMap((word, i) =>
    word.split('-').flatMap((part, j) => {
      const core = part.replace(/^[“‘"([]+|[”’",:;.)\]?!]+$/gu, '');
      if (!/^[a-z]/u.test(core)) return [];
      if (j > 0) return []; // the later parts of a hyphenated word may stay lower case (High-tech, Province-wide)
      const first = i === 0 || /[:—]$/u.test(words[i - 1] ?? '');
      return first || !TITLE_SMALL_WORDS.has(core) ? [core] : [];
    }),
  );
}

/**
 * A gendered English pronoun where the Chinese of the paragraph, and of the article before it,
 * gives no gender: the English must not add one.
 *
 * @example unsupportedGender('Her treatment cost 600,000 yuan.', '郭建美罹患再生障碍性贫血', '') // → 'Her'
 */
export function unsupportedGender(english: string, chinese: string, chineseBefore: string): string | null {
  const pronoun = PRONOUN.exec(english)?.[0];
  if (!pronoun) return null;
  return GENDER_IN_CHINESE.test(chinese) || GENDER_IN_CHINESE.test(chineseBefore) ? null : pronoun;
}
