/** The reading modes of an article page: Chinese only, English only, or both (parallel). */
export type ReadingMode = 'zh' | 'en' | 'both';

const KEY = 'archive:reading-mode';

/**
 * Show the reading-mode switch (hidden without JavaScript, when the page shows both
 * languages side by side) and apply the reader's last choice, remembered across pages.
 */
export function initReadingModes(): void {
  const controls = document.querySelector<HTMLElement>('.reading-controls');
  const body = document.querySelector<HTMLElement>('.reading-body');
  if (!controls || !body) return;
  controls.hidden = false;
  // On a phone the English summary starts folded, so the article's first paragraph is on the first screen.
  const summary = document.querySelector<HTMLDetailsElement>('details[data-summary]');
  if (summary && matchMedia('(max-width: 40rem)').matches) summary.open = false;
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
