/**
 * Text made safe for the export formats: XML 1.0 cannot hold most control characters (a single
 * U+0001 from a page makes the whole TMX unreadable), and a spreadsheet runs a CSV cell that
 * begins with `=`, `+`, `-`, `@`, tab or CR as a formula (`=HYPERLINK(…)`).
 */

/** Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Remove the characters XML 1.0 cannot hold. @example xmlText('a\u0001b') // → 'ab' */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Where the first character XML 1.0 cannot hold is, or -1. */
export function firstNonXmlCharacter(text: string): number {
  return text.search(new RegExp(NOT_XML.source, 'u'));
}

/** Every string in a value (objects and arrays walked) through {@link xmlText}, for an XML builder's input. */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return xmlText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafe(item)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafe(item)])) as T;
  return value;
}

/** Cell starts a spreadsheet reads as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** A CSV cell a spreadsheet shows as text: a formula start gets a leading `'`. @example csvCell('=HYPERLINK("x")') // → "'=HYPERLINK(\"x\")" */
export function csvCell(value: string | number): string | number {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}
