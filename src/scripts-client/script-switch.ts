/**
 * The 简体/繁體 switch keeps the reader's place: the Traditional copy has the same paragraph ids
 * (`#p605`), so the switch goes to the paragraph at the top of the screen. Without JavaScript it
 * goes to the same page, at its top.
 */
export function initScriptSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-script-switch]')) {
    link.addEventListener('click', () => {
      const paragraph = paragraphInView();
      if (!paragraph) return;
      const target = new URL(link.href, location.href);
      target.hash = paragraph.id;
      link.href = target.href;
    });
  }
}

/** The first paragraph whose bottom is below the top of the screen (the one being read), if any was scrolled to. */
function paragraphInView(): HTMLElement | null {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.para[id]')];
  if (paragraphs.length === 0 || window.scrollY === 0) return null;
  return paragraphs.find((paragraph) => paragraph.getBoundingClientRect().bottom > 0) ?? null;
}
