import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/site/feed.ts';
import { archiveArticles, translationOf } from '../lib/site/archive.ts';
import { articleUrl, url } from '../lib/site/urls.ts';

/** `feed.xml`: an Atom feed of the newest articles ({@link atomFeed}). */
export const GET: APIRoute = ({ site }) => {
  const absolute = (path: string) => new URL(path, site ?? 'http://localhost').href;
  const items = archiveArticles()
    .filter((article) => article.kind === 'article')
    .map((article) => {
      const translation = translationOf(article.id);
      return { article, url: absolute(articleUrl(article)), titleEn: translation?.title, summaryEn: translation?.summary };
    });
  const xml = atomFeed({ home: absolute(url('')), self: absolute(url('feed.xml')), title: '地方治理报道档案 Local Governance Archive' }, items);
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
