const KEY = 'archive:theme';

/**
 * The light/dark switch. The page follows the system setting until the reader chooses;
 * the choice is remembered and applied as `data-theme` on <html>. Without JavaScript the
 * switch stays hidden and the system setting applies.
 */
export function initThemeSwitch(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-switch]');
  const root = document.documentElement;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  if (!button) return;
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
  const render = () => {
    button.setAttribute('aria-pressed', String(isDark()));
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, root.dataset.theme);
    } catch {
      /* not remembered in private mode */
    }
    render();
  });
}
