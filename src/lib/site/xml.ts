import { xmlText } from '../exports/safe-text.ts';

/**
 * Text or an attribute value for XML written by hand (sitemap, feed): characters XML 1.0 cannot
 * hold removed, `& < > " '` escaped.
 *
 * @example xmlEscape('a < b & "c"') // → 'a &lt; b &amp; &quot;c&quot;'
 */
export function xmlEscape(text: string): string {
  return xmlText(text).replace(/[&<>"']/gu, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}
