import { shardedFolder, type SearchManifest } from '../lib/search/fold.ts';
import type { PagefindApi } from '../lib/search/pagefind-api.ts';
import { hitLink, openSearch, PAGE_SIZE, type SearchCursor, type SearchHit } from '../lib/search/search-archive.ts';
import { termLookup, type TermCard, type TermShard } from '../lib/search/term-cards.ts';
import { type VocabShard, vocabLoader } from '../lib/search/typos.ts';

interface Loaded {
  readonly pagefind: PagefindApi;
  readonly fold: (text: string) => Promise<string>;
  readonly terms: (folded: string) => Promise<TermCard[]>;
  readonly years: readonly string[];
  readonly vocab: (key: string) => Promise<VocabShard | null>;
}
let api: Promise<Loaded> | null = null;

const readJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

/** Load the Pagefind bundle and the archive's search manifest once, on first use. */
function load(bundle: string) {
  api ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
    await pagefind.options({ excerptLength: 0 });
    const [{ t2sShards, termShards, vocabShards, years }] = await Promise.all([readJson<SearchManifest>(`${bundle}archive-search.json`), pagefind.init()]);
    const fold = shardedFolder(t2sShards, (shard) => readJson<Record<string, string>>(`${bundle}t2s/${shard}.json`));
    const terms = termLookup(termShards, (shard) => readJson<TermShard>(`${bundle}terms/${shard}.json`));
    const vocab = vocabLoader(vocabShards, (key) => readJson<VocabShard>(`${bundle}vocab/${key}.json`));
    return { pagefind, fold, terms, years, vocab };
  })();
  return api;
}

const hant = () => document.documentElement.lang === 'zh-Hant';

function hitItem(hit: SearchHit, base: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hant() ? hitLink(hit).replace(base, `${base}hant/`) : hitLink(hit);
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
  excerpt.append(
    '…',
    ...(hant() ? hit.snippetHant : hit.snippet).map((part) => {
      if (!part.mark) return part.text;
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      return mark;
    }),
    '…',
  );
  item.append(meta, excerpt);
  return item;
}

/** A glossary term the query names: term, pinyin, English, one line, a link to its page. */
function termItem(card: TermCard, base: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hant() ? card.url.replace(base, `${base}hant/`) : card.url;
  link.textContent = card.term;
  link.lang = 'zh-Hans';
  const head = document.createElement('p');
  head.className = 'result-title';
  const pinyin = document.createElement('span');
  pinyin.lang = 'zh-Latn-pinyin';
  pinyin.textContent = ` ${card.pinyin} · `;
  const english = document.createElement('span');
  english.lang = 'en';
  english.textContent = card.english;
  head.append('术语 ', link, pinyin, english);
  const line = document.createElement('p');
  line.lang = 'en';
  line.className = 'muted';
  line.textContent = card.line;
  item.append(head, line);
  return item;
}

/** What the status line says: the number of results, exact once every candidate is checked. */
function statusText(cursor: SearchCursor | null, query: string): string {
  if (!cursor || query.trim() === '') return '';
  const shown = cursor.hits.length;
  if (cursor.done) return `${shown} 条结果 · ${shown} result${shown === 1 ? '' : 's'}`;
  return `显示 ${shown} 条，最多 ${cursor.candidates} 条 · ${shown} shown of up to ${cursor.candidates} results`;
}

/** Show the results read so far and a button for the next page while there are more. */
function render(form: HTMLFormElement, cursor: SearchCursor | null, query: string, appended: readonly SearchHit[] | null, terms?: readonly TermCard[]): void {
  if (terms) form.querySelector<HTMLUListElement>('.search-terms')!.replaceChildren(...terms.map((card) => termItem(card, form.dataset.base!)));
  const list = form.querySelector<HTMLOListElement>('.search-results')!;
  const status = form.querySelector<HTMLElement>('.search-status')!;
  const more = form.querySelector<HTMLButtonElement>('.search-more')!;
  const base = form.dataset.base!;
  if (appended) list.append(...appended.map((hit) => hitItem(hit, base)));
  else list.replaceChildren(...(cursor?.hits ?? []).map((hit) => hitItem(hit, base)));
  status.textContent = statusText(cursor, query);
  const corrected = form.querySelector<HTMLElement>('.search-corrected')!;
  corrected.hidden = !cursor?.corrected;
  if (cursor?.corrected)
    corrected.replaceChildren('显示以下结果 · Showing results for ', Object.assign(document.createElement('strong'), { textContent: cursor.corrected }));
  more.hidden = !cursor || cursor.done;
}

/** Human labels for the filter values (`data/filter-labels.json`); without them the values show as indexed. */
async function filterLabels(base: string): Promise<Record<string, Record<string, string>>> {
  try {
    const response = await fetch(`${base}data/filter-labels.json`);
    return response.ok ? ((await response.json()) as Record<string, Record<string, string>>) : {};
  } catch {
    return {};
  }
}

async function populateFilters(form: HTMLFormElement, pagefind: PagefindApi): Promise<void> {
  if (form.dataset.filtersReady) return;
  form.dataset.filtersReady = '1';
  const [filters, labels] = await Promise.all([pagefind.filters(), filterLabels(form.dataset.base ?? '/')]);
  const label = (filter: string, value: string) => labels[filter]?.[value] ?? value;
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const filter = select.dataset.filter!;
    const values = Object.entries(filters[filter] ?? {}).sort(([a], [b]) => label(filter, a).localeCompare(label(filter, b)));
    for (const [value, count] of values) select.append(new Option(`${label(filter, value)} (${count})`, value));
  }
  const datalist = form.querySelector('datalist');
  for (const value of Object.keys(filters.term ?? {}).sort()) datalist?.append(new Option(label('term', value), value));
}

/** Wire a search box: results as you type, filters, sort; the query is kept in the URL on the search page. */
export function initSearchBox(form: HTMLFormElement, options: { syncUrl: boolean }): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  let generation = 0;
  let cursor: SearchCursor | null = null;
  const run = async () => {
    const current = ++generation;
    const { pagefind, fold, terms, years, vocab } = await load(form.dataset.bundle!);
    const filters: Record<string, string> = {};
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]'))
      if (field.value) filters[field.dataset.filter!] = field.value;
    const order = form.querySelector<HTMLSelectElement>('[data-sort]')!.value as '' | 'asc' | 'desc';
    const query = input.value;
    const opened =
      query.trim() === '' && Object.keys(filters).length === 0
        ? null
        : await openSearch(pagefind, query.trim() === '' ? '' : query, {
            fold,
            filters,
            years,
            vocab,
            terms,
            traditional: hant() ? (id) => readJson<string>(`${form.dataset.bundle!}hant/${id}.json`) : undefined,
            sort: order ? { year: order } : undefined,
          });
    const [cards] = await Promise.all([query.trim() === '' ? [] : fold(query).then(terms), opened?.more(PAGE_SIZE)]);
    if (current !== generation) return;
    cursor = opened;
    render(form, cursor, query, null, cards);
    if (options.syncUrl) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  };
  form.querySelector<HTMLButtonElement>('.search-more')!.addEventListener('click', async () => {
    const current = generation;
    const shown = cursor;
    if (!shown || shown.done) return;
    const found = await shown.more(PAGE_SIZE);
    if (current !== generation || shown !== cursor) return;
    render(form, shown, input.value, found);
    // Keyboard users stay on the button; when it goes (no more results), on the first new result.
    if (shown.done && found.length > 0)
      form.querySelectorAll<HTMLAnchorElement>('.search-results > li .result-title a')[shown.hits.length - found.length]?.focus();
  });
  // The filter lists (every value with its count) are read only when the panel is first opened.
  form.querySelector<HTMLDetailsElement>('details.search-filters')?.addEventListener('toggle', async () => {
    const { pagefind } = await load(form.dataset.bundle!);
    await populateFilters(form, pagefind);
  });
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

/**
 * The search page's form, fetched and given the dialog's element ids (`page-q` → `dialog-q`):
 * pages carry only an empty dialog, and every page shares the one search page (issue 18: lean pages).
 */
async function fetchSearchForm(href: string): Promise<HTMLFormElement> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const form = page.querySelector<HTMLFormElement>('main form[data-searchbox]');
  if (!form) throw new Error(`${href}: no search form`);
  for (const element of form.querySelectorAll('[id], [for], [aria-describedby], [list]'))
    for (const name of ['id', 'for', 'aria-describedby', 'list'])
      if (element.getAttribute(name)?.startsWith('page-')) element.setAttribute(name, element.getAttribute(name)!.replace(/^page-/u, 'dialog-'));
  return document.adoptNode(form);
}

/**
 * The site-wide search dialog: `/` or Ctrl+K (or the Search link) opens it on any page. Its form
 * is the search page's, fetched the first time the dialog opens (the dialog shows at once, and
 * the field takes the focus when the form arrives); should that fail, the reader goes to the
 * search page instead.
 */
export function initSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
  const link = document.querySelector<HTMLAnchorElement>('a[data-open-search]');
  if (!dialog || !link) return;
  let form: Promise<HTMLFormElement> | null = null;
  const open = () => {
    if (!dialog.open) dialog.showModal();
    form ??= fetchSearchForm(link.href).then((loaded) => {
      dialog.append(loaded);
      initSearchBox(loaded, { syncUrl: false });
      return loaded;
    });
    form.then(
      (loaded) => {
        if (dialog.open) loaded.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
      },
      () => window.location.assign(link.href),
    );
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
