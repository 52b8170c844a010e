/**
 * A deterministic synthetic corpus for the scaling benchmark: page texts that recombine the
 * seed pages' paragraphs, headlines, bylines, photo captions and section headings, printed with
 * the same layout damage as the seeds (narrow hard-wrapped columns with headlines after their
 * bodies, or web-style one-paragraph-per-line pages with headlines first).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { contentPath } from '../content-dir.ts';
import { slugFromTitle } from '../ingest/ingest-page.ts';
import { NUMBERED_SECTION, SURNAMES } from '../ingest/patterns.ts';
import { pageMetaSchema, type PageMeta } from '../../schemas/page-meta.ts';

/**
 * mulberry32: a small, fast, seedable PRNG; the same seed gives the same sequence everywhere.
 * @example const random = mulberry32(1); random() // → a number in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the generator recombines, all taken from the seed pages and the units ingest made of them. */
export interface SeedMaterial {
  /** Body paragraphs of articles and fragments (already reflowed: one string per paragraph). */
  readonly paragraphs: readonly string[];
  /** Clauses of those paragraphs (7–18 characters), the stuff new headlines and captions are made of. */
  readonly clauses: readonly string[];
  /** Short clauses (4–6 characters): the first half of two-part headlines (`服务好“一老” …`). */
  readonly phrases: readonly string[];
  /** Printed headlines of articles. */
  readonly titles: readonly string[];
  /** Subtitles without their leading dash. */
  readonly subtitles: readonly string[];
  /** Section headings inside articles, without their numbering (`一、`). */
  readonly headings: readonly string[];
  /** Personal names from bylines and photo credits. */
  readonly names: readonly string[];
  /** Organisations printed above case-study headlines (`东北师范大学`). */
  readonly organisations: readonly string[];
  /** What photos show: the `图为…` part of seed captions. */
  readonly captionSubjects: readonly string[];
  /** Place names the seeds report from, for `地名: …` headlines. */
  readonly places: readonly string[];
}

interface SeedUnit {
  kind: string;
  title: string;
  titleInferred: boolean;
  subtitle: string | null;
  byline: string | null;
  organisation: string | null;
  blocks: { type: string; text: string }[];
  text: string;
}

const HAN_NAME = /^\p{Script=Han}{2,3}$/u;
const CLAUSE_SPLIT = /[，。；：！？,;:!?、]/u;
const ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Names in a byline or credit: 2–3 Han characters that start with a common surname. */
function namesIn(text: string): string[] {
  const stripped = text
    .replace(
      /本报讯|本报记者|本报通讯员|\p{Script=Han}{2,8}(?:日报|网)(?:\/\p{Script=Han}{2,8}(?:日报|网))?(?:讯|记者)?|记者|通讯员|报道|摄|图片来源[:：].*$/gu,
      ' ',
    )
    .split(/[^\p{Script=Han}]+/u);
  return stripped.filter((token) => HAN_NAME.test(token) && SURNAMES.has([...token][0]!));
}

/** A clause that can stand as (half of) a headline: mostly Han, balanced quotes and brackets, no numbering or dates. */
function headlineClause(clause: string, min = 7, max = 18): boolean {
  const length = [...clause].length;
  if (length < min || length > max) return false;
  if (NUMBERED_SECTION.test(clause) || /^[\d（(]|\d{4}年|\d+月/u.test(clause)) return false;
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['（', '）'],
    ['(', ')'],
    ['‘', '’'],
  ];
  if (pairs.some(([open, close]) => clause.split(open).length !== clause.split(close).length)) return false;
  return (clause.match(/\p{Script=Han}/gu)?.length ?? 0) >= length * 0.7;
}

/**
 * Read the seed material: `articles/articles.json` (units from ingest) and `pages/*.txt`
 * (photo captions and credits as printed) of a content folder.
 */
export function loadSeedMaterial(contentDir: string = contentPath()): SeedMaterial {
  const units = (JSON.parse(readFileSync(join(contentDir, 'articles', 'articles.json'), 'utf8')) as { units: SeedUnit[] }).units;
  const bodies = units.filter((unit) => unit.kind === 'article' || unit.kind === 'fragment');
  const paragraphs = [
    ...new Set(
      bodies.flatMap((unit) => unit.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text)).filter((text) => [...text].length >= 20),
    ),
  ];
  const allClauses = paragraphs.flatMap((text) => text.split(CLAUSE_SPLIT)).map((clause) => clause.trim());
  const clauses = [...new Set(allClauses.filter((clause) => headlineClause(clause)))];
  const phrases = [...new Set(allClauses.filter((clause) => headlineClause(clause, 4, 6)))];
  const titles = [...new Set(units.filter((unit) => unit.kind === 'article' && !unit.titleInferred).map((unit) => unit.title))];
  const subtitles = [
    ...new Set(
      units
        .map((unit) => unit.subtitle)
        .filter((text): text is string => !!text)
        .map((text) => text.replace(/^[—―－-]+\s*/u, '')),
    ),
  ];
  const headings = [
    ...new Set(
      bodies
        .flatMap((unit) => unit.blocks.filter((block) => block.type === 'heading').map((block) => block.text.replace(NUMBERED_SECTION, '').trim()))
        .filter((text) => [...text].length >= 4 && [...text].length <= 24),
    ),
  ];
  const organisations = [...new Set(units.map((unit) => unit.organisation).filter((text): text is string => !!text))];
  const names = new Set(units.flatMap((unit) => (unit.byline ? namesIn(unit.byline) : [])));
  const captionSubjects = new Set<string>();
  const pagesDir = join(contentDir, 'pages');
  for (const file of readdirSync(pagesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    for (const line of readFileSync(join(pagesDir, file), 'utf8').split(/\r?\n/u)) {
      for (const match of line.matchAll(/图为([^。]{4,40})。/gu)) captionSubjects.add(match[1]!);
      if (/摄\s*$/u.test(line) && [...line.trim()].length <= 20) for (const name of namesIn(line)) names.add(name);
    }
  }
  // Places the seed pages report from (each occurs in their text), for `地名: 标题` headlines.
  const seedText = paragraphs.join('');
  const places = [
    '济南高新区',
    '乌鲁木齐高新区',
    '淄博高新区',
    '衡阳高新区',
    '永川高新区',
    '通化医药高新区',
    '吉林市',
    '长春市',
    '四平市',
    '通化市',
    '德惠市',
    '抚松县',
    '辉南县',
    '无棣县',
    '滨州市',
    '邹平市',
  ].filter((place) => seedText.includes(place.replace(/高新区$|市$|县$/u, '')));
  return { paragraphs, clauses, phrases, titles, subtitles, headings, names: [...names], organisations, captionSubjects: [...captionSubjects], places };
}

/** A region a synthetic page is assigned, with the paper and byline style that go with it. */
interface RegionProfile {
  readonly region: string | null;
  readonly regionEn: string | null;
  readonly newspaper: string | null;
  readonly newspaperEn: string | null;
  readonly probableNewspaper: string | null;
  /** `binzhou`: 滨州日报/滨州网讯（记者 … 报道）; `benbao`: 本报讯(记者…) / 本报记者 …. */
  readonly bylines: 'binzhou' | 'benbao';
}

/** The seeds' regions and papers, plus the places their national high-tech page reports from. */
const REGIONS: readonly RegionProfile[] = [
  { region: '吉林省', regionEn: 'Jilin Province', newspaper: null, newspaperEn: null, probableNewspaper: '吉林日报', bylines: 'benbao' },
  { region: '吉林省', regionEn: 'Jilin Province', newspaper: null, newspaperEn: null, probableNewspaper: '吉林日报', bylines: 'benbao' },
  {
    region: '山东省滨州市',
    regionEn: 'Binzhou, Shandong Province',
    newspaper: '滨州日报',
    newspaperEn: 'Binzhou Daily',
    probableNewspaper: null,
    bylines: 'binzhou',
  },
  { region: null, regionEn: null, newspaper: null, newspaperEn: null, probableNewspaper: null, bylines: 'benbao' },
  { region: '山东省济南市', regionEn: 'Jinan, Shandong Province', newspaper: null, newspaperEn: null, probableNewspaper: null, bylines: 'benbao' },
  {
    region: '新疆维吾尔自治区乌鲁木齐市',
    regionEn: 'Ürümqi, Xinjiang Uygur Autonomous Region',
    newspaper: null,
    newspaperEn: null,
    probableNewspaper: null,
    bylines: 'benbao',
  },
  { region: '湖南省衡阳市', regionEn: 'Hengyang, Hunan Province', newspaper: null, newspaperEn: null, probableNewspaper: null, bylines: 'benbao' },
  { region: '吉林省通化市', regionEn: 'Tonghua, Jilin Province', newspaper: null, newspaperEn: null, probableNewspaper: '吉林日报', bylines: 'benbao' },
];

/** How a page is printed. */
export interface PageLayout {
  /** `narrow`: hard-wrapped columns, headline after its body; `web`: one paragraph per line, headline first. */
  readonly style: 'narrow' | 'web';
  /** Column width in characters (narrow pages). */
  readonly width: number;
  /** Blank lines between every printed line, or only between paragraphs (narrow pages). */
  readonly blanks: 'every' | 'paragraph';
  /** Web pages: headlines and section headings carry stray markdown `#` markers. */
  readonly markdown: boolean;
}

/** One generated page. */
export interface SyntheticPage {
  /** File name, `<5-digit index>_<16 hex>.txt` (its first 8 hex digits are the page key). */
  readonly file: string;
  readonly text: string;
  readonly meta: PageMeta;
  readonly layout: PageLayout;
  /** News items printed on the page (not counting photo captions). */
  readonly articles: number;
  readonly captions: number;
}

/** Options for {@link generateCorpus}. */
export interface CorpusOptions {
  /** Number of pages to generate (or use `articles`). */
  readonly pages?: number;
  /** Generate pages until they hold at least this many units (articles plus captions). */
  readonly articles?: number;
  /** PRNG seed (default 20261122). */
  readonly seed?: number;
  /** Seed material (default: read from the content folder). */
  readonly material?: SeedMaterial;
}

/** The default PRNG seed of the generator. */
export const DEFAULT_SEED = 20261122;

class CorpusMaker {
  readonly random: () => number;
  readonly material: SeedMaterial;
  /** Slugs of every headline and caption so far: Astro's content collection keys entries by slug. */
  readonly slugs = new Set<string>();
  readonly keys = new Set<string>();
  /** Seed titles not used yet (each printed once, as is). */
  readonly freshTitles: string[];
  /** Seed caption subjects not used yet. */
  readonly freshSubjects: string[];

  constructor(seed: number, material: SeedMaterial) {
    this.random = mulberry32(seed);
    this.material = material;
    this.freshTitles = [...material.titles];
    this.freshSubjects = [...material.captionSubjects];
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('synthetic corpus: the seed material has an empty pool');
    return items[Math.floor(this.random() * items.length)]!;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]!);
    return out;
  }

  hex(digits: number): string {
    let out = '';
    while (out.length < digits) out += Math.floor(this.random() * 16).toString(16);
    return out;
  }

  /** True (and remembered) if this text's slug is new. */
  claim(text: string): boolean {
    const slug = slugFromTitle(text);
    if (this.slugs.has(slug)) return false;
    this.slugs.add(slug);
    return true;
  }

  /**
   * A headline: a seed headline once, else halves of two, `地名: 分句`, one clause, or a short
   * phrase and a clause. Astro keys content entries by slug (the first eight syllables), so a
   * headline whose slug is taken is drawn again; after many tries a taken one is accepted.
   */
  title(): string {
    const { titles, clauses, phrases, places } = this.material;
    const halves = titles.filter((text) => text.includes(' '));
    let title = '';
    for (let attempt = 0; attempt < 500; attempt++) {
      const roll = this.random();
      if (roll < 0.05 && this.freshTitles.length > 0) title = this.freshTitles.splice(Math.floor(this.random() * this.freshTitles.length), 1)[0]!;
      else if (roll < 0.2 && halves.length >= 2) title = `${this.pick(halves).split(' ')[0]} ${this.pick(halves).split(' ').at(-1)}`;
      else if (roll < 0.4 && places.length > 0) title = `${this.pick(places)}: ${this.pick(clauses)}`;
      else if (roll < 0.55) title = this.pick(clauses);
      else if (phrases.length > 0) title = `${this.pick(phrases)} ${this.pick(clauses)}`;
      else title = `${this.pick(clauses)} ${this.pick(clauses)}`;
      if ([...title].length > 34) continue;
      if (this.claim(title)) return title;
    }
    return title;
  }

  /** A photo caption: one or two clauses, `图为…` (what ingest titles it by, so drawn until new), a credit. */
  caption(): { text: string; credit: string } {
    const { clauses, phrases, places } = this.material;
    let subject = '';
    for (let attempt = 0; attempt < 500; attempt++) {
      const roll = this.random();
      if (roll < 0.2 && this.freshSubjects.length > 0) subject = this.freshSubjects.splice(Math.floor(this.random() * this.freshSubjects.length), 1)[0]!;
      else if (roll < 0.5) subject = this.pick(clauses);
      else if (roll < 0.75 && places.length > 0) subject = `${this.pick(places)}${this.pick(clauses)}`;
      else subject = `${this.pick(phrases)}，${this.pick(clauses)}`;
      if (this.claim(subject)) break;
    }
    const lead = this.chance(0.5) ? `${this.pick(clauses)}，${this.pick(clauses)}` : this.pick(clauses);
    const name = this.pick(this.material.names);
    return { text: `${lead}。图为${subject}。`, credit: this.chance(0.75) ? `本报记者 ${name} 摄` : `${name}/摄` };
  }

  byline(profile: RegionProfile): { lead: string | null; line: string | null } {
    const [a, b, c] = this.sample(this.material.names, 3) as [string, string, string];
    if (profile.bylines === 'binzhou') {
      return this.chance(0.7)
        ? { lead: `${profile.newspaper}/滨州网讯（记者 ${a} 通讯员 ${b}${this.chance(0.4) ? ` ${c}` : ''} 报道）`, line: null }
        : { lead: null, line: `${profile.newspaper}/滨州网记者 ${a} 通讯员 ${b}` };
    }
    const roll = this.random();
    if (roll < 0.35) return { lead: `本报讯(记者${a})`, line: null };
    if (roll < 0.45) return { lead: `本报讯(${b} 记者${a})`, line: null };
    if (roll < 0.55) return { lead: `本报讯 ${a}`, line: null };
    if (roll < 0.8) return { lead: null, line: `本报记者 ${a}` };
    if (roll < 0.9) return { lead: null, line: `本报记者 ${a} ${b}` };
    return { lead: null, line: a };
  }
}

interface PlannedArticle {
  title: string;
  subtitle: string | null;
  organisation: string | null;
  byline: { lead: string | null; line: string | null };
  /** Body blocks in order; headings are section headings. */
  blocks: { type: 'paragraph' | 'heading'; text: string }[];
}

function planArticle(gen: CorpusMaker, profile: RegionProfile): PlannedArticle {
  const { paragraphs, headings, subtitles, organisations } = gen.material;
  const feature = gen.chance(0.5);
  const count = feature ? gen.int(4, 9) : gen.int(1, 4);
  const body = gen.sample(paragraphs, count);
  const blocks: PlannedArticle['blocks'] = [];
  const sections = feature && gen.chance(0.6) ? gen.sample(headings, gen.int(2, 3)) : [];
  const numbered = gen.chance(0.35);
  const every = sections.length > 0 ? Math.max(1, Math.floor(body.length / (sections.length + 1))) : Infinity;
  body.forEach((text, index) => {
    const section = index > 0 && index % every === 0 ? sections[index / every - 1] : undefined;
    if (section) blocks.push({ type: 'heading', text: numbered ? `${ORDINALS[index / every - 1]}、${section}` : section });
    blocks.push({ type: 'paragraph', text });
  });
  const subtitle = gen.chance(0.12) ? `——${gen.chance(0.5) && subtitles.length > 0 ? gen.pick(subtitles) : gen.pick(gen.material.clauses)}` : null;
  const organisation = organisations.length > 0 && gen.chance(0.06) ? gen.pick(organisations) : null;
  return { title: gen.title(), subtitle, organisation, byline: gen.byline(profile), blocks };
}

/** Punctuation a printed line never starts with (kinsoku): it stays at the end of the line before. */
const NO_LINE_START = new Set([...'，。、；：？！”’）》」』〕】…,.;:?!)%']);

/** Split text into printed lines of about `width` characters (the last one shorter). */
function wrap(text: string, width: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = Math.min(start + width, chars.length);
    while (end < chars.length && NO_LINE_START.has(chars[end]!)) end++;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/** A headline as printed in a narrow column: on one line, or broken into two at a space or near the middle. */
function headlineLines(title: string, width: number): string[] {
  const chars = [...title];
  if (chars.length <= width + 4) return [title];
  const space = title.indexOf(' ');
  if (space > 0) return [title.slice(0, space), title.slice(space + 1)];
  const middle = Math.ceil(chars.length / 2);
  return [chars.slice(0, middle).join(''), chars.slice(middle).join('')];
}

/** Print a page: a list of blocks, each a list of lines; `blanks` decides where blank lines go. */
function printPage(
  gen: CorpusMaker,
  layout: PageLayout,
  articles: PlannedArticle[],
  caption: { text: string; credit: string } | null,
  captionAt: number,
): string {
  const blocks: string[][] = [];
  const heading = (text: string, depth: number) => (layout.markdown ? `${'#'.repeat(depth)} ${text}` : text);
  articles.forEach((article, index) => {
    if (caption && index === captionAt) {
      if (layout.style === 'web' && gen.chance(0.5)) blocks.push([`${caption.text} ${caption.credit}`]);
      else if (layout.style === 'web') blocks.push([caption.text], [caption.credit]);
      else blocks.push(wrap(caption.text, layout.width), [caption.credit]);
    }
    const paragraphs = article.blocks.map((block, blockIndex) => {
      const text = blockIndex === 0 && article.byline.lead ? `${article.byline.lead}${block.text}` : block.text;
      return { ...block, text };
    });
    if (paragraphs[0]?.type !== 'paragraph' && article.byline.lead) paragraphs.unshift({ type: 'paragraph', text: article.byline.lead });
    const head: string[][] = [];
    if (article.organisation) head.push([article.organisation]);
    if (layout.style === 'web') {
      head.push([heading(article.title, 1)]);
      if (article.subtitle) head.push([article.subtitle]);
      if (article.byline.line) head.push([article.byline.line]);
      blocks.push(...head);
      for (const block of paragraphs) {
        if (block.type === 'heading') blocks.push([heading(block.text, 2)]);
        else if (gen.chance(0.06) && [...block.text].length > 40) {
          // Web-style damage: a paragraph broken in two by the extraction.
          const chars = [...block.text];
          const at = gen.int(10, chars.length - 10);
          blocks.push([chars.slice(0, at).join('')], [chars.slice(at).join('')]);
        } else blocks.push([block.text]);
      }
    } else {
      for (const block of paragraphs) {
        if (block.type === 'heading') blocks.push(wrap(block.text, Math.max(8, layout.width - 4)));
        else {
          const lines = wrap(block.text, layout.width);
          // Column breaks: a blank line inside a paragraph now and then.
          if (layout.blanks === 'paragraph' && lines.length > 4 && gen.chance(0.15)) {
            const at = gen.int(2, lines.length - 2);
            blocks.push(lines.slice(0, at), lines.slice(at));
          } else blocks.push(lines);
        }
      }
      head.push(headlineLines(article.title, layout.width));
      if (article.subtitle) head.push([article.subtitle]);
      if (article.byline.line) head.push([article.byline.line]);
      blocks.push(...head);
    }
  });
  const separator = layout.style === 'narrow' && layout.blanks === 'paragraph' ? '\n' : '\n\n';
  const out = blocks.map((lines) => lines.join(separator)).join('\n\n');
  return `${layout.style === 'web' || gen.chance(0.5) ? '\n\n' : ' '}${out}\n`;
}

/**
 * Generate synthetic pages, deterministically for a seed: each page 5–8 news items (plus a
 * photo caption on about half the pages), a year and a region in its metadata.
 */
export function* generateCorpus(options: CorpusOptions): Generator<SyntheticPage> {
  const gen = new CorpusMaker(options.seed ?? DEFAULT_SEED, options.material ?? loadSeedMaterial());
  let units = 0;
  for (let index = 0; ; index++) {
    if (options.pages !== undefined ? index >= options.pages : units >= (options.articles ?? 0)) return;
    const profile = gen.pick(REGIONS);
    const narrow = gen.chance(0.5);
    const layout: PageLayout = {
      style: narrow ? 'narrow' : 'web',
      width: gen.int(12, 28),
      blanks: gen.chance(0.5) ? 'every' : 'paragraph',
      markdown: !narrow && gen.chance(0.2),
    };
    const planned = Array.from({ length: gen.int(5, 8) }, () => planArticle(gen, profile));
    const caption = gen.chance(0.5) ? gen.caption() : null;
    const text = printPage(gen, layout, planned, caption, gen.int(1, planned.length - 1));
    let key = gen.hex(8);
    while (gen.keys.has(key)) key = gen.hex(8);
    gen.keys.add(key);
    const year = gen.int(2015, 2024);
    const meta: PageMeta = pageMetaSchema.parse({
      newspaper: profile.newspaper,
      probableNewspaper: profile.probableNewspaper,
      newspaperEn: profile.newspaperEn,
      date: null,
      year,
      page: null,
      region: profile.region,
      regionEn: profile.regionEn,
      evidence: [
        `Synthetic benchmark page ${index} (seed ${options.seed ?? DEFAULT_SEED}): text recombined from the seed pages; year and region assigned by the generator, not read from the text.`,
      ],
    });
    units += planned.length + (caption ? 1 : 0);
    yield { file: `${String(index).padStart(5, '0')}_${key}${gen.hex(8)}.txt`, text, meta, layout, articles: planned.length, captions: caption ? 1 : 0 };
  }
}

/** What {@link writeCorpus} wrote. */
export interface CorpusSummary {
  readonly pages: number;
  /** News items printed (articles), and photo captions. */
  readonly articles: number;
  readonly captions: number;
  /** Bytes of page text (UTF-8). */
  readonly bytes: number;
  readonly narrowPages: number;
}

/** Write a synthetic corpus to a folder: `<stem>.txt` and `<stem>.meta.yaml` per page. */
export function writeCorpus(outDir: string, options: CorpusOptions): CorpusSummary {
  mkdirSync(outDir, { recursive: true });
  if (readdirSync(outDir).some((name) => name.endsWith('.txt'))) throw new Error(`${outDir} already holds page texts; choose an empty folder`);
  let pages = 0,
    articles = 0,
    captions = 0,
    bytes = 0,
    narrowPages = 0;
  for (const page of generateCorpus(options)) {
    writeFileSync(join(outDir, page.file), page.text);
    const stem = page.file.replace(/\.txt$/u, '');
    writeFileSync(join(outDir, `${stem}.meta.yaml`), `# Synthetic benchmark page (npm run bench:corpus). null = not set.\n${stringify(page.meta)}`);
    pages++;
    articles += page.articles;
    captions += page.captions;
    bytes += Buffer.byteLength(page.text);
    if (page.layout.style === 'narrow') narrowPages++;
  }
  return { pages, articles, captions, bytes, narrowPages };
}
