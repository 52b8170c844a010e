/** Which languages the interface shows: both (the default), English only or Chinese only. */
export type InterfaceLanguage = 'both' | 'en' | 'zh';

const KEY = 'archive:interface';

/**
 * The header's switches (interface language, light/dark), which work only with JavaScript and
 * so are written by it rather than into every page (issue 18: lean pages). `lang` is the page's:
 * the one word that differs by script is 語言.
 *
 * @example headerToolsHtml('zh-Hant') // → '<label class="ui-switch" data-ui-switch hidden><span class="visually-hidden">界面語言 Interface language</span>…'
 */
export function headerToolsHtml(lang: string): string {
  const language = lang === 'zh-Hant' ? '界面語言' : '界面语言';
  return (
    `<label class="ui-switch" data-ui-switch hidden><span class="visually-hidden">${language} Interface language</span><select data-ui-select>` +
    '<option value="both">中文 + English</option><option value="en" lang="en">English</option><option value="zh">中文</option></select></label>' +
    '<button type="button" class="theme-switch" data-theme-switch hidden aria-pressed="false"><span aria-hidden="true">◐</span> ' +
    '<span class="theme-label"><span class="ui-zh">深色</span> <span class="ui-en" lang="en">Dark</span></span></button>'
  );
}

/**
 * The interface-language switch: labels, navigation and notes marked `.ui-zh` / `.ui-en` show in
 * the chosen language only (`data-ui` on <html>); the page itself, its articles and titles stay.
 * Switching keeps the reader on the same page, and the choice is remembered. Without JavaScript
 * the switch stays hidden and both languages show.
 */
export function initInterfaceLanguage(): void {
  const root = document.documentElement;
  const apply = (language: InterfaceLanguage) => {
    if (language === 'both') delete root.dataset.ui;
    else root.dataset.ui = language;
  };
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  const initial: InterfaceLanguage = saved === 'en' || saved === 'zh' ? saved : 'both';
  apply(initial);
  const label = document.querySelector<HTMLElement>('[data-ui-switch]');
  const select = label?.querySelector<HTMLSelectElement>('[data-ui-select]');
  if (!label || !select) return;
  label.hidden = false;
  select.value = initial;
  select.addEventListener('change', () => {
    const language = select.value as InterfaceLanguage;
    apply(language);
    try {
      localStorage.setItem(KEY, language);
    } catch {
      /* not remembered in private mode */
    }
  });
}
