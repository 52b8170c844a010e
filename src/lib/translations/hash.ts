import { createHash } from 'node:crypto';

/**
 * The hash that ties a translation to the Chinese it translates: sha256 of the NFC text,
 * first 12 hex digits. When ingest changes a paragraph, its translation goes stale.
 * @example paragraphHash('一、案例背景') // → 12 hex digits
 */
export function paragraphHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 12);
}
