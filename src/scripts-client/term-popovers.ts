/**
 * Glossary popovers in articles. CSS shows a term's popover on hover and on keyboard focus;
 * this adds what CSS cannot: Escape hides it (WCAG 1.4.13, dismissible), and on a touch
 * screen the first tap on a term shows its popover and the second follows the link.
 */
export function initTermPopovers(): void {
  const terms = () => document.querySelectorAll<HTMLElement>('.term');
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of terms()) {
      if (term.matches(':hover, :focus-within, .open')) {
        term.classList.add('closed');
        term.classList.remove('open');
      }
    }
  });
  const reopen = (event: Event) => (event.currentTarget as HTMLElement).classList.remove('closed');
  for (const term of terms()) {
    term.addEventListener('focusin', reopen);
    term.addEventListener('mouseenter', reopen);
    term.addEventListener('mouseleave', () => term.classList.remove('closed'));
  }
  let touch = false;
  document.addEventListener(
    'pointerdown',
    (event) => {
      touch = event.pointerType === 'touch';
    },
    { capture: true },
  );
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('.term > a');
    if (!link) {
      for (const term of terms()) term.classList.remove('open');
      return;
    }
    const term = link.parentElement!;
    if (touch && !term.classList.contains('open')) {
      event.preventDefault();
      for (const other of terms()) other.classList.toggle('open', other === term);
      term.classList.remove('closed');
    }
  });
}
