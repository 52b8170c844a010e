import { translationOf } from './archive.ts';

const cache = new Map<string, string | undefined>();

/** An article's English title, where it is translated (each translation is read once per build). */
export function englishTitle(articleId: string): string | undefined {
  if (!cache.has(articleId)) cache.set(articleId, translationOf(articleId)?.title || undefined);
  return cache.get(articleId);
}
