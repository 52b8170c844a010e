/**
 * The header's menu button on narrow screens: the navigation and the switches fold behind it so
 * the header is one short row (CSS hides the button on wide screens). Without JavaScript the
 * button stays hidden and everything shows. Escape closes the open menu.
 */
export function initMenu(): void {
  const header = document.querySelector<HTMLElement>('header.site');
  const button = header?.querySelector<HTMLButtonElement>('[data-menu-switch]');
  if (!header || !button) return;
  button.hidden = false;
  header.classList.add('has-menu');
  const set = (open: boolean) => {
    header.classList.toggle('menu-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => set(!header.classList.contains('menu-open')));
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.classList.contains('menu-open')) {
      set(false);
      button.focus();
    }
  });
}
