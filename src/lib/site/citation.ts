import type { ArticleRecord } from '../ingest/ingest-page.ts';
import type { PageMeta } from '../../schemas/page-meta.ts';

/** Citation texts for an article: Chinese (GB/T 7714 style), English (Chicago-like) and BibTeX. */
export interface Citation {
  readonly zh: string;
  readonly en: string;
  readonly bibtex: string;
}

const escapeBibtex = (text: string) => text.replace(/[\\{}%&$#_^~]/gu, (char) => `\\${char}`);

/**
 * Cite an article of the archive: author from the byline where the byline names one, the
 * newspaper only as the page names it (else "masthead not printed"), the year the page reveals,
 * the source page and lines, and the permalink.
 * @example citeArticle(article, meta, 'https://x.github.io/archive/articles/e698e91f-0150/', '2026-11-22').zh
 * // → '隆卫. 我市政银企达成专利权质押融资合作意向金额近6亿元[N]. 滨州日报, 2017. …'
 */
export function citeArticle(article: ArticleRecord, meta: PageMeta | null, permalink: string, accessed: string, titleEn?: string | null): Citation {
  const authors = authorsOf(article.byline);
  const paper = meta?.newspaper ?? null;
  const paperEn = meta?.newspaperEn ?? paper;
  const year = meta?.date?.slice(0, 4) ?? (meta?.year ? String(meta.year) : null);
  const lines = article.lines.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
  const zh = `${authors.length ? `${authors.join(', ')}. ` : ''}${article.title}[N]. ${paper ?? '报名未印出'}${year ? `, ${year}` : ''}. 原文 ${article.source} 第${lines}行. 地方治理报道档案. ${permalink} [${accessed}].`;
  const en = `${authors.length ? `${authors.join(', ')}. ` : ''}“${article.title}”${titleEn ? ` [${titleEn}]` : ''}. ${paperEn ?? 'Newspaper not named on the page'}${year ? `, ${year}` : ''}. Source page ${article.source}, lines ${lines}. Local Governance Archive. ${permalink} (accessed ${accessed}).`;
  const bibtex = [
    `@article{${article.id.replace(/[^A-Za-z0-9]/gu, '')},`,
    authors.length ? `  author = {${authors.map(escapeBibtex).join(' and ')}},` : null,
    `  title = {${escapeBibtex(article.title)}},`,
    titleEn ? `  titleaddon = {${escapeBibtex(titleEn)}},` : null,
    `  journal = {${escapeBibtex(paper ?? 'Newspaper not named on the page')}},`,
    year ? `  year = {${year}},` : null,
    `  note = {Source page ${escapeBibtex(article.source)}, lines ${lines}; Local Governance Archive},`,
    `  url = {${permalink}},`,
    `  urldate = {${accessed}},`,
    '}',
  ]
    .filter(Boolean)
    .join('\n');
  return { zh, en, bibtex };
}

/**
 * The reporters a byline names (`本报记者 隋二龙 裴虹蓉` → 隋二龙, 裴虹蓉;
 * `滨州日报/滨州网讯（记者 隆卫 通讯员 臧玉希 报道）` → 隆卫, 臧玉希); none for a bare `本报讯`.
 */
export function authorsOf(byline: string | null): string[] {
  if (!byline) return [];
  const inner = byline
    .replace(/^[^（(]*[（(]|[）)][^（()）]*$/gu, ' ')
    .replace(/本报讯|本报记者|本报通讯员|记者|通讯员|报道|摄|[\p{Script=Han}]{2,8}(?:日报|网)(?:\/[\p{Script=Han}]{2,8}(?:网|日报))?讯?/gu, ' ');
  return [...new Set(inner.split(/[\s/（）()、,，]+/u).filter((name) => /^[\p{Script=Han}]{2,4}$/u.test(name)))];
}
