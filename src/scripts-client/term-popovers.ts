/**
 * Glossary terms in an article, under the reader's control.
 *
 * - **How many are marked**: all uses, the first use of each term (in each language), or none;
 *   remembered between pages. An unmarked use reads as plain text.
 * - **Keyboard**: one Tab stop per distinct term (its first marked, visible use); ← → (or ↑ ↓)
 *   on a term step through every marked use; Escape hides the popover or closes the sheet.
 * - **Show, then go**: with a mouse or keyboard, hovering or focusing a term shows its popover
 *   (placed above or below the term, wherever there is room, so it does not cover the line being
 *   read) and a click follows the link. On a touch screen a tap only shows a sheet along the
 *   bottom of the screen, with a close button and a link to the entry: the link goes.
 *
 * The popover's content is read from the article's "Terms in this article" list, where each term
 * is written once with its English (`.terms-here > li`), and from the term's card
 * (`/glossary/<id>/card.json`: pinyin and one line of explanation), fetched the first time the
 * term is shown and shared by every page; never from the uses, which are only links.
 */

import type { TermCard } from '../lib/glossary/term-card.ts';

/** The uses of terms on an article page: links to the glossary in its text and head (the page gives them no class). */
export const TERM_USES = ':is(.reading-body p, .article-head) a[href*="/glossary/"]';

/** How many uses are marked. */
export type AnnotationMode = 'all' | 'first' | 'none';

const KEY = 'archive:annotations';
const GAP = 6;
const MARGIN = 8;

/** What a popover shows: the term and English from the page's list, the rest from the card once it is loaded. */
interface TermInfo {
  readonly term: string;
  readonly english: string;
  readonly href: string;
  readonly pinyin?: string;
  readonly gloss?: string;
}

/** The term's entry in the page's list (its id set by {@link initTermPopovers}), or null when the page does not list it. */
function termInfo(id: string): TermInfo | null {
  const entry = document.getElementById(`def-${id}`);
  const link = entry?.querySelector<HTMLAnchorElement>('a');
  if (!entry || !link) return null;
  const card = cards.get(id)?.value;
  return {
    term: link.textContent?.trim() ?? '',
    english: entry.querySelector('[lang="en"]')?.textContent?.trim() ?? '',
    href: link.href,
    ...(card ? { pinyin: card.pinyin, gloss: card.gloss } : {}),
  };
}

/** What a term's card adds to the page's list. */
type CardFields = Pick<TermCard, 'pinyin' | 'gloss'>;

/** A term's card: its fetch, and its fields once they have arrived (null if the fetch failed). */
interface CardSlot {
  readonly loaded: Promise<void>;
  value?: CardFields | null;
}

/** Cards by term id. */
const cards = new Map<string, CardSlot>();

/**
 * The card of the term a link goes to: beside the Simplified term page, for both scripts (the
 * Traditional copy's links go to `…/hant/glossary/<id>/`; the card is written once).
 *
 * @example cardUrl('https://example.org/archive/hant/glossary/zheng-cun-shou-xin/') // → 'https://example.org/archive/glossary/zheng-cun-shou-xin/card.json'
 */
export const cardUrl = (href: string): string => new URL('card.json', href.replace(/\/hant\/(glossary\/[^/]+\/)$/u, '/$1')).href;

/** Fetch a term's card once (a failed fetch leaves the popover with the term and its English). */
function loadCard(id: string, href: string): Promise<void> {
  const known = cards.get(id);
  if (known) return known.loaded;
  const slot: CardSlot = {
    loaded: fetch(cardUrl(href))
      .then((response) => (response.ok ? response.json() : null))
      .then(
        (value: { pinyin?: unknown; gloss?: unknown } | null) => {
          slot.value = value && typeof value.pinyin === 'string' && typeof value.gloss === 'string' ? { pinyin: value.pinyin, gloss: value.gloss } : null;
        },
        () => {
          slot.value = null;
        },
      ),
  };
  cards.set(id, slot);
  return slot.loaded;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The body of a popover or sheet: term, pinyin, English, one line of explanation. */
function describe(info: TermInfo, headingId?: string): Node[] {
  const title = element('strong', { className: 'pop-term', ...(headingId ? { id: headingId } : {}) }, [info.term]);
  const pinyin = info.pinyin ? [' ', element('span', { className: 'pinyin', lang: 'zh-Latn-pinyin' }, [info.pinyin])] : [];
  const english = element('strong', { lang: 'en' }, [info.english]);
  const head = element('p', {}, [title, ...pinyin, ' · ', english]);
  return info.gloss ? [head, element('p', { lang: 'en', className: 'pop-gloss' }, [info.gloss])] : [head];
}

/**
 * Where to put a box of `size` next to `anchor` within a viewport: below when it fits there,
 * else above when it fits there, else on the roomier side; left-aligned with the anchor, kept
 * inside the viewport.
 *
 * @example placeBeside({ top: 100, bottom: 120, left: 10 }, { width: 200, height: 80 }, { width: 375, height: 700 }) // → { top: 126, left: 10, side: 'below' }
 */
export function placeBeside(
  anchor: { top: number; bottom: number; left: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; side: 'above' | 'below' } {
  const below = viewport.height - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side = below >= size.height || (above < size.height && below >= above) ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - size.height;
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - size.width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), side };
}

/**
 * A use's term id, from its link to the term page.
 *
 * @example termIdOf('/archive/glossary/zheng-cun-shou-xin/') // → 'zheng-cun-shou-xin'
 */
export const termIdOf = (href: string): string => /\/glossary\/([^/]+)\/$/u.exec(href)?.[1] ?? '';
const termId = (use: HTMLElement): string => termIdOf(use.getAttribute('href') ?? '');

function savedMode(): AnnotationMode {
  try {
    const saved = localStorage.getItem(KEY);
    return saved === 'first' || saved === 'none' ? saved : 'all';
  } catch {
    return 'all';
  }
}

/** Set up the terms of the page (nothing happens on a page without any). */
export function initTermPopovers(): void {
  const body = document.querySelector<HTMLElement>('.reading-body');
  // A use is a link to the glossary in the article's text or head; it gets the class `term` here.
  const uses = [...document.querySelectorAll<HTMLAnchorElement>(TERM_USES)];
  for (const use of uses) use.classList.add('term');
  if (!body || uses.length === 0) return;
  // Each use is described for screen readers by its entry in the list (term and English), which
  // gets its id here (`def-<id>`), from its link: the page does not repeat the id.
  for (const entry of document.querySelectorAll<HTMLElement>('.terms-here > li')) {
    const link = entry.querySelector('a');
    if (link) entry.id = `def-${termIdOf(link.getAttribute('href') ?? '')}`;
  }
  for (const use of uses) if (document.getElementById(`def-${termId(use)}`)) use.setAttribute('aria-describedby', `def-${termId(use)}`);
  const marked = (use: HTMLElement) => use.classList.contains('marked') && use.offsetParent !== null;

  /** Mark uses for the mode, and give each distinct term one Tab stop: its first marked, visible use. */
  const apply = (mode: AnnotationMode) => {
    body.dataset.annotations = mode;
    const seen = new Set<string>();
    for (const column of ['.zh', '.en']) {
      const firsts = new Set<string>();
      for (const use of body.querySelectorAll<HTMLElement>(`${column} a.term`)) {
        const first = !firsts.has(termId(use));
        firsts.add(termId(use));
        use.classList.toggle('marked', mode === 'all' || (mode === 'first' && first));
      }
    }
    for (const use of uses) {
      const stop = marked(use) && !seen.has(termId(use));
      if (stop) seen.add(termId(use));
      if (stop) use.removeAttribute('tabindex');
      else use.tabIndex = -1;
    }
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="annotations"]')) input.checked = input.value === mode;
  };
  apply(savedMode());
  document.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'annotations') {
      apply(input.value as AnnotationMode);
      try {
        localStorage.setItem(KEY, input.value);
      } catch {
        /* private mode: the choice lasts for this page only */
      }
    }
    // Another reading mode shows other columns: the Tab stops follow what is visible.
    if (input.name === 'reading-mode') apply(body.dataset.annotations as AnnotationMode);
  });

  const popover = element('div', { className: 'term-pop', id: 'term-pop', hidden: true });
  popover.setAttribute('role', 'tooltip');
  const sheet = element('div', { className: 'term-sheet', hidden: true });
  sheet.setAttribute('role', 'dialog');
  sheet.setAttribute('aria-labelledby', 'term-sheet-title');
  document.body.append(popover, sheet);
  let current: HTMLElement | null = null;
  let hideTimer = 0;

  const place = () => {
    if (!current || popover.hidden) return;
    const where = placeBeside(
      current.getBoundingClientRect(),
      { width: popover.offsetWidth, height: popover.offsetHeight },
      { width: document.documentElement.clientWidth, height: window.innerHeight },
    );
    popover.style.top = `${where.top}px`;
    popover.style.left = `${where.left}px`;
    popover.dataset.side = where.side;
  };
  const show = (use: HTMLElement) => {
    const info = termInfo(termId(use));
    if (!info || !marked(use)) return;
    window.clearTimeout(hideTimer);
    current = use;
    popover.replaceChildren(...describe(info));
    popover.hidden = false;
    place();
    // The first time a term is shown its card is fetched; the popover fills in when it arrives.
    if (!cards.has(termId(use)))
      void loadCard(termId(use), info.href).then(() => {
        if (current === use && !popover.hidden) show(use);
      });
  };
  const hide = () => {
    popover.hidden = true;
    current = null;
  };
  const closeSheet = (returnFocus: boolean) => {
    if (sheet.hidden) return;
    sheet.hidden = true;
    if (returnFocus) current?.focus();
  };
  const openSheet = (use: HTMLElement) => {
    const info = termInfo(termId(use));
    if (!info) return;
    hide();
    current = use;
    const close = element('button', { type: 'button', className: 'sheet-close' }, ['关闭 ', element('span', { lang: 'en' }, ['Close'])]);
    close.addEventListener('click', () => closeSheet(true));
    const go = element('a', { href: info.href, className: 'sheet-go' }, ['打开词条 ', element('span', { lang: 'en' }, ['Open the entry']), ' →']);
    sheet.replaceChildren(close, ...describe(info, 'term-sheet-title'), element('p', {}, [go]));
    const opened = sheet.hidden;
    sheet.hidden = false;
    if (opened) close.focus({ preventScroll: true });
    if (!cards.has(termId(use)))
      void loadCard(termId(use), info.href).then(() => {
        if (current === use && !sheet.hidden) {
          const focused = document.activeElement === close;
          openSheet(use);
          if (focused) sheet.querySelector<HTMLElement>('.sheet-close')?.focus({ preventScroll: true });
        }
      });
  };

  for (const use of uses) {
    use.addEventListener('mouseenter', () => show(use));
    use.addEventListener('mouseleave', () => {
      hideTimer = window.setTimeout(hide, 200);
    });
    use.addEventListener('focus', () => show(use));
    use.addEventListener('blur', hide);
  }
  // The pointer may move onto the popover without it closing (WCAG 1.4.13, hoverable).
  popover.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', hide);
  window.addEventListener('scroll', place, { passive: true });
  window.addEventListener('resize', place);

  let touch = false;
  document.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), { capture: true });
  body.addEventListener('click', (event) => {
    const use = (event.target as HTMLElement).closest<HTMLElement>('a.term');
    if (!use || !touch || !marked(use)) return;
    // On a touch screen a tap shows the sheet; only the sheet's link goes to the entry.
    event.preventDefault();
    openSheet(use);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      if (!sheet.hidden) closeSheet(true);
      else hide();
      return;
    }
    const use = (event.target as HTMLElement).closest?.<HTMLElement>('a.term');
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!use || !step || event.altKey || event.ctrlKey || event.metaKey) return;
    const list = uses.filter(marked);
    const next = list[list.indexOf(use as HTMLAnchorElement) + step];
    event.preventDefault();
    next?.focus();
  });
}
