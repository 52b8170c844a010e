import type { APIRoute } from 'astro';
import { buildTmx } from '../../lib/exports/tmx.ts';
import { archiveArticles, paragraphTranslation, translationOf } from '../../lib/site/archive.ts';

/** `data/parallel.tmx`: every translated, current paragraph pair as a TMX 1.4b translation memory. */
export const GET: APIRoute = () => {
  const pairs = archiveArticles().flatMap((article) => {
    const translation = translationOf(article.id);
    return article.blocks.flatMap((block) => {
      const english = paragraphTranslation(translation, block.id, block.text);
      return english.state === 'translated' ? [{ id: `${article.id}#${block.id}`, zh: block.text, en: english.en, status: translation!.status }] : [];
    });
  });
  return new Response(buildTmx(pairs), { headers: { 'Content-Type': 'application/x-tmx+xml; charset=utf-8' } });
};
