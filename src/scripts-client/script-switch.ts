/**
 * The 简体/繁體 switch keeps the reader's place: the Traditional copy has the same paragraph ids
 * (`#p605`), so the switch goes to the paragraph the reader last stopped at. The header is not
 * fixed, so reaching the switch means scrolling up: the place is the paragraph at the top of the
 * screen where scrolling last rested for a moment ({@link DWELL_MS}) inside the text, not where the
 * scroll to the header passed through. Without JavaScript the switch goes to the same page, at its top.
 */
export function initScriptSwitch(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]');
  if (links.length === 0 || !document.querySelector('.para[id]')) return;
  let place: string | null = /^#p\d+$/u.test(location.hash) ? location.hash.slice(1) : null;
  let timer: number | undefined;
  const remember = () => {
    const paragraph = paragraphInView();
    if (paragraph) place = paragraph.id;
  };
  window.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(remember, DWELL_MS);
    },
    { passive: true },
  );
  for (const link of links) {
    link.addEventListener('click', () => {
      const id = paragraphInView()?.id ?? place;
      if (!id) return;
      const target = new URL(link.href, location.href);
      target.hash = id;
      link.href = target.href;
    });
  }
}

/** How long scrolling must rest for the paragraph on screen to count as the reader's place. */
const DWELL_MS = 800;

/** A paragraph showing less than this many pixels at the top of the screen is already read. */
const SLIVER = 24;

/** The first paragraph whose bottom is below the top of the screen (the one being read), once the reader is in the text. */
function paragraphInView(): HTMLElement | null {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.para[id]')];
  // Not in the text (its first paragraph is still below the top of the screen): no place here.
  if (paragraphs.length === 0 || paragraphs[0]!.getBoundingClientRect().top > 0) return null;
  return paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > SLIVER) ?? null;
}
