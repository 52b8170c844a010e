/**
 * Every download the site offers, described once for the Data page (`/downloads/`) and the tests
 * that check each is linked and exists. `file` is relative to the site's base; `null` for the
 * offline bundle, which is made by a command rather than published with the site.
 */
export interface ExportFile {
  readonly file: string | null;
  readonly name: { readonly zh: string; readonly en: string };
  readonly format: string;
  /** What it holds, in English and Chinese. */
  readonly about: { readonly en: string; readonly zh: string };
  /** Its licence, in words. */
  readonly licence: { readonly en: string; readonly zh: string };
}

const NEWSPAPER_AND_CC = {
  en: 'Newspaper text: the newspapers’ own, reproduced for research and not relicensed. The archive’s translations and metadata: CC BY 4.0.',
  zh: '报纸原文归各报所有，仅供研究转载，不另行授权；本档案的译文与元数据：CC BY 4.0。',
};
const GLOSSARY_CC = {
  en: 'CC BY 4.0 (the archive’s own writing). Official renderings quoted in entries remain their publishers’ wording and are cited.',
  zh: 'CC BY 4.0（本档案自撰内容）；条目所引官方译法归原发布者，并注明出处。',
};

/** The exports, in the order the Data page lists them. */
export const EXPORTS: readonly ExportFile[] = [
  {
    file: 'data/articles.json',
    name: { zh: '全部文章', en: 'All articles' },
    format: 'JSON',
    about: {
      en: 'Every unit with its id, URL, source page and lines, kind, title (Simplified and Traditional), byline, newspaper, date, region, and each paragraph in Chinese (both scripts) and English with its translation state.',
      zh: '每个单元的编号、网址、原始版面与行号、类型、标题（简繁）、作者、报纸、日期、地区，以及逐段中文（简繁）与英文译文。',
    },
    licence: NEWSPAPER_AND_CC,
  },
  {
    file: 'data/glossary.json',
    name: { zh: '术语表', en: 'Glossary' },
    format: 'JSON',
    about: {
      en: 'Every glossary entry with every field (pinyin, English renderings, official rendering and source, definitions, category, scope, related terms) and its uses in the archive.',
      zh: '全部术语条目的所有字段（拼音、英文译法、官方译法及出处、释义、类别、范围、相关术语）及其在档案中的用例。',
    },
    licence: GLOSSARY_CC,
  },
  {
    file: 'data/glossary.csv',
    name: { zh: '术语表（表格）', en: 'Glossary as a spreadsheet' },
    format: 'CSV',
    about: {
      en: 'One row per entry, for spreadsheets; a cell that would start a formula is prefixed with an apostrophe.',
      zh: '每个条目一行，供电子表格使用；可能被当作公式的单元格前加撇号。',
    },
    licence: GLOSSARY_CC,
  },
  {
    file: 'data/glossary.tbx',
    name: { zh: '术语库', en: 'Termbase' },
    format: 'TBX-Basic (ISO 30042)',
    about: {
      en: 'The glossary for translation tools (CAT tools, terminology managers), Simplified and Traditional forms and English.',
      zh: '供计算机辅助翻译和术语管理工具使用的术语库，含简繁形式与英文。',
    },
    licence: GLOSSARY_CC,
  },
  {
    file: 'data/parallel.tmx',
    name: { zh: '平行语料', en: 'Parallel corpus' },
    format: 'TMX 1.4b',
    about: {
      en: 'One translation unit per paragraph pair, Chinese and English, for translation memories.',
      zh: '逐段中英对照的翻译记忆库，每对段落一个翻译单元。',
    },
    licence: NEWSPAPER_AND_CC,
  },
  {
    file: 'feed.xml',
    name: { zh: '新文章订阅', en: 'Feed of new articles' },
    format: 'Atom',
    about: { en: 'The newest articles by the date their page carries, for feed readers.', zh: '按版面日期排列的最新文章，供订阅阅读器使用。' },
    licence: NEWSPAPER_AND_CC,
  },
  {
    file: 'sitemap.xml',
    name: { zh: '网站地图', en: 'Sitemap' },
    format: 'Sitemaps 0.9',
    about: { en: 'Every page in Simplified and Traditional script, each naming the other as its alternate.', zh: '简体与繁体的全部页面，互为备选语言版本。' },
    licence: { en: 'Public domain (a list of addresses).', zh: '公有领域（仅为网址列表）。' },
  },
  {
    file: null,
    name: { zh: '离线版', en: 'Offline copy' },
    format: 'ZIP',
    about: {
      en: 'The whole site with its search, to unpack and serve locally: run `npm run bundle` in the repository (it builds archive-offline.zip with a README on how to serve it).',
      zh: '整个网站及其搜索，可解压后在本地运行：在代码库中执行 `npm run bundle`（生成 archive-offline.zip，附使用说明）。',
    },
    licence: {
      en: 'As its parts: code MIT, the archive’s writing CC BY 4.0, newspaper text the newspapers’ own.',
      zh: '依各部分：代码 MIT，本档案自撰内容 CC BY 4.0，报纸原文归各报所有。',
    },
  },
];
