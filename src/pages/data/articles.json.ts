import type { APIRoute } from 'astro';
import { toTraditional } from '../../lib/script/to-traditional.ts';
import { archiveArticles, paragraphTranslation, translationOf } from '../../lib/site/archive.ts';
import { articleUrl } from '../../lib/site/urls.ts';

/**
 * `data/articles.json`: every unit, machine-readable, with base-aware URLs; one line per unit,
 * without indentation. The body is in `paragraphs` (`zh`, `zhHant`, `en`); the plain `text` it
 * had repeated the paragraphs' `zh` joined by newlines (issue 18: lean pages).
 */
export const GET: APIRoute = () => {
  const units = archiveArticles().map((article) => {
    const translation = translationOf(article.id);
    return {
      id: article.id,
      url: articleUrl(article),
      source: article.source,
      kind: article.kind,
      title: article.title,
      titleInferred: article.titleInferred,
      byline: article.byline,
      lines: article.lines,
      subtitle: article.subtitle,
      kicker: article.kicker,
      series: article.series,
      newspaper: article.newspaper,
      year: article.year,
      date: article.date,
      region: article.region,
      titleEn: translation?.title || null,
      summaryEn: translation?.summary || null,
      titleHant: toTraditional(article.title),
      paragraphs: article.blocks.map((block) => {
        const english = paragraphTranslation(translation, block.id, block.text);
        return {
          id: block.id,
          type: block.type,
          zh: block.text,
          zhHant: toTraditional(block.text),
          en: english.en,
          enState: english.state,
          lines: block.lines,
        };
      }),
    };
  });
  return new Response(`[\n${units.map((unit) => JSON.stringify(unit)).join(',\n')}\n]\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
