import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { USES_PER_PAGE } from '../../src/lib/glossary/term-page.ts';

const site = inject('site');

const page = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

describe('the built site (under a sub-path base)', () => {
  test('has a page for every unit, every source page, and data/articles.json with base-aware URLs', () => {
    const units = JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as {
      id: string;
      url: string;
      kind: string;
      title: string;
      titleInferred: boolean;
      byline: string | null;
      lines: number[][];
      paragraphs: { zh: string }[];
      source: string;
    }[];
    expect(units.length).toBeGreaterThanOrEqual(38);
    for (const unit of units) {
      expect(unit.url).toBe(`/archive/articles/${unit.id}/`);
      expect(existsSync(join(site.dist, 'articles', unit.id, 'index.html'))).toBe(true);
      expect(Object.keys(unit)).toEqual(expect.arrayContaining(['id', 'url', 'source', 'kind', 'title', 'titleInferred', 'byline', 'lines', 'paragraphs']));
    }
    // Two units whose titles give the same slug both get their page.
    expect(units.filter((unit) => unit.source === 'slug-collision.txt').map((unit) => unit.id)).toEqual(['slug-collision-0001', 'slug-collision-0005']);
    for (const stem of ['000_c1589599c8272d34', '003_e698e91fc0ebeaed', 'hostile-payloads'])
      expect(existsSync(join(site.dist, 'sources', stem, 'index.html'))).toBe(true);
    expect(
      units
        .find((unit) => unit.id === 'e698e91f-0150')!
        .paragraphs.map((paragraph) => paragraph.zh)
        .join('\n'),
    ).toContain('专利权质押融资合作意向金额近6亿元');
  });

  test('renders an article with its title, byline, source link and section headings', () => {
    const html = page('articles/80e90a4c-0003');
    // The headline's glossary terms are annotated; without their popovers its text is the headline.
    const h1 = html.match(/<h1 data-pagefind-meta="title:“规范化”为政务服务“加码”">([\s\S]*?)<\/h1>/u)![1]!;
    expect(h1).toContain('href="/archive/glossary/zheng-wu-fu-wu/"');
    expect(h1.replace(/<span class="tip"[\s\S]*?<\/span><\/span>/gu, '').replace(/<[^>]+>/gu, '')).toBe('“规范化”为政务服务“加码”');
    expect(html).toContain('本报记者 李抑焜');
    expect(html).toContain('href="/archive/sources/001_80e90a4cb6de53c7/#L9"');
    const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/gu)].map((match) =>
      match[1]!.replace(/<span class="tip"[\s\S]*?<\/span><\/span>/gu, '').replace(/<[^>]+>/gu, ''),
    );
    expect(headings).toContain('坚持全省“一盘棋”');
  });

  test('labels machine-drafted translations and glossary entries in words, above the English, linking to the About page', () => {
    const about = page('about');
    expect(about).toContain('id="draft"');
    expect(about).toContain('id="draft-zh"');
    expect(about).toContain('were drafted by machine');
    expect(about).toContain('CC BY 4.0');
    const article = page('articles/c1589599-0593');
    const notice = article.indexOf('data-draft-notice');
    expect(notice).toBeGreaterThan(0);
    expect(article).toContain('href="/archive/about/#draft"');
    // The notice comes before the first English of the article: its title and first paragraph.
    const firstEnglish = article.indexOf('lang="en" class="kicker"');
    expect(firstEnglish).toBeGreaterThan(notice);
    expect(article).not.toContain('(translation: draft)');
    const term = page('glossary/zheng-cun-shou-xin');
    expect(term).toContain('data-draft-notice');
    expect(term).toContain('Machine-drafted entry.');
    // An official rendering's cited source links to the page it names.
    expect(page('glossary/fang-guan-fu')).toContain(
      '<a class="source-link" href="http://govt.chinadaily.com.cn/s/201903/16/WS5c99e812498e079e6801bdda/full-text-report-on-the-work-of-the-government.html" rel="external">',
    );
    // The footer and header of every page link to the About page and no longer call the drafts "the project's own".
    for (const html of [about, article, term, page('')]) {
      expect(html).toContain('href="/archive/about/"');
      expect(html).not.toContain("the project's own");
    }
    // The Traditional copy keeps the notice, its link rewritten to the Traditional About page.
    expect(page('hant/articles/c1589599-0593')).toContain('href="/archive/hant/about/#draft"');
  });

  test('writes 簽約 and 發展 in the Traditional pages, not the 籤約 and 髮展 of OpenCC straddling two words', () => {
    const articles = readdirSync(join(site.dist, 'hant', 'articles')).map((id) => page(`hant/articles/${id}`));
    const all = articles.join('\n');
    expect(all).toContain('集中簽約');
    expect(all).toMatch(/[把掌]握發展/u);
    for (const wrong of ['籤約', '籤署', '握髮展', '金髮放']) expect(all).not.toContain(wrong);
  });

  test('cites an article near its title in Chicago, APA and GB/T 7714, with BibTeX, RIS and CSL-JSON downloads', () => {
    const html = page('articles/e698e91f-0150');
    const cite = html.indexOf('<section class="cite"');
    expect(cite).toBeGreaterThan(html.indexOf('<h1'));
    expect(cite).toBeLessThan(html.indexOf('class="reading-body"'));
    const section = html.slice(cite, html.indexOf('</section>', cite));
    expect(section).toContain('滨州日报 (Binzhou Daily), 2017, page unknown. Local Governance Archive, source page 003_e698e91fc0ebeaed.txt');
    for (const style of ['chicago', 'apa', 'gbt']) expect(section).toContain(`data-cite-text="${style}"`);
    for (const [file, start] of [
      ['cite.bib', '@article{e698e91f0150,'],
      ['cite.ris', 'TY  - NEWS'],
      ['cite.json', '['],
    ] as const) {
      expect(section).toContain(`href="/archive/articles/e698e91f-0150/${file}"`);
      expect(readFileSync(join(site.dist, 'articles', 'e698e91f-0150', file), 'utf8').startsWith(start)).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(site.dist, 'articles', 'e698e91f-0150', 'cite.json'), 'utf8'))[0].type).toBe('article-newspaper');
  });

  test('shows a translator’s note under the English it belongs to (60万兆瓦)', () => {
    expect(page('articles/e698e91f-0244')).toContain('Translator’s note: The Chinese prints 60万兆瓦, 600,000 megawatts (600 gigawatts)');
  });

  test('annotates glossary terms in headlines and counts them as uses (督查激励)', () => {
    const article = page('articles/ab11b812-0075');
    const h1 = article.match(/<h1[^>]*>([\s\S]*?)<\/h1>/u)![1]!;
    expect(h1).toContain('href="/archive/glossary/du-cha-ji-li/"');
    expect(h1.replace(/<span class="tip"[\s\S]*?<\/span><\/span>/gu, '').replace(/<[^>]+>/gu, '')).toBe('淄博高新区: 知识产权工作获省级督查激励');
    expect(article).toMatch(/<ul class="terms-here">.*<li><a href="\/archive\/glossary\/du-cha-ji-li\/">督查激励<\/a>/su);
    const term = page('glossary/du-cha-ji-li');
    expect(term).toMatch(/<p lang="en">[1-9]\d* uses? in/u);
    expect(term).toContain('href="/archive/articles/ab11b812-0075/"');
  });

  test('the glossary filter matches Traditional input on both scripts (營商環境)', () => {
    for (const path of ['glossary', 'hant/glossary']) {
      const item = page(path).match(/<li[^>]*data-filter="([^"]*)"[^>]*>\s*<a[^>]*href="[^"]*\/glossary\/ying-shang-huan-jing\/"/u);
      expect(item?.[1]).toContain('营商环境');
      expect(item?.[1]).toContain('營商環境');
    }
  });

  test('a glossary entry shows its official rendering with the quoted wording, or says a claimed one is not verified', () => {
    const official = page('glossary/fang-guan-fu');
    expect(official).toContain('“Reforms to streamline administration and delegate power, improve regulation, and upgrade services were intensified.”');
    expect(official).toContain('id="examples"');
    const unverified = page('glossary/guo-zi-wei');
    expect(unverified).toContain('data-unverified-official');
    expect(unverified).toContain('none published that we know of');
  });

  test('names a source page by newspaper, date and page, the file name as a detail, and anchors every line range', () => {
    const binzhou = page('sources/003_e698e91fc0ebeaed');
    expect(binzhou).toContain('Binzhou Daily, 2017, page unknown');
    expect(binzhou).toContain('滨州日报 2017年 版次不详');
    expect(binzhou).toContain('<code>003_e698e91fc0ebeaed.txt</code>');
    expect(page('sources/000_c1589599c8272d34')).toContain('Probably 吉林日报, 2021, page unknown');
    // A paragraph of three lines links to its whole range, and the source page has the anchor.
    expect(page('articles/80e90a4c-0003')).toContain('href="/archive/sources/001_80e90a4cb6de53c7/#L23-L25"');
    expect(page('sources/001_80e90a4cb6de53c7')).toContain('<span id="L23-L25" class="range-anchor"></span>');
  });

  test('links each source line range to its article', () => {
    const html = page('sources/003_e698e91fc0ebeaed');
    expect(html).toContain('id="L150"');
    expect(html).toContain('href="/archive/articles/e698e91f-0150/"');
  });

  test('builds a Pagefind bundle', () => {
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site.dist, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });

  test("sends a Content-Security-Policy on every page that allows only the site's own scripts", () => {
    for (const path of ['', 'articles/c1589599-0593', 'search', 'hant/articles/c1589599-0593', 'glossary/zheng-cun-shou-xin']) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/u.exec(page(path))?.[1]?.replace(/&#x27;/gu, "'");
      expect(csp, path).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(?: 'sha256-[^']+')*;/u);
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  test('shows hostile text from a page as text, never as markup or code', () => {
    const units = JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as { id: string; source: string }[];
    const ids = units.filter((unit) => unit.source === 'hostile-payloads.txt').map((unit) => unit.id);
    expect(ids.length).toBeGreaterThan(0);
    const html = ids.map((id) => page(`articles/${id}`)).join('\n');
    for (const payload of [
      '{alert(1)}',
      '{props.x}',
      "window.__pwned = 'script';",
      'onerror=',
      'javascript:alert(1)',
      "import fs from 'node:fs'",
      'export const pwned = true',
      '[链接文字](javascript:alert(2))',
      '假的前言',
      '&amp;amp;',
      '<div onclick',
    ]) {
      const escaped = payload.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
      expect(
        html.includes(payload.replace(/'/gu, '&#39;')) ||
          html.includes(escaped) ||
          html.includes(escaped.replace(/"/gu, '&quot;')) ||
          html.includes(escaped.replace(/'/gu, '&#39;')),
      ).toBe(true);
    }
    expect(html).not.toMatch(/<script>window\.__pwned/u);
    expect(html).not.toMatch(/<img[^>]*onerror/u);
    expect(html).not.toMatch(/href="javascript:/u);
    expect(html).not.toMatch(/<div onclick/u);
    expect(html).not.toContain('href="https://example.invalid');
  });
});

describe('the built site: glossary, Traditional pages, exports', () => {
  test('annotates every occurrence of every glossary term, and lists each on its term page', async () => {
    const { glossaryEntries } = await import('../../src/lib/glossary/glossary-data.ts');
    const { matcherFor, collectUses, headTexts } = await import('../../src/lib/glossary/uses.ts');
    process.env.ARCHIVE_CONTENT_DIR = site.content;
    const articles = (
      JSON.parse(readFileSync(join(site.content, 'articles', 'articles.json'), 'utf8')) as {
        units: import('../../src/lib/ingest/ingest-page.ts').ArticleRecord[];
      }
    ).units;
    const matcher = matcherFor(glossaryEntries());
    let expected = 0;
    let found = 0;
    for (const article of articles) {
      const want = new Map<string, number>();
      // The body and the printed head (kicker, title unless inferred, subtitle) are annotated alike.
      const texts = [...headTexts(article).map((head) => head.text), ...article.blocks.map((block) => block.text)];
      for (const text of texts) for (const match of matcher.match(text)) want.set(match.id, (want.get(match.id) ?? 0) + 1);
      const html = page(`articles/${article.id}`);
      const got = new Map<string, number>();
      // The Chinese uses: the printed head (kicker, headline, subtitle) and the Chinese column (the English column is annotated too, from the renderings).
      const head = /<header class="article-head"[^>]*>(.*?)<\/header>/su.exec(html)?.[1] ?? '';
      const chinese = [head, ...[...html.matchAll(/<div class="zh" lang="zh-Hans">(.*?)<\/div>/gsu)].map((match) => match[1]!)].join('\n');
      for (const match of chinese.matchAll(/<a href="\/archive\/glossary\/([^/]+)\//gu)) got.set(match[1]!, (got.get(match[1]!) ?? 0) + 1);
      expect(Object.fromEntries(got), article.id).toEqual(Object.fromEntries(want));
      expected += [...want.values()].reduce((a, b) => a + b, 0);
      found += [...got.values()].reduce((a, b) => a + b, 0);
    }
    expect(found).toBe(expected);
    expect(expected).toBeGreaterThan(1000);
    const uses = collectUses(articles, matcher);
    for (const id of ['zheng-cun-shou-xin', 'fang-guan-fu', 'yi-men-shou-li-xie-tong-ban-li']) {
      // The uses are listed USES_PER_PAGE (250) to a page: /glossary/<id>/, /glossary/<id>/2/ …
      let marks = 0;
      for (let n = 1; existsSync(join(site.dist, 'glossary', id, ...(n === 1 ? [] : [String(n)]), 'index.html')); n++) {
        marks += (page(n === 1 ? `glossary/${id}` : `glossary/${id}/${n}`).match(/<mark>/gu) ?? []).length;
      }
      expect(marks, id).toBe(uses.get(id)!.length);
    }
    // A term used more than USES_PER_PAGE times (test/fixtures/scale/many-uses.txt) lists its uses over pages, each with a pager, in both scripts.
    expect(uses.get('fang-guan-fu')!.length).toBeGreaterThan(USES_PER_PAGE);
    for (const path of ['glossary/fang-guan-fu', 'glossary/fang-guan-fu/2', 'hant/glossary/fang-guan-fu/2']) {
      const html = page(path);
      expect(html, path).toContain('class="pager"');
      expect(html, path).toMatch(/<span aria-current="page">\d+<\/span>/u);
    }
  });

  test('lists each term once per article with its English, uses carry only a link, and the explanation is one shared card per term', () => {
    const articles = (JSON.parse(readFileSync(join(site.content, 'articles', 'articles.json'), 'utf8')) as { units: { id: string }[] }).units;
    let english = 0;
    for (const { id } of articles) {
      const html = page(`articles/${id}`);
      // The uses: links to the glossary before the "Terms in this article" list (the head and the text).
      const uses = [
        ...html.slice(0, html.indexOf('<aside aria-labelledby="terms-here"')).matchAll(/<a( [^>]*)? href="\/archive\/glossary\/([^/]+)\/"( [^>]*)?>/gu),
      ].map((use) => [use[0], use[2], `${use[1] ?? ''}${use[3] ?? ''}`] as const);
      // A use is its link and nothing else: no description, title or popover of its own.
      expect(
        uses.filter((use) => use[2]),
        id,
      ).toEqual([]);
      const distinct = new Set(uses.map((use) => use[1]!));
      const listed = [
        ...(html.match(/<ul class="terms-here">(.*?)<\/ul>/su)?.[1] ?? '').matchAll(
          /<li><a href="\/archive\/glossary\/([^/]+)\/">[^<]+<\/a> <span lang="en">[^<]+<\/span><\/li>/gu,
        ),
      ].map((entry) => entry[1]!);
      expect(listed, id).toEqual([...new Set(listed)]);
      expect(new Set(listed), id).toEqual(distinct);
      for (const para of html.matchAll(/<div class="zh" lang="zh-Hans">(.*?)<\/div>\s*<div class="en[^"]*" lang="en">(.*?)<\/div>/gsu)) {
        const ids = (text: string) => new Set([...text.matchAll(/<a href="\/archive\/glossary\/([^/]+)\//gu)].map((match) => match[1]!));
        const inEnglish = ids(para[2]!);
        english += inEnglish.size;
        for (const term of inEnglish) expect(ids(para[1]!).has(term), `${id}: ${term} in English but not in the paragraph's Chinese`).toBe(true);
      }
    }
    expect(english).toBeGreaterThan(50);
    const seed = page('articles/c1589599-0593');
    expect(seed).toMatch(/<div class="en" lang="en"><p>[^<]*(?:<(?!\/p>)[^<]*)*?<a href="\/archive\/glossary\/zheng-cun-shou-xin\/">whole-village credit/iu);
    // The explanation the popover shows is in one card per term, shared by every article in both scripts.
    const card = JSON.parse(readFileSync(join(site.dist, 'glossary', 'zheng-cun-shou-xin', 'card.json'), 'utf8')) as Record<string, string>;
    const entry = (
      JSON.parse(readFileSync(join(site.dist, 'data', 'glossary.json'), 'utf8')) as { id: string; pinyin: string; english: string; definitionEn: string }[]
    ).find((term) => term.id === 'zheng-cun-shou-xin')!;
    expect(card).toEqual({ term: '整村授信', pinyin: entry.pinyin, english: entry.english, gloss: entry.definitionEn.split(/(?<=\.)\s/u)[0] });
    expect(existsSync(join(site.dist, 'hant', 'glossary', 'zheng-cun-shou-xin', 'card.json'))).toBe(false);
  });

  test('has a Traditional copy of every page but the source pages (shown as printed, one copy), in zh-Hant, with a switch back', () => {
    const count = (dir: string): number => {
      let total = 0;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory() && !['hant', 'pagefind', '_astro', 'data', 'sources'].includes(entry.name)) total += count(join(dir, entry.name));
        else if (entry.name === 'index.html') total++;
      }
      return total;
    };
    expect(count(join(site.dist, 'hant'))).toBe(count(site.dist));
    expect(existsSync(join(site.dist, 'hant', 'sources'))).toBe(false);
    // A source page: no switch to a Traditional copy; the Traditional article links to the one copy.
    const source = readdirSync(join(site.dist, 'sources'))[0]!;
    expect(page(`sources/${source}`)).not.toContain('data-script-switch');
    expect(page(`sources/${source}`)).not.toContain('hreflang="zh-Hant"');
    expect(page('hant/articles/80e90a4c-0003')).toMatch(/href="\/archive\/sources\/[^"]+"/u);
    expect(page('hant/articles/80e90a4c-0003')).not.toContain('/hant/sources/');
    const html = page('hant/articles/80e90a4c-0003');
    expect(html).toContain('<html lang="zh-Hant">');
    expect(html).toContain('規範化');
    // Only the citation keeps the title as printed (Simplified); everything else is converted.
    expect(html.replace(/<section class="cite"[\s\S]*?<\/section>/u, '')).not.toContain('规范化');
    expect(html).toMatch(/<a data-script-switch="" href="\/archive\/articles\/80e90a4c-0003\/"[^>]*>简体<\/a>/u);
    expect(html).toContain('href="/archive/hant/glossary/');
    expect(page('hant/articles/c1589599-0593')).toContain('鄉村振興');
    expect(page('articles/80e90a4c-0003')).toMatch(/<a data-script-switch(?:="")? href="\/archive\/hant\/articles\/80e90a4c-0003\/"/u);
  });

  test('exports the glossary as TBX-Basic and the translations as TMX, both round-tripping', async () => {
    const { parseTbx } = await import('../../src/lib/exports/tbx.ts');
    const { parseTmx } = await import('../../src/lib/exports/tmx.ts');
    const glossary = JSON.parse(readFileSync(join(site.dist, 'data/glossary.json'), 'utf8')) as {
      id: string;
      term: string;
      variants: string[];
      english: string;
      uses: unknown[];
    }[];
    const tbx = parseTbx(readFileSync(join(site.dist, 'data/glossary.tbx'), 'utf8'));
    expect(tbx.length).toBe(glossary.length);
    for (const entry of glossary) {
      const concept = tbx.find((candidate) => candidate.id === entry.id)!;
      expect(concept.terms['zh-Hans']).toEqual([entry.term, ...entry.variants]);
      expect(concept.terms.en![0]).toBe(entry.english);
    }
    expect(readFileSync(join(site.dist, 'data/glossary.csv'), 'utf8').split('\n')[0]).toContain('id,term,termHant,variants,pinyin,english');
    const units = JSON.parse(readFileSync(join(site.dist, 'data/articles.json'), 'utf8')) as {
      id: string;
      titleEn: string | null;
      titleHant: string;
      paragraphs: { id: string; zh: string; zhHant: string; en: string | null; enState: string }[];
    }[];
    const { xmlText } = await import('../../src/lib/exports/safe-text.ts');
    // (TMX holds the text less the control characters XML cannot hold: the security fixture has some.)
    const translated = units.flatMap((unit) =>
      unit.paragraphs
        .filter((paragraph) => paragraph.enState === 'translated')
        .map((paragraph) => ({ id: `${unit.id}#${paragraph.id}`, zh: xmlText(paragraph.zh), en: xmlText(paragraph.en!) })),
    );
    const tmx = parseTmx(readFileSync(join(site.dist, 'data/parallel.tmx'), 'utf8'));
    expect(tmx.map(({ id, zh, en }) => ({ id, zh, en }))).toEqual(translated);
    expect(translated.length).toBeGreaterThan(250);
    const first = units.find((unit) => unit.id === '80e90a4c-0003')!;
    expect(first.titleHant).toBe('“規範化”為政務服務“加碼”');
    expect(first.titleEn).toBeTruthy();
  });
});

describe('the built site: links', () => {
  test('has no broken link, missing fragment or link outside the base, in Simplified and Traditional pages', async () => {
    const { checkLinks, formatLinkProblem } = await import('../../src/lib/site-checks/check-links.ts');
    const report = checkLinks({ dist: site.dist, base: site.base, site: 'https://example.github.io' });
    expect(report.problems.slice(0, 20).map(formatLinkProblem)).toEqual([]);
    expect(report.broken).toBe(0);
    expect(report.outsideBase).toBe(0);
    expect(report.links).toBeGreaterThan(1000);
    expect(report.fragments).toBeGreaterThan(0);
    expect(report.pages).toBeGreaterThan(readdirSync(join(site.dist, 'articles')).length * 2);
  }, 120_000);
});

describe("the built site: search from Node (the browser's code path)", () => {
  test('answers awkward queries sensibly: empty, punctuation only, 1,000 characters, mixed scripts and Latin', async () => {
    const { openArchiveSearch } = await import('../../src/lib/search/open-index.ts');
    const archive = await openArchiveSearch(site.dist);
    await expect(archive.search('')).resolves.toEqual([]);
    await expect(archive.search('，。！？……')).resolves.toEqual([]);
    await expect(archive.search('规'.repeat(1000))).resolves.toEqual([]);
    const mixed = await archive.search('整村授信 credit');
    expect(mixed.map((hit) => hit.id)).toEqual(['c1589599-0593']);
    // Every match of every term in the snippet is marked, and the hit names its first matching paragraph, which the page has.
    const [hit] = await archive.search('乡村振兴 整村授信');
    expect(hit!.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['整村授信', '乡村振兴']);
    expect(hit!.paragraph).toMatch(/^p\d+$/u);
    const page = readFileSync(join(site.dist, 'articles/c1589599-0593/index.html'), 'utf8');
    const paragraph = page
      .split(`id="${hit!.paragraph}"`)[1]!
      .split('class="para"')[0]!
      .replace(/<[^>]*>/gu, '');
    expect(paragraph).toContain('整村授信');
    const hant = await archive.search('規範化');
    expect(hant.map((hit) => hit.id)).toContain('80e90a4c-0003');
    expect(hant.every((hit) => hit.excerpt.match === '规范化')).toBe(true);
    const filtered = await archive.search('党建', { filters: { newspaper: ['滨州日报'] } });
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((hit) => hit.source === '003_e698e91fc0ebeaed.txt')).toBe(true);
  });

  test('the query model on the built index: terms in any order, punctuation and width ignored, metadata words', async () => {
    const { openArchiveSearch } = await import('../../src/lib/search/open-index.ts');
    const archive = await openArchiveSearch(site.dist);
    const ids = async (query: string) => (await archive.search(query)).map((hit) => hit.id);
    expect(await ids('"整村授信"')).toEqual(await ids('整村授信'));
    expect(await ids('授信 整村')).toEqual(expect.arrayContaining(await ids('整村授信')));
    expect(await ids('(试行)')).toEqual(await ids('（试行）'));
    const binzhou = await archive.search('滨州日报');
    expect(binzhou.some((hit) => hit.source === '003_e698e91fc0ebeaed.txt')).toBe(true);
  });

  test('titles are searchable by pinyin, with or without tones and spaces; English that is not pinyin is not read as pinyin', async () => {
    const { openArchiveSearch } = await import('../../src/lib/search/open-index.ts');
    const archive = await openArchiveSearch(site.dist);
    const ids = async (query: string) => (await archive.search(query)).map((hit) => hit.id);
    for (const query of ['zhengcun shouxin', 'zhengcunshouxin', 'Zhěng cūn shòu xìn', 'shishi zhengcun', 'dai dong xiangcun zhenxing'])
      expect(await ids(query), query).toEqual(['c1589599-0593']);
    expect(await ids('zhengcun shouxin dai')).toEqual(['c1589599-0593']);
    expect(await ids('zhengcun zhenxing')).toEqual([]); // not adjacent in the title
    expect(await ids('fire drill')).toHaveLength(1);
  });

  test('one ranking: the CLI (every hit at once) and the search box (a page at a time) give the same hits in the same order', async () => {
    const { openArchiveSearch } = await import('../../src/lib/search/open-index.ts');
    const archive = await openArchiveSearch(site.dist);
    for (const query of ['的', '整村授信', '营商环境 济南', '規範化', 'credit', 'fire drill', '"whole-village credit"', 'zhengcun shouxin']) {
      const cli = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, query], { encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const cursor = await archive.firstPage(query);
      while (!cursor.done) await cursor.more();
      expect(
        cursor.hits.map((hit) => hit.id),
        query,
      ).toEqual((JSON.parse(cli.stdout) as { hits: { id: string }[] }).hits.map((hit) => hit.id));
    }
  });

  test('the search CLI prints JSON with id, url and title', () => {
    const result = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, '整村授信'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    const { hits } = JSON.parse(result.stdout) as { hits: { id: string; url: string; title: string }[] };
    expect(hits).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'c1589599-0593', url: '/archive/articles/c1589599-0593/', title: '实施整村授信“贷”动乡村振兴' })]),
    );
    expect(hits.every((hit) => typeof hit.id === 'string' && hit.url.startsWith('/archive/articles/') && hit.title)).toBe(true);
  });

  test('a query that names a glossary term (form, Traditional, English or pinyin) gives its card first, in Node and the CLI', async () => {
    const { openArchiveSearch } = await import('../../src/lib/search/open-index.ts');
    const archive = await openArchiveSearch(site.dist);
    const card = {
      id: 'zheng-cun-shou-xin',
      url: '/archive/glossary/zheng-cun-shou-xin/',
      term: '整村授信',
      pinyin: 'zhěngcūn shòuxìn',
      english: 'whole-village credit granting',
      line: expect.stringMatching(/^A rural-credit campaign .*[.…]$/u),
    };
    for (const query of ['整村授信', '整村授信 credit', 'whole-village credit', 'Whole-Village Credit Granting', 'zhengcun shouxin', 'zhěng cūn shòu xìn'])
      expect(await archive.terms(query), query).toEqual([card]);
    expect((await archive.terms('放管服'))[0]?.id).toBe('fang-guan-fu');
    expect((await archive.terms('fangguanfu'))[0]?.id).toBe('fang-guan-fu');
    expect(await archive.terms('credit')).toEqual([]);
    expect(await archive.terms('')).toEqual([]);
    const first = await archive.firstPage('整村授信');
    expect(first.terms.map((term) => term.id)).toEqual(['zheng-cun-shou-xin']);
    const json = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, 'fàng guǎn fú'], { encoding: 'utf8' });
    expect(json.status, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { terms: { id: string; url: string }[] }).terms).toEqual([
      expect.objectContaining({ id: 'fang-guan-fu', url: '/archive/glossary/fang-guan-fu/' }),
    ]);
    const text = spawnSync(process.execPath, ['scripts/search.ts', '--dist', site.dist, '整村授信'], { encoding: 'utf8' });
    expect(text.stdout.indexOf('整村授信  zhěngcūn shòuxìn  whole-village credit granting')).toBeGreaterThanOrEqual(0);
    expect(text.stdout.indexOf('/archive/glossary/zheng-cun-shou-xin/')).toBeLessThan(text.stdout.indexOf('1 result'));
  });

  test('the search CLI sorts by year (a search per year) and refuses an unknown order', () => {
    const years = (order: string) => {
      const result = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, '--sort', order, '的'], { encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { hits: { year: string }[] }).hits.map((hit) => hit.year).filter(Boolean);
    };
    const newest = years('newest');
    expect(new Set(newest).size).toBeGreaterThan(2);
    expect(newest).toEqual([...newest].sort().reverse());
    const oldest = years('oldest');
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest.length).toBe(newest.length);
    const bad = spawnSync(process.execPath, ['scripts/search.ts', '--dist', site.dist, '--sort', 'sideways', '的'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--sort expects newest or oldest');
  });
});
