import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkLinks,
  fileForPath,
  formatLinkProblem,
  guessBase,
  normaliseBase,
  pageUrlPath,
  parsePage,
  refreshUrl,
  srcsetUrls,
} from '../../../src/lib/site-checks/check-links.ts';

/** Write a made-up dist: `{ 'path/in/dist': 'content' }`. */
function makeDist(files: Record<string, string>): string {
  const dist = join(mkdtempSync(join(tmpdir(), 'check-links-')), 'dist');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

const html = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

/** A small site built for the base `/archive/` whose links all hold. */
const goodSite: Record<string, string> = {
  'index.html': html(
    `<a href="/archive/articles/a/">a</a> <a href="articles/a/#p13">a, paragraph 13</a>
     <a href="/archive/sources/s/#L150">line 150</a> <a href="#main">skip</a> <main id="main"></main>
     <img src="/archive/img/a.png" srcset="/archive/img/a.png 1x, /archive/img/a@2x.png 2x" alt="">
     <picture><source srcset="img/a.png 480w,img/a@2x.png 960w"></picture>
     <a href="https://example.org/page">elsewhere</a> <a href="mailto:someone@example.org">mail</a>
     <a href="https://user.github.io/archive/articles/a/">canonical</a>
     <script type="module" src="/archive/_astro/x.js"></script>`,
    '<link rel="stylesheet" href="/archive/_astro/x.css"><link rel="icon" href="/archive/favicon.svg">',
  ),
  'articles/a/index.html': html('<p id="p13">…</p><a href="../../">home</a><a href="/archive/hant/articles/a/#p13">繁體</a>'),
  'hant/articles/a/index.html': html('<p id="p13">…</p><a href="/archive/articles/a/">简体</a><a name="old-anchor"></a><a href="#old-anchor">old</a>'),
  'sources/s/index.html': html('<ol><li id="L150">line</li></ol>'),
  'old/index.html': html('', '<meta http-equiv="refresh" content="0; url=/archive/articles/a/">'),
  '_astro/x.js': 'console.log(1);',
  '_astro/x.css': 'body{}',
  'img/a.png': 'png',
  'img/a@2x.png': 'png',
  'favicon.svg': '<svg/>',
};

describe('checkLinks', () => {
  test('passes a site whose internal links, assets and fragments all resolve, and counts what it checked', () => {
    const report = checkLinks({ dist: makeDist(goodSite), base: '/archive/', site: 'https://user.github.io' });
    expect(report.problems).toEqual([]);
    expect(report.pages).toBe(5);
    expect(report.broken).toBe(0);
    expect(report.outsideBase).toBe(0);
    // index: 4 a + img src + 2 img srcset + 2 source srcset + canonical + script + 2 link = 13; article: 2; hant: 2; source: 0; old: 1
    expect(report.links).toBe(18);
    // index: #p13, #L150, #main; article → hant: #p13; hant: #old-anchor (an a[name])
    expect(report.fragments).toBe(5);
    expect(report.external).toBe(1);
    expect(report.externalUrls).toEqual([{ url: 'https://example.org/page', count: 1 }]);
    expect(report.skipped).toBe(1);
  });

  test('reports a broken file link, a missing fragment and a link outside the base, each with its page', () => {
    const dist = makeDist({
      ...goodSite,
      'articles/b/index.html': html(
        `<a href="/archive/articles/missing/">gone</a>
         <a href="/archive/sources/s/#L999">no such line</a>
         <a href="/articles/a/">forgot the base</a>
         <a href="#nowhere">no such id here</a>
         <a href="/archive/articles/a">no slash</a>
         <script src="/archive/_astro/gone.js"></script>`,
      ),
    });
    const report = checkLinks({ dist, base: '/archive/' });
    const lines = report.problems.map(formatLinkProblem);
    expect(lines).toEqual([
      'articles/b/index.html → /archive/articles/missing/: no file articles/missing/index.html in dist',
      'articles/b/index.html → /archive/sources/s/#L999: no id "L999" in sources/s/index.html',
      'articles/b/index.html → /articles/a/: /articles/a/ is outside the base /archive/',
      'articles/b/index.html → #nowhere: no id "nowhere" in articles/b/index.html',
      'articles/b/index.html → /archive/articles/a: articles/a is a folder: link to /archive/articles/a/ (with the slash)',
      'articles/b/index.html → /archive/_astro/gone.js: no file _astro/gone.js in dist',
    ]);
    expect(report.broken).toBe(5);
    expect(report.outsideBase).toBe(1);
  });

  test('treats absolute links to the site origin as internal and checks them against the base', () => {
    const dist = makeDist({ ...goodSite, 'x/index.html': html('<link rel="canonical" href="https://user.github.io/articles/a/">') });
    const report = checkLinks({ dist, base: '/archive/', site: 'https://user.github.io' });
    expect(report.problems.map(formatLinkProblem)).toEqual(['x/index.html → https://user.github.io/articles/a/: /articles/a/ is outside the base /archive/']);
    // Without the site origin the same link is external.
    expect(checkLinks({ dist, base: '/archive/' }).problems).toEqual([]);
  });

  test('checks a site built for the root base', () => {
    const dist = makeDist({ 'index.html': html('<a href="/a/#x">a</a><a href="/b/">b</a>'), 'a/index.html': html('<h2 id="x">x</h2>') });
    const report = checkLinks({ dist });
    expect(report.problems.map(formatLinkProblem)).toEqual(['index.html → /b/: no file b/index.html in dist']);
    expect(report.fragments).toBe(1);
  });
});

describe('the helpers', () => {
  test('normaliseBase gives a base one slash at each end', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('archive')).toBe('/archive/');
    expect(normaliseBase('/a/b')).toBe('/a/b/');
  });

  test('pageUrlPath and fileForPath map files and URL paths both ways', () => {
    expect(pageUrlPath('index.html', '/archive/')).toBe('/archive/');
    expect(pageUrlPath('articles/x/index.html', '/archive/')).toBe('/archive/articles/x/');
    expect(pageUrlPath('404.html', '/')).toBe('/404.html');
    expect(fileForPath('/archive/', '/archive/')).toBe('index.html');
    expect(fileForPath('/archive', '/archive/')).toBe('index.html');
    expect(fileForPath('/archive/articles/x/', '/archive/')).toBe('articles/x/index.html');
    expect(fileForPath('/archive/glossary/%E6%94%BF/', '/archive/')).toBe('glossary/政/index.html');
    expect(fileForPath('/articles/x/', '/archive/')).toBeNull();
    expect(fileForPath('/archived/x/', '/archive/')).toBeNull();
  });

  test('srcsetUrls and refreshUrl take the URLs out of their attributes', () => {
    expect(srcsetUrls('a.png 1x, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png 480w,b.png 960w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls(['a.png 1x', ' b.png'])).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a,b.png 1x')).toEqual(['a,b.png']);
    expect(refreshUrl('0; url=/archive/x/')).toBe('/archive/x/');
    expect(refreshUrl("5;URL='x.html'")).toBe('x.html');
    expect(refreshUrl('30')).toBeNull();
  });

  test('parsePage collects references and ids', () => {
    const page = parsePage('<a href="/x/#p3">x</a><p id="p3">…</p><a name="n"></a><img srcset="a.png 1x, b.png 2x">');
    expect(page.references).toEqual([
      { from: 'a[href]', url: '/x/#p3' },
      { from: 'img[srcset]', url: 'a.png' },
      { from: 'img[srcset]', url: 'b.png' },
    ]);
    expect([...page.ids].sort()).toEqual(['n', 'p3']);
  });

  test('guessBase finds the base a dist was built for', () => {
    expect(guessBase(makeDist(goodSite))).toBe('/archive/');
    expect(guessBase(makeDist({ 'index.html': html('<link rel="stylesheet" href="/_astro/x.css">'), '_astro/x.css': '' }))).toBe('/');
  });
});
