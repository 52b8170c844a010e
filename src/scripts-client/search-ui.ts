import { foldWith } from '../lib/search/fold.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import { searchArchive, type SearchHit } from '../lib/search/search-archive.ts';

let api: Promise<{ pagefind: PagefindApi; map: Record<string, string> }> | null = null;

/** Load the Pagefind bundle and the folding map once, on first use. */
function load(bundle: string) {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await pagefind.options({ excerptLength: 0 });
    await pagefind.init();
    const map = (await (await fetch(`${bundle}t2s.json`)).json()) as Record<string, string>;
    return { pagefind, map };
  })();
  return api;
}

const hant = () => document.documentElement.lang === 'zh-Hant';

function render(form: HTMLFormElement, hits: SearchHit[], query: string): void {
  const list = form.querySelector<HTMLOListElement>('.search-results')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const base = form.dataset.base!;
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hant() ? hit.url.replace(base, `${base}hant/`) : hit.url;
      link.textContent = hant() ? hit.titleHant : hit.title;
      link.lang = hant() ? 'zh-Hant' : 'zh-Hans';
      const title = document.createElement('p');
      title.className = 'result-title';
      title.append(link);
      item.append(title);
      if (hit.titleEn) {
        const en = document.createElement('p');
        en.lang = 'en';
        en.className = 'muted';
        en.textContent = hit.titleEn;
        item.append(en);
      }
      const meta = document.createElement('p');
      meta.className = 'muted';
      meta.textContent = `${hit.source}${hit.year ? ` · ${hit.year}` : ''} · ${hit.kind}`;
      const excerpt = document.createElement('p');
      const mark = document.createElement('mark');
      mark.textContent = hit.excerpt.match;
      excerpt.append(`…${hit.excerpt.before}`, mark, `${hit.excerpt.after}…`);
      item.append(meta, excerpt);
      return item;
    }),
  );
  status.textContent = query.trim() === '' ? '' : `${hits.length} 条结果 · ${hits.length} result${hits.length === 1 ? '' : 's'}`;
}

async function populateFilters(form: HTMLFormElement, pagefind: PagefindApi): Promise<void> {
  if (form.dataset.filtersReady) return;
  form.dataset.filtersReady = '1';
  const filters = await pagefind.filters();
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const values = Object.entries(filters[select.dataset.filter!] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    for (const [value, count] of values) select.append(new Option(`${value} (${count})`, value));
  }
  const datalist = form.querySelector('datalist');
  for (const value of Object.keys(filters.term ?? {}).sort()) datalist?.append(new Option(value, value));
}

/** Wire a search box: results as you type, filters, sort; the query is kept in the URL on the search page. */
export function initSearchBox(form: HTMLFormElement, options: { syncUrl: boolean }): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let generation = 0;
  const run = async () => {
    const current = ++generation;
    const { pagefind, map } = await load(form.dataset.bundle!);
    await populateFilters(form, pagefind);
    const filters: Record<string, string> = {};
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')) if (field.value) filters[field.dataset.filter!] = field.value;
    const order = form.querySelector<HTMLSelectElement>('[data-sort]')!.value as '' | 'asc' | 'desc';
    const query = input.value;
    const hits = query.trim() === '' && Object.keys(filters).length === 0 ? [] : await searchArchive(pagefind, query.trim() === '' ? '' : query, { fold: (text) => foldWith(map, text), filters, sort: order ? { year: order } : undefined });
    if (current !== generation) return;
    render(form, hits, query);
    if (options.syncUrl) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', () => void run());
  form.addEventListener('change', () => void run());
  const initial = options.syncUrl ? new URLSearchParams(location.search).get('q') : null;
  if (initial) {
    input.value = initial;
    void run();
  }
}

/** The site-wide search dialog: `/` or Ctrl/⌘-K opens it; Escape closes it (native <dialog>). */
export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  if (!dialog) return;
  const form = dialog.querySelector<HTMLFormElement>('form[data-searchbox]')!;
  initSearchBox(form, { syncUrl: false });
  const open = () => {
    if (!dialog.open) dialog.showModal();
    form.querySelector<HTMLInputElement>('input[name="q"]')!.focus();
  };
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
  for (const trigger of document.querySelectorAll<HTMLElement>('[data-open-search]')) {
    trigger.addEventListener('click', (event) => {
      event.preventDefault();
      open();
    });
  }
  dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
  // Escape closes the dialog even from a search field with text in it (where the browser would only clear the field).
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
}
