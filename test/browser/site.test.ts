import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { CHROMIUM, hasChromium, INSTALL_HINT } from './chromium.ts';
import { useSiteInChromium } from './site-in-chromium.ts';

const site = inject('site');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const chromium = useSiteInChromium(site);

async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark'; bypassCSP?: boolean } = {}): Promise<Page> {
  // Only the axe runs bypass the page's CSP: injecting axe-core is exactly what the CSP forbids.
  const page = await chromium.browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    bypassCSP: options.bypassCSP ?? false,
  });
  await page.goto(chromium.served.url(path), { waitUntil: 'load' });
  return page;
}

/** Run axe-core on a page and return its violations (rule id and affected nodes). */
async function axe(page: Page): Promise<{ id: string; nodes: number; help: string }[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const outcome = await (
      window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] });
    return outcome.violations.map((violation) => ({ id: violation.id, help: violation.help, nodes: violation.nodes.length }));
  });
}

// In CI a missing browser fails the run; elsewhere the skip is announced with how to install one.
test('a Chromium-based browser is available for the browser tests', (context) => {
  if (!hasChromium && !process.env.CI) context.skip(`no Chromium found: ${INSTALL_HINT}`);
  expect(CHROMIUM, `no Chromium found: ${INSTALL_HINT}`).not.toBeNull();
});

describe.skipIf(!hasChromium)('the site in Chromium (served under /archive/)', () => {
  test('opens an article from the home page', async () => {
    const page = await open('');
    await page.getByRole('link', { name: '实施整村授信“贷”动乡村振兴' }).click();
    await page.waitForURL(/\/archive\/articles\/c1589599-0593\/$/u);
    // The headline's glossary terms are annotated: without their popovers, its text is the headline.
    const headline = page.locator('h1').evaluate((h1) => {
      const copy = h1.cloneNode(true) as HTMLElement;
      for (const tip of copy.querySelectorAll('.tip')) tip.remove();
      return copy.textContent;
    });
    await expect(headline).resolves.toBe('实施整村授信“贷”动乡村振兴');
    await page.close();
  });

  test('shows a term popover on hover and keyboard focus, beside the line rather than over it, and Escape hides it', async () => {
    const page = await open('articles/c1589599-0593/');
    const cards: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/card.json')) cards.push(new URL(request.url()).pathname);
    });
    const term = page.locator('.reading-body .zh a.term[href="/archive/glossary/zheng-cun-shou-xin/"]').first();
    const popover = page.locator('#term-pop');
    await expect(popover.isVisible()).resolves.toBe(false);
    await term.hover();
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(popover.textContent()).resolves.toContain('whole-village credit');
    // The pinyin and the line of explanation come from the term's shared card, fetched once.
    await popover.locator('.pop-gloss').waitFor();
    await expect(popover.textContent()).resolves.toMatch(/zhěngcūn shòuxìn.*A rural-credit campaign/su);
    expect(cards).toEqual(['/archive/glossary/zheng-cun-shou-xin/card.json']);
    const [box, pop] = await Promise.all([term.boundingBox(), popover.boundingBox()]);
    // Above or below the term, never over its line.
    expect(pop!.y >= box!.y + box!.height || pop!.y + pop!.height <= box!.y).toBe(true);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    await expect(popover.isVisible()).resolves.toBe(false);
    // Keyboard: Tab reaches the first term of the article; its popover shows; Escape hides it.
    const first = page.locator('.reading-body a.term').first();
    let focused = false;
    for (let i = 0; i < 60 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await first.evaluate((element) => element === document.activeElement);
    }
    expect(focused).toBe(true);
    await expect(popover.isVisible()).resolves.toBe(true);
    await expect(first.getAttribute('aria-describedby')).resolves.toMatch(/^def-/u);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('near the bottom of the window the popover opens above the term', async () => {
    const page = await open('articles/c1589599-0593/', { width: 1280 });
    const term = page.locator('.reading-body .zh a.term').nth(2);
    // Scroll so the term sits 40 px above the bottom edge.
    await term.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 40));
    await term.hover();
    await page.locator('#term-pop .pop-gloss').waitFor();
    const [box, pop] = await Promise.all([term.boundingBox(), page.locator('#term-pop').boundingBox()]);
    expect(pop!.y + pop!.height).toBeLessThanOrEqual(box!.y);
    await expect(page.locator('#term-pop').getAttribute('data-side')).resolves.toBe('above');
    await page.close();
  });

  test('annotations: all, first use or none, remembered on the next page; one Tab stop per distinct term; arrows step through every use', async () => {
    const page = await open('articles/80e90a4c-0003/');
    const body = page.locator('.reading-body');
    const state = () =>
      page.evaluate(() => {
        const uses = [...document.querySelectorAll<HTMLElement>('.reading-body a.term')].filter((use) => use.offsetParent !== null);
        const id = (use: HTMLElement) => use.getAttribute('aria-describedby');
        const marked = uses.filter((use) => use.classList.contains('marked'));
        const zhMarked = marked.filter((use) => use.closest('.zh'));
        return {
          uses: uses.length,
          distinct: new Set(uses.map(id)).size,
          marked: marked.length,
          zhMarked: zhMarked.length,
          zhDistinct: new Set(zhMarked.map(id)).size,
          tabStops: uses.filter((use) => use.tabIndex >= 0).length,
          underlined: marked.filter((use) => getComputedStyle(use).textDecorationLine.includes('underline')).length,
          plain: uses.filter((use) => !use.classList.contains('marked') && getComputedStyle(use).textDecorationLine === 'none').length,
        };
      });
    const all = await state();
    expect(all.uses).toBeGreaterThan(100);
    expect(all.marked).toBe(all.uses);
    // One Tab stop per distinct term, not one per use.
    expect(all.tabStops).toBe(all.distinct);
    expect(all.distinct).toBeLessThan(all.uses / 2);
    await page.getByRole('radio', { name: /First use/u }).check();
    await expect(body.getAttribute('data-annotations')).resolves.toBe('first');
    const first = await state();
    expect(first.zhMarked).toBe(first.zhDistinct);
    expect(first.underlined).toBe(first.marked);
    expect(first.plain).toBe(first.uses - first.marked);
    expect(first.tabStops).toBe(first.distinct);
    // Arrow keys step from one use to the next, including uses that are not Tab stops.
    await page.getByRole('radio', { name: /^全部/u }).check();
    const uses = page.locator('.reading-body a.term');
    // The first use that is not a Tab stop (a second use of a term), reached from the use before it.
    const k = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.reading-body a.term')].findIndex((use) => use.tabIndex < 0));
    expect(k).toBeGreaterThan(0);
    await uses.nth(k - 1).focus();
    await page.keyboard.press('ArrowRight');
    await expect(uses.nth(k).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await expect(page.locator('#term-pop').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect(uses.nth(k - 1).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.getByRole('radio', { name: /^无/u }).check();
    const none = await state();
    expect(none.marked).toBe(0);
    expect(none.tabStops).toBe(0);
    // Remembered on the next page.
    await page.getByRole('radio', { name: /First use/u }).check();
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    await expect(page.locator('.reading-body').getAttribute('data-annotations')).resolves.toBe('first');
    await expect(page.getByRole('radio', { name: /First use/u }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  test('on a phone a tap shows the term in a sheet with a close button and a link to the entry; only the link goes', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    const term = page.locator('.reading-body .zh a.term[href="/archive/glossary/zheng-cun-shou-xin/"]').first();
    const sheet = page.getByRole('dialog', { name: /整村授信/u });
    await term.tap();
    await expect(sheet.isVisible()).resolves.toBe(true);
    await term.tap();
    expect(page.url()).toMatch(/\/articles\/c1589599-0593\/$/u);
    await expect(sheet.textContent()).resolves.toContain('whole-village credit');
    await sheet.locator('.pop-gloss').waitFor();
    const box = await sheet.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await sheet.getByRole('button', { name: /Close/u }).tap();
    await expect(sheet.isVisible()).resolves.toBe(false);
    await term.tap();
    await sheet.getByRole('link', { name: /Open the entry/u }).tap();
    await page.waitForURL(/\/archive\/glossary\/zheng-cun-shou-xin\/$/u);
    await context.close();
  });

  test('English as a way in: English titles on the home page, an interface switch that keeps the page and is remembered, labelled filter values', async () => {
    const page = await open('');
    await expect(page.locator('main a[href="/archive/articles/c1589599-0593/"] .title-en').textContent()).resolves.toMatch(/credit/iu);
    const nav = page.getByRole('navigation', { name: /Site/u });
    await expect(nav.getByText('首页', { exact: true }).isVisible()).resolves.toBe(true);
    await page.getByRole('combobox', { name: /Interface language/u }).selectOption('en');
    expect(page.url()).toBe(chromium.served.url(''));
    await expect(nav.getByText('首页', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(nav.getByText('Home', { exact: true }).isVisible()).resolves.toBe(true);
    // Remembered on the next page; the article's own Chinese stays.
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    await expect(page.locator('html').getAttribute('data-ui')).resolves.toBe('en');
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.getByText('阅读模式', { exact: true }).isVisible()).resolves.toBe(false);
    await page.getByRole('combobox', { name: /Interface language/u }).selectOption('both');
    await expect(page.getByText('阅读模式', { exact: true }).isVisible()).resolves.toBe(true);
    // Filter values read as words in both languages, not slugs.
    await page.goto(chromium.served.url('search/'));
    await page.locator('main details.search-filters summary').click();
    const kinds = page.locator('main select[name="kind"] option');
    await expect.poll(() => kinds.count()).toBeGreaterThan(2);
    await expect(kinds.allTextContents()).resolves.toContainEqual(expect.stringMatching(/^文章 Article \(\d+\)$/u));
    await expect(page.locator('main select[name="region"] option').allTextContents()).resolves.toContainEqual(
      expect.stringMatching(/^吉林省 Jilin Province \(\d+\)$/u),
    );
    await page.close();
  });

  test('switches reading modes by keyboard and remembers the choice on the next page', async () => {
    const page = await open('articles/80e90a4c-0003/');
    const body = page.locator('.reading-body');
    await expect(body.getAttribute('data-mode')).resolves.toBe('both');
    await page.getByRole('radio', { name: 'English' }).focus();
    await page.keyboard.press('Space');
    await expect(body.getAttribute('data-mode')).resolves.toBe('en');
    await expect(page.locator('.para .zh').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('.para .en').first().isVisible()).resolves.toBe(true);
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    await expect(page.locator('.reading-body').getAttribute('data-mode')).resolves.toBe('en');
    await page.getByRole('radio', { name: /中文/u }).check();
    await expect(page.locator('.para .en').first().isVisible()).resolves.toBe(false);
    await page.close();
  });

  test('shows both languages side by side with JavaScript off', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    await expect(page.locator('.para .zh').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.para .en').first().isVisible()).resolves.toBe(true);
    const [zh, en] = await Promise.all([page.locator('.para .zh').nth(1).boundingBox(), page.locator('.para .en').nth(1).boundingBox()]);
    expect(en!.x).toBeGreaterThan(zh!.x + zh!.width - 1);
    await context.close();
  });

  test('switches between Simplified and Traditional script on the same page', async () => {
    const page = await open('articles/80e90a4c-0003/');
    await page.getByRole('link', { name: '繁體' }).click();
    await page.waitForURL(/\/archive\/hant\/articles\/80e90a4c-0003\/$/u);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-Hant');
    const headline = page.locator('h1').evaluate((h1) => {
      const copy = h1.cloneNode(true) as HTMLElement;
      for (const tip of copy.querySelectorAll('.tip')) tip.remove();
      return copy.textContent;
    });
    await expect(headline).resolves.toBe('“規範化”為政務服務“加碼”');
    await page.getByRole('link', { name: '简体' }).click();
    await page.waitForURL(/\/archive\/articles\/80e90a4c-0003\/$/u);
    await page.close();
  });

  test("the script switch keeps the reader's place: the paragraph being read, in the other script and back", async () => {
    const page = await open('articles/80e90a4c-0003/');
    const paragraphs = page.locator('.para[id]');
    const target = paragraphs.nth(5);
    const id = await target.getAttribute('id');
    await target.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // The reader rests there, then scrolls up to the switch (the click scrolls the header into view).
    await page.waitForTimeout(1200);
    await page.getByRole('link', { name: '繁體' }).click();
    await page.waitForURL(new RegExp(`/archive/hant/articles/80e90a4c-0003/#${id}$`, 'u'));
    await expect(page.locator(`#${id}`).evaluate((element) => Math.abs(element.getBoundingClientRect().top) < 200)).resolves.toBe(true);
    await page.waitForTimeout(1200);
    await page.getByRole('link', { name: '简体' }).click();
    await page.waitForURL(new RegExp(`/archive/articles/80e90a4c-0003/#${id}$`, 'u'));
    await page.close();
  });

  test('shows ten results at a time, the next ten on demand, with the count once all are read', async () => {
    const page = await open('search/?q=的');
    const items = page.locator('main .search-results > li');
    await items.first().waitFor({ timeout: 15_000 });
    await expect(items.count()).resolves.toBe(10);
    await expect(page.locator('main .search-status').textContent()).resolves.toMatch(/10 shown of up to \d+ results/u);
    const more = page.locator('main .search-more');
    while (await more.isVisible()) {
      const before = await items.count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('main .search-results > li').length > n, before);
    }
    const total = await items.count();
    expect(total).toBeGreaterThan(10);
    await expect(page.locator('main .search-status').textContent()).resolves.toContain(`${total} results`);
    // With the button gone, focus moves to the first result of the last page.
    await expect(
      page.evaluate(
        () =>
          document.activeElement?.closest('li') ===
          document.querySelectorAll('main .search-results > li')[Math.floor((document.querySelectorAll('main .search-results > li').length - 1) / 10) * 10],
      ),
    ).resolves.toBe(true);
    await page.close();
  });

  test('one ranking: the search page lists the same first hits, in the same order, as `npm run search`', async () => {
    for (const query of ['的', '营商环境 济南', '規範化', 'fire drill', 'zhengcun shouxin', 'intelectual property']) {
      const cli = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, query], { encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const expected = (JSON.parse(cli.stdout) as { hits: { link: string }[] }).hits.slice(0, 10).map((hit) => hit.link);
      const page = await open(`search/?q=${encodeURIComponent(query)}`);
      await page
        .locator('main .search-status')
        .filter({ hasText: /result/u })
        .waitFor({ timeout: 15_000 });
      const shown = await page.locator('main .search-results .result-title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(shown, query).toEqual(expected);
      await page.close();
    }
  });

  test("a misspelt English word is corrected against the archive's vocabulary, and the page and the terminal say so", async () => {
    const cli = spawnSync(process.execPath, ['scripts/search.ts', '--json', '--dist', site.dist, 'intelectual property'], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const answer = JSON.parse(cli.stdout) as { corrected: string | null; hits: unknown[] };
    expect(answer.corrected).toBe('intellectual property');
    expect(answer.hits.length).toBeGreaterThan(0);
    const text = spawnSync(process.execPath, ['scripts/search.ts', '--dist', site.dist, 'Binzou'], { encoding: 'utf8' });
    expect(text.stdout).toContain('Showing results for “binzhou”');
    const page = await open(`search/?q=${encodeURIComponent('intelectual property')}`);
    const note = page.locator('main .search-corrected');
    await note.filter({ hasText: 'intellectual property' }).waitFor({ timeout: 15_000 });
    await expect(note.textContent()).resolves.toBe('显示以下结果 · Showing results for intellectual property');
    await expect(page.locator('main .search-results li').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main .search-results mark').first().textContent()).resolves.toMatch(/^intellectual$/iu);
    // A correctly spelt query shows no note.
    const plain = await open(`search/?q=${encodeURIComponent('intellectual property')}`);
    await plain
      .locator('main .search-status')
      .filter({ hasText: /result/u })
      .waitFor({ timeout: 15_000 });
    await expect(plain.locator('main .search-corrected').isVisible()).resolves.toBe(false);
    await plain.close();
    await page.close();
  });

  test('finds 整村授信 on the search page and reaches its article', async () => {
    const page = await open('search/?q=整村授信');
    const result = page.locator('main .search-results a', { hasText: '实施整村授信' }).first();
    await result.waitFor({ timeout: 15_000 });
    await expect(page.locator('main .search-results li').count()).resolves.toBe(1);
    await expect(page.locator('main .search-results mark').first().textContent()).resolves.toBe('整村授信');
    // The glossary term comes first, above the articles, with its pinyin, English and a link to its page.
    const card = page.locator('main .search-terms li');
    await expect(card.count()).resolves.toBe(1);
    await expect(card.textContent()).resolves.toMatch(/整村授信 zhěngcūn shòuxìn · whole-village credit granting.*A rural-credit campaign/u);
    await expect(card.locator('a').getAttribute('href')).resolves.toBe('/archive/glossary/zheng-cun-shou-xin/');
    // Every match in the snippet is marked, and the result opens at the first matching paragraph, marked by :target.
    const again = await open('search/?q=乡村振兴 整村授信');
    await again.locator('main .search-results mark').first().waitFor({ timeout: 15_000 });
    await expect(again.locator('main .search-results li').first().locator('mark').allTextContents()).resolves.toEqual(['整村授信', '乡村振兴']);
    await again.close();
    await result.click();
    await page.waitForURL(/\/archive\/articles\/c1589599-0593\/#p\d+$/u);
    const target = page.locator('.para:target');
    await expect(target.textContent()).resolves.toContain('整村授信');
    await expect(target.evaluate((element) => getComputedStyle(element).backgroundColor)).resolves.not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  test('on the Traditional site, snippets and their marks are in Traditional script', async () => {
    const page = await open(`hant/search/?q=${encodeURIComponent('乡村振兴 整村授信')}`);
    const first = page.locator('main .search-results li').first();
    await first.locator('mark').first().waitFor({ timeout: 15_000 });
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['整村授信', '鄉村振興']);
    const snippet = (await first.locator('p').last().textContent()) ?? '';
    expect(snippet).toContain('鄉村振興');
    expect(snippet).not.toMatch(/[乡兴农]/u);
    // The same query on the Simplified site keeps the Simplified text.
    const hans = await open(`search/?q=${encodeURIComponent('乡村振兴 整村授信')}`);
    await hans.locator('main .search-results mark').first().waitFor({ timeout: 15_000 });
    await expect(hans.locator('main .search-results li').first().locator('mark').allTextContents()).resolves.toEqual(['整村授信', '乡村振兴']);
    await hans.close();
    await page.close();
  });

  test('a glossary term named by its pinyin or English shows its card on the Traditional site, linking to the Traditional term page', async () => {
    for (const query of ['fangguanfu', 'zhengcun shouxin']) {
      const page = await open(`hant/search/?q=${encodeURIComponent(query)}`);
      const link = page.locator('main .search-terms li a').first();
      await link.waitFor({ timeout: 15_000 });
      await expect(link.getAttribute('href')).resolves.toMatch(/^\/archive\/hant\/glossary\/(?:fang-guan-fu|zheng-cun-shou-xin)\/$/u);
      // The title's pinyin finds the article too.
      if (query === 'zhengcun shouxin') await page.locator('main .search-results a', { hasText: '實施整村授信' }).first().waitFor({ timeout: 15_000 });
      await page.close();
    }
  });

  test('searches from any page with the keyboard: / opens the dialog, Traditional queries fold', async () => {
    const page = await open('glossary/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await expect(dialog.isVisible()).resolves.toBe(true);
    // The dialog's form is the search page's, fetched once the page has loaded; its field takes the focus.
    await page.waitForFunction(() => document.activeElement?.id === 'dialog-q');
    await page.keyboard.type('規範化');
    const first = dialog.locator('.search-results a').first();
    await first.waitFor({ timeout: 15_000 });
    await expect(dialog.locator('.search-results mark').first().textContent()).resolves.toBe('规范化');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    await page.keyboard.press('Control+k');
    await expect(dialog.isVisible()).resolves.toBe(true);
    await page.close();
  });

  test('runs no script from a hostile page and shows its payloads as text', async () => {
    const units = JSON.parse(readFileSync(`${site.dist}/data/articles.json`, 'utf8')) as { id: string; source: string }[];
    const dialogs: string[] = [];
    for (const unit of units.filter((candidate) => candidate.source === 'hostile-payloads.txt')) {
      const page = await chromium.browser.newPage();
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(chromium.served.url(`articles/${unit.id}/`), { waitUntil: 'load' });
      await page.waitForTimeout(200);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).resolves.toBeUndefined();
      await expect(page.locator('img[onerror], a[href^="javascript:"], [onclick]').count()).resolves.toBe(0);
      await page.close();
    }
    expect(dialogs).toEqual([]);
  });

  test('a link to a line range marks every line of it on the source page', async () => {
    const page = await open('sources/001_80e90a4cb6de53c7/#L23-L25');
    await expect(page.locator('ol.source-lines li.in-range').evaluateAll((items) => items.map((item) => item.id))).resolves.toEqual(['L23', 'L24', 'L25']);
    await page.close();
  });

  test('arranges the glossary A–Z by pinyin and filters it as you type', async () => {
    const page = await open('glossary/');
    await page.selectOption('#order', 'pinyin');
    const pinyin = await page.locator('#all-terms li').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.pinyin ?? ''));
    expect(pinyin.length).toBeGreaterThan(500);
    expect([...pinyin].sort((a, b) => a.localeCompare(b))).toEqual(pinyin);
    await page.fill('#filter', 'zheng cun shou');
    await expect(page.locator('#all-terms li:not([hidden])').allTextContents()).resolves.toEqual([expect.stringContaining('整村授信')]);
    await page.close();
  });

  test('fits a 320 px screen without sideways scrolling', async () => {
    for (const path of [
      '',
      'articles/80e90a4c-0003/',
      'glossary/',
      'glossary/zheng-cun-shou-xin/',
      'glossary/fang-guan-fu/',
      'sources/003_e698e91fc0ebeaed/',
      'search/?q=放管服',
      'browse/',
      'articles/matrix-0005/',
      'sources/matrix/',
      'hant/articles/matrix-0005/',
      'glossary/an-quan-ce-shi-shu-yu/',
    ]) {
      const page = await open(path, { width: 320 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  test('no sideways scrolling at 375, 768, 1024 and 1440 px either, with a term popover open near the right edge', async () => {
    for (const width of [375, 768, 1024, 1440]) {
      for (const path of ['', 'articles/80e90a4c-0003/', 'glossary/zheng-cun-shou-xin/', 'browse/newspaper/not-named/', 'downloads/']) {
        const page = await open(path, { width });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
        if (path.startsWith('articles/') && width > 640) {
          // The rightmost term of the first English paragraph: its popover stays inside the window.
          const term = page.locator('.reading-body .en a.term').last();
          await term.scrollIntoViewIfNeeded();
          await term.hover();
          const pop = await page.locator('#term-pop').boundingBox();
          expect(pop!.x + pop!.width, `popover at ${width} px`).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        }
        await page.close();
      }
    }
  });

  test('phones first: at 375 px the header is one row behind a menu button, and the title and first paragraph are on the first screen; at 768 px the source line numbers are on screen', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 375, height: 812 } });
    await page.goto(chromium.served.url('articles/c1589599-0593/'));
    const header = await page.locator('header.site').boundingBox();
    expect(header!.height).toBeLessThan(80);
    const nav = page.getByRole('navigation', { name: /Site/u });
    await expect(nav.isVisible()).resolves.toBe(false);
    const menu = page.getByRole('button', { name: /Menu/u });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(nav.getByRole('link', { name: /Glossary/u }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(nav.isVisible()).resolves.toBe(false);
    const [title, first] = await Promise.all([page.locator('h1').boundingBox(), page.locator('.reading-body .para').first().boundingBox()]);
    expect(title!.y).toBeLessThan(812);
    expect(first!.y + 40).toBeLessThan(812);
    await page.setViewportSize({ width: 768, height: 900 });
    const numbers = await page.locator('.para > .prov').first().boundingBox();
    expect(numbers!.x).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  const pageTypes: [string, string][] = [
    ['home', ''],
    ['article', 'articles/c1589599-0593/'],
    ['article (Traditional)', 'hant/articles/c1589599-0593/'],
    ['photo caption', 'articles/80e90a4c-0083/'],
    ['source page', 'sources/003_e698e91fc0ebeaed/'],
    ['glossary index', 'glossary/'],
    ['glossary term', 'glossary/zheng-cun-shou-xin/'],
    ['search', 'search/?q=放管服'],
    ['about', 'about/'],
    ['about (Traditional)', 'hant/about/'],
    ['browse index', 'browse/'],
    ['browse list', 'browse/region/jilin-province/'],
    ['data', 'downloads/'],
    ['not found (404)', '404.html'],
  ];
  test.each(pageTypes)('%s page has no axe-core violations, light and dark', async (_name, path) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(path, { scheme, bypassCSP: true });
      if (path.startsWith('search')) await page.locator('main .search-results li').first().waitFor({ timeout: 15_000 });
      const violations = await axe(page);
      expect(violations, `${scheme}: ${JSON.stringify(violations)}`).toEqual([]);
      await page.close();
    }
  });
});
