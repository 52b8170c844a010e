/**
 * Numbers in Chinese and English text, as values, so a translation check can tell that
 * 5807万元 and "58.07 million yuan" say the same thing.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SCALE_ZH: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
const SCALE_EN: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/**
 * The Arabic-digit numbers of a Chinese text, with 万/亿 applied (`5807万元` → 58070000,
 * `2.5亿元` → 250000000, `84.3%` → 84.3); a date gives its parts (`6月22日` → 6, 22).
 * @example numbersInChinese('总计融资2.5亿元，覆盖面84.3%') // → [250000000, 84.3]
 */
export function numbersInChinese(text: string): number[] {
  const values: number[] = [];
  const normalised = text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/．/gu, '.');
  for (const match of normalised.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:多|余)?\s*([万亿千百]?)/gu)) {
    const value = Number(match[1]!.replace(/,/gu, ''));
    const scale = match[2] ? SCALE_ZH[match[2]]! : 1;
    // 百 and 千 after a digit are rarely multipliers in news text (`500强`, `1000家` is plain): only 万/亿 count.
    values.push(scale >= 1e4 ? value * scale : value);
  }
  return values;
}

/**
 * The numbers of an English text, with "thousand/million/billion" applied and month names
 * as their numbers (`58.07 million` → 58070000, `22 June 2021` → 22, 6, 2021).
 * @example numbersInEnglish('58.07 million yuan on 22 June') // → [58070000, 22, 6]
 */
export function numbersInEnglish(text: string): number[] {
  const values: number[] = [];
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*-?\s*(thousand|million|billion|trillion))?/gu)) {
    const value = Number(match[1]!.replace(/,/gu, ''));
    values.push(match[2] ? value * SCALE_EN[match[2]]! : value);
  }
  for (const match of lower.matchAll(/\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/gu))
    values.push(MONTHS.indexOf(match[1]!) + 1);
  // Small numbers are often spelled out in English ("four items", "twenty-four years", "a dozen").
  for (const match of lower.matchAll(/\b([a-z]+)(?:-([a-z]+))?\b/gu)) {
    const head = WORDS.indexOf(match[1]!);
    if (head >= 0) values.push(head);
    if (match[1] === 'a' || match[1] === 'an' || match[1] === 'single') values.push(1);
    const tens = TENS[match[1]!] ?? (match[1] === 'twenty' ? 20 : undefined);
    if (tens !== undefined) values.push(tens + (match[2] ? Math.max(0, WORDS.indexOf(match[2])) : 0));
    if (match[1] === 'dozen') values.push(12);
    if (match[1] === 'half') values.push(0.5);
  }
  for (const match of lower.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/gu))
    values.push(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].indexOf(match[1]!) + 1);
  return values;
}

/** True when two numbers are the same value (allowing for floating-point noise). */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(a) * 1e-9);
}

/** The numbers of the Chinese that the English does not state. */
export function missingNumbers(zh: string, en: string): number[] {
  const english = numbersInEnglish(en);
  return numbersInChinese(zh).filter((value) => !english.some((other) => sameValue(value, other)));
}
