/** Which languages the interface shows: both (the default), English only or Chinese only. */
export type InterfaceLanguage = 'both' | 'en' | 'zh';

const KEY = 'archive:interface';

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
