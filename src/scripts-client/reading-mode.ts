/** The reading modes of an article page: Chinese only, English only, or both (parallel). */
export type ReadingMode = 'zh' | 'en' | 'both';

const KEY = 'archive:reading-mode';

/** The switches' Chinese labels in each script (the page's `lang`); the English is the same. */
const LABELS = {
  'zh-Hans': { mode: '阅读模式', parallel: '对照', notes: '术语标注', all: '全部', first: '首次', none: '无', hint: 'Tab 每个术语停一次，←/→ 逐个浏览' },
  'zh-Hant': { mode: '閱讀模式', parallel: '對照', notes: '術語標註', all: '全部', first: '首次', none: '無', hint: 'Tab 每個術語停一次，←/→ 逐個瀏覽' },
} as const;

/**
 * The switches' markup: reading mode, and, on a page with glossary terms, how many uses are
 * marked. Written by the script rather than into every page, since they work only with it
 * (issue 18: lean pages).
 *
 * @example readingControlsHtml('zh-Hant', false) // → '<span id="mode-label"><span class="ui-zh">閱讀模式</span> …'
 */
export function readingControlsHtml(lang: string, withTerms: boolean): string {
  const t = LABELS[lang === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'];
  const both = (zh: string, en: string, space = '') => `<span class="ui-zh">${space}${zh}</span> <span class="ui-en" lang="en">${en}</span>`;
  const radio = (name: string, value: string, checked: boolean) => `<input type="radio" name="${name}" value="${value}"${checked ? ' checked' : ''}>`;
  const modes =
    `<span id="mode-label">${both(t.mode, 'Reading mode')}</span><div role="radiogroup" aria-labelledby="mode-label" class="modes">` +
    `<label>${radio('reading-mode', 'zh', false)} 中文</label><label lang="en">${radio('reading-mode', 'en', false)} English</label>` +
    `<label>${radio('reading-mode', 'both', true)}${both(t.parallel, 'Parallel', ' ')}</label></div>`;
  if (!withTerms) return modes;
  return (
    `${modes}<span id="notes-label">${both(t.notes, 'Term notes')}</span>` +
    `<div role="radiogroup" aria-labelledby="notes-label" aria-describedby="notes-hint" class="modes">` +
    `<label>${radio('annotations', 'all', true)}${both(t.all, 'All', ' ')}</label>` +
    `<label>${radio('annotations', 'first', false)}${both(t.first, 'First use', ' ')}</label>` +
    `<label>${radio('annotations', 'none', false)}${both(t.none, 'None', ' ')}</label></div>` +
    `<small id="notes-hint" class="muted">${both(t.hint, 'Tab stops once per term; ← → step through every use')}</small>`
  );
}

/**
 * Write and show the reading-mode switch (absent without JavaScript, when the page shows both
 * languages side by side) and apply the reader's last choice, remembered across pages.
 */
export function initReadingModes(): void {
  const controls = document.querySelector<HTMLElement>('.reading-controls');
  const body = document.querySelector<HTMLElement>('.reading-body');
  if (!controls || !body) return;
  controls.innerHTML = readingControlsHtml(document.documentElement.lang, body.querySelector('p a[href*="/glossary/"]') !== null);
  // Each paragraph's link to its source lines gets its tooltip here (the page does not repeat it).
  for (const link of body.querySelectorAll<HTMLElement>('.para > .prov')) {
    const lines = link.lastChild?.textContent?.trim() ?? '';
    link.title = `Source lines ${lines} 原文第${lines}行`;
  }
  controls.hidden = false;
  // On a phone the English summary and the contents start folded, so the article's first paragraph is on the first screen.
  if (matchMedia('(max-width: 40rem)').matches)
    for (const folded of document.querySelectorAll<HTMLDetailsElement>('details[data-summary], details[data-toc]')) folded.open = false;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  const apply = (mode: ReadingMode) => {
    body.dataset.mode = mode;
    for (const input of controls.querySelectorAll<HTMLInputElement>('input[name="reading-mode"]')) input.checked = input.value === mode;
  };
  if (saved === 'zh' || saved === 'en' || saved === 'both') apply(saved);
  controls.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'reading-mode') return;
    const mode = input.value as ReadingMode;
    apply(mode);
    try {
      localStorage.setItem(KEY, mode);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  });
}
