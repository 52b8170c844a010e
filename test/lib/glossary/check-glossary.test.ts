import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { stringify } from 'yaml';
import {
  checkGlossary,
  comparePinyin,
  findSyllableBySyllable,
  pinyinSyllables,
  findMisannotations,
  readCorpus,
  showInContext,
  syllableAgrees,
  type CorpusText,
} from '../../../src/lib/glossary/check-glossary.ts';
import type { LoadedEntry } from '../../../src/lib/glossary/load-glossary.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';

/** A valid made-up entry; override fields per test. */
const entryData = (id: string, term: string, fields: Record<string, unknown> = {}) => ({
  id,
  term,
  variants: [],
  pinyin: pinyin(term, { type: 'array', toneSandhi: false }).join(''),
  english: `${id} (English)`,
  definitionEn: 'A made-up entry for a test.',
  definitionZh: '测试用词条。',
  category: 'government-services',
  scope: { level: 'national', place: null },
  related: [],
  updated: '2026-01-02',
  status: 'draft',
  ...fields,
});

const loaded = (id: string, term: string, fields: Record<string, unknown> = {}): LoadedEntry => ({
  entry: glossaryEntrySchema.parse(entryData(id, term, fields)),
  file: `glossary/${id}.yaml`,
});

const corpusOf = (...texts: string[]): CorpusText[] => texts.map((text, i) => ({ article: 'test-0001', paragraph: `p${i + 1}`, text }));

/** A content folder with glossary files (name → YAML text) and an articles.json of the given paragraphs. */
function contentFolder(files: Record<string, string>, paragraphs: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'glossary-check-'));
  mkdirSync(join(root, 'glossary'));
  mkdirSync(join(root, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'glossary', name), text);
  const units = [
    { id: 'test-0001', title: '测试标题', titleInferred: false, blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, type: 'paragraph', text })) },
  ];
  writeFileSync(join(root, 'articles', 'articles.json'), JSON.stringify({ units, unassigned: [] }));
  return root;
}

const check = (root: string) => checkGlossary({ glossaryDir: join(root, 'glossary'), articlesFile: join(root, 'articles', 'articles.json'), root });

const yamlOf = (data: Record<string, unknown>) => stringify(data);

describe('checkGlossary: errors', () => {
  test('names the file, line, entry and field of a missing field and of a wrong type', () => {
    const missing: Record<string, unknown> = entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn' });
    delete missing.english;
    const root = contentFolder(
      {
        'zheng-cun-shou-xin.yaml': yamlOf(missing),
        'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái", variants: '两癌筛查' })),
      },
      ['推进整村授信工作', '“两癌”免费医疗救助'],
    );
    const report = check(root);
    expect(report.errors).toBe(2);
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'glossary/liang-ai.yaml', line: 3, entry: 'liang-ai', message: expect.stringMatching(/^variants: .*array/u) }),
      expect.objectContaining({ file: 'glossary/zheng-cun-shou-xin.yaml', entry: 'zheng-cun-shou-xin', message: expect.stringMatching(/^english: /u) }),
    ]);
  });

  test('reports a duplicate id in both files that claim it', () => {
    const root = contentFolder(
      {
        'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái" })),
        'liang-ai-copy.yaml': yamlOf(entryData('liang-ai', '两癌救助', { pinyin: "liǎng'ái jiùzhù" })),
      },
      ['“两癌”免费医疗救助，两癌救助'],
    );
    const messages = check(root)
      .problems.filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.file}:${problem.line} ${problem.entry} ${problem.message}`);
    expect(messages).toEqual([
      'glossary/liang-ai-copy.yaml:1 liang-ai id: `liang-ai` does not match the file name `liang-ai-copy.yaml`',
      'glossary/liang-ai.yaml:1 liang-ai id: duplicate id `liang-ai` (also in glossary/liang-ai-copy.yaml)',
    ]);
  });

  test('reports a related id that names no entry, on the line of that id', () => {
    const root = contentFolder(
      {
        'zheng-cun-shou-xin.yaml': yamlOf(
          entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn', related: ['dang-jian-jia-jin-rong', 'shou-xin'] }),
        ),
        'shou-xin.yaml': yamlOf(entryData('shou-xin', '授信', { pinyin: 'shòuxìn', related: ['zheng-cun-shou-xin'] })),
      },
      ['推进整村授信工作，扩大授信'],
    );
    const report = check(root);
    expect(report.errors).toBe(1);
    const error = report.problems.find((problem) => problem.severity === 'error')!;
    expect(error).toMatchObject({
      file: 'glossary/zheng-cun-shou-xin.yaml',
      entry: 'zheng-cun-shou-xin',
      message: 'related: no entry has the id `dang-jian-jia-jin-rong`',
    });
    expect(
      yamlOf(entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn', related: ['dang-jian-jia-jin-rong', 'shou-xin'] })).split('\n')[
        error.line! - 1
      ],
    ).toBe('  - dang-jian-jia-jin-rong');
  });

  test('finds nothing in a clean glossary', () => {
    const root = contentFolder(
      {
        'zheng-cun-shou-xin.yaml': yamlOf(entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn', related: ['liang-ai'] })),
        'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái", variants: ['“两癌”'], related: ['zheng-cun-shou-xin'] })),
      },
      ['推进整村授信工作', '“两癌”免费医疗救助'],
    );
    expect(check(root)).toMatchObject({ entries: 2, errors: 0, warnings: 0, problems: [] });
  });

  test('reports a related link that goes one way, on the entry that must add it', () => {
    const root = contentFolder(
      {
        'zheng-cun-shou-xin.yaml': yamlOf(entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn', related: ['shou-xin'] })),
        'shou-xin.yaml': yamlOf(entryData('shou-xin', '授信', { pinyin: 'shòuxìn' })),
      },
      ['推进整村授信工作，扩大授信'],
    );
    const report = check(root);
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'glossary/shou-xin.yaml',
        entry: 'shou-xin',
        message: 'related: `zheng-cun-shou-xin` lists `shou-xin` as related, but `shou-xin` does not list `zheng-cun-shou-xin` (add it)',
      }),
    ]);
  });

  test('reports an example that names no paragraph, or one that does not use the term', () => {
    const root = contentFolder(
      {
        'liang-ai.yaml': yamlOf(
          entryData('liang-ai', '两癌', {
            pinyin: "liǎng'ái",
            examples: [
              { article: 'test-0001', paragraph: 'p1' },
              { article: 'test-0001', paragraph: 'p2' },
              { article: 'test-0001', paragraph: 'p9' },
            ],
          }),
        ),
      },
      ['“两癌”免费医疗救助', '推进整村授信工作'],
    );
    const errors = check(root).problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => problem.message)).toEqual([
      'examples: paragraph test-0001 p2 does not use `两癌`',
      "examples: no paragraph `p9` in article `test-0001` (re-ingested? pick another use from the term's page)",
    ]);
    expect(errors.map((problem) => problem.line)).toEqual([expect.any(Number), expect.any(Number)]);
  });

  test('reports an updated day in the future and warns about a missing one', () => {
    const root = contentFolder(
      {
        'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái", updated: '2999-01-01' })),
        'shou-xin.yaml': yamlOf(entryData('shou-xin', '授信', { pinyin: 'shòuxìn', updated: null })),
      },
      ['“两癌”免费医疗救助，扩大授信'],
    );
    const { problems } = check(root);
    expect(problems).toContainEqual(
      expect.objectContaining({ entry: 'liang-ai', severity: 'error', message: expect.stringMatching(/^updated: 2999-01-01 is in the future/u) }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ entry: 'shou-xin', severity: 'warning', message: 'updated: missing (the day the entry last changed, YYYY-MM-DD)' }),
    );
  });
});

describe('official renderings and their sources', () => {
  const source = {
    title: 'Full text: Report on the Work of the Government',
    publisher: 'Xinhua',
    date: '2019-03-16',
    url: 'http://govt.chinadaily.com.cn/s/201903/16/report.html',
    quote: 'Reforms to streamline administration and delegate power, improve regulation, and upgrade services were intensified.',
  };
  const official = 'streamline administration and delegate power, improve regulation, and upgrade services';
  const messages = (fields: Record<string, unknown>) => {
    const root = contentFolder({ 'fang-guan-fu.yaml': yamlOf(entryData('fang-guan-fu', '放管服', { pinyin: 'fàngguǎnfú', ...fields })) }, ['深化放管服改革']);
    const report = check(root);
    return { report, errors: report.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.message) };
  };

  test('an official rendering with its full source passes, and is counted', () => {
    const { report, errors } = messages({ officialEnglish: official, officialSource: source });
    expect(errors).toEqual([]);
    expect(report.provenance).toMatchObject({ official: 1, unverified: 0 });
  });

  test('an official rendering without a source, with a source as bare text, or with a field missing is an error', () => {
    expect(messages({ officialEnglish: official }).errors).toEqual([
      expect.stringMatching(/^officialSource: required when `officialEnglish` is set: title, publisher, date, url and quote/u),
    ]);
    expect(messages({ officialEnglish: official, officialSource: 'Report on the Work of the Government, 2019' }).errors).toEqual([
      expect.stringMatching(/^officialSource: /u),
    ]);
    const { url: _url, ...withoutUrl } = source;
    expect(messages({ officialEnglish: official, officialSource: withoutUrl }).errors).toEqual([expect.stringMatching(/^officialSource\.url: /u)]);
    expect(messages({ officialEnglish: official, officialSource: { ...source, url: 'javascript:alert(1)' } }).errors).toEqual([
      expect.stringMatching(/^officialSource\.url: must be an http\(s\) address/u),
    ]);
  });

  test('the quoted wording must contain the rendering (case, quotation marks and dashes aside)', () => {
    expect(messages({ officialEnglish: 'Streamline Administration and Delegate Power', officialSource: source }).errors).toEqual([]);
    expect(
      messages({ officialEnglish: 'streamline administration, delegate power, and improve regulation and services', officialSource: source }).errors,
    ).toEqual([
      'officialSource.quote: does not contain the official rendering `streamline administration, delegate power, and improve regulation and services`',
    ]);
  });

  test('an unverified rendering is kept aside, counted, and is no official rendering', () => {
    const { report, errors } = messages({
      unverifiedOfficial: { english: official, claimedSource: 'Report on the Work of the Government, 2019', note: 'Not found in a published text.' },
    });
    expect(errors).toEqual([]);
    expect(report.provenance).toMatchObject({ official: 0, unverified: 1 });
  });
});

describe('checkGlossary: warnings', () => {
  test('warns when the annotator takes another entry’s form and cuts a longer one, with the corpus context', () => {
    const entries = [loaded('er-shi-da', '党的二十大'), loaded('er-shi-da-dai-biao', '二十大代表')];
    const problems = findMisannotations(entries, corpusOf('“作为党的二十大代表,我一定做一个虔诚的教育寻梦人。”'));
    expect(problems).toEqual([
      expect.objectContaining({
        entry: 'er-shi-da-dai-biao',
        severity: 'warning',
        message:
          'mis-annotated: `二十大代表` is not annotated once, the annotator takes `党的二十大` (er-shi-da) instead, e.g. test-0001 p1: “作为党的⟨二十大代表⟩,我一定做一个虔诚的教育寻梦人…',
      }),
    ]);
  });

  test('names the shorter form picked inside an occurrence of a longer one', () => {
    const entries = [loaded('dang-jian', '党建'), loaded('jian-gong', '建工作'), loaded('dang-jian-gong-zuo', '党建工作'), loaded('ji-ceng-dang', '基层党')];
    const problem = findMisannotations(entries, corpusOf('抓好基层党建工作')).find(({ entry }) => entry === 'dang-jian-gong-zuo');
    expect(problem?.message).toMatch(
      /^mis-annotated: `党建工作` is not annotated once, the annotator takes `基层党` \(ji-ceng-dang\) then `建工作` \(jian-gong\) instead/u,
    );
  });

  test('warns when a short form matches inside an unrelated word', () => {
    const problems = findMisannotations([loaded('min-zheng', '民政')], corpusOf('市人民政府召开常务会议', '省民政厅举行消防应急演练', '国民政策'));
    expect(problems.map(({ message }) => message)).toEqual([
      'mis-annotated: `民政` matches inside the word `人民政府` once, e.g. test-0001 p1: 市人⟨民政⟩府召开常务会议',
      'mis-annotated: `民政` matches across the words `国民|政策` once, e.g. test-0001 p3: 国⟨民政⟩策',
    ]);
  });

  test('does not warn when the longer form wins, as it should', () => {
    expect(findMisannotations([loaded('dang-jian', '党建'), loaded('dang-jian-yin-ling', '党建引领')], corpusOf('坚持党建引领，抓好党建'))).toEqual([]);
  });

  test('warns about entries whose forms never occur in the corpus, titles included', () => {
    const root = contentFolder(
      {
        'zheng-cun-shou-xin.yaml': yamlOf(entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìn', variants: ['整村授信工程'] })),
        'ce-shi-biao-ti.yaml': yamlOf(entryData('ce-shi-biao-ti', '测试标题', { pinyin: 'cèshì biāotí' })),
      },
      ['推进乡村振兴'],
    );
    const report = check(root);
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'glossary/zheng-cun-shou-xin.yaml',
        line: 2,
        severity: 'warning',
        message: 'never used: `整村授信`, `整村授信工程` occur nowhere in the corpus',
      }),
    ]);
  });

  test('warns about pinyin that disagrees with pinyin-pro, on the pinyin line', () => {
    const root = contentFolder({ 'zheng-cun-shou-xin.yaml': yamlOf(entryData('zheng-cun-shou-xin', '整村授信', { pinyin: 'zhěngcūn shòuxìng' })) }, [
      '推进整村授信工作',
    ]);
    const [problem] = check(root).problems;
    expect(problem).toMatchObject({
      line: 4,
      severity: 'warning',
      message: 'pinyin: `zhěngcūn shòuxìng` disagrees with pinyin-pro: 信 is `xìng`, pinyin-pro reads `xìn`',
    });
  });
});

describe('comparePinyin', () => {
  test.each([
    ['整村授信', 'zhěng cūn shòu xìn'],
    ['整村授信', 'zhěngcūn shòuxìn'],
    ['一门受理', 'yīmén shòulǐ'],
    ['一主六双', 'yīzhǔ liùshuāng'],
    ['不忘初心', 'bù wàng chūxīn'],
    ['贷款余额', "dàikuǎn yú'é"],
    ['三个千亿级', 'sāngè qiānyì jí'],
    ['习近平新时代中国特色社会主义思想', 'Xí Jìnpíng xīn shídài Zhōngguó tèsè shèhuì zhǔyì sīxiǎng'],
    ['省市县乡村', 'shěng-shì-xiàn-xiāng-cūn'],
    ['钉钉子精神', 'dīngdīngzǐ jīngshén'],
    ['5+X', 'wǔ jiā X'],
    ['5A级景区', '5A jí jǐng qū'],
    ['“1234”顶岗支教体系', 'yī èr sān sì dǐng gǎng zhī jiào tǐ xì'],
    ['村（居）', 'cūn (jū)'],
    ['绿色', 'lv sè'],
  ])('accepts %s as %s', (term, pinyin) => {
    expect(comparePinyin(term, pinyin)).toEqual([]);
  });

  test('names a wrong tone, with the readings of a polyphone', () => {
    expect(comparePinyin('整村授信', 'zhěng cūn shòu xín')).toEqual(['信 is `xín`, pinyin-pro reads `xìn`']);
    expect(comparePinyin('倒排工期', 'dào pái gōng qī')).toEqual(['倒 is `dào`, pinyin-pro reads `dǎo` (倒 is a polyphone: dǎo, dào)']);
  });

  test('names a missing and an extra syllable', () => {
    expect(comparePinyin('整村授信', 'zhěng cūn xìn')).toEqual(['no syllable for 授 (pinyin-pro reads `shòu`)']);
    expect(comparePinyin('两癌', 'liǎng ái zhèng')).toEqual(['extra syllable `zhèng`']);
  });

  test('wants the citation tones of 一 and 不 (yī, bù), not their tone sandhi', () => {
    expect(syllableAgrees('一', 'yī', 'yī')).toBe(true);
    expect(syllableAgrees('一', 'yí', 'yī')).toBe(false);
    expect(syllableAgrees('不', 'bú', 'bù')).toBe(false);
    expect(comparePinyin('一次办', 'yícì bàn')).toEqual(['一 is `yí`, pinyin-pro reads `yī` (一 and 不 are written in their citation tones, yī and bù)']);
    expect(comparePinyin('一次办', 'yīcì bàn')).toEqual([]);
  });

  test('splits words into syllables, a, o and e only after an apostrophe', () => {
    expect(pinyinSyllables("Xí Jìnpíng dàikuǎn yú'é")).toEqual(['xí', 'jìn', 'píng', 'dài', 'kuǎn', 'yú', 'é']);
    expect(pinyinSyllables('sāngè jínán')).toEqual(['sān', 'gè', 'jí', 'nán']);
    expect(pinyinSyllables('5A jí IOT')).toEqual(['5A', 'jí', 'IOT']);
  });
});

describe('pinyin by word (GB/T 16159-2012)', () => {
  test('flags pinyin written syllable by syllable, suggesting a form joined by words', () => {
    const problems = findSyllableBySyllable([loaded('ying-shang-huan-jing', '营商环境', { pinyin: 'yíng shāng huán jìng' })]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'pinyin: `yíng shāng huán jìng` is written syllable by syllable; join the syllables of each word (GB/T 16159-2012), e.g. `yíngshāng huánjìng`',
      }),
    ]);
  });

  test('accepts pinyin joined by words, and a term of one-character words written apart', () => {
    expect(findSyllableBySyllable([loaded('ying-shang-huan-jing', '营商环境', { pinyin: 'yíngshāng huánjìng' })])).toEqual([]);
    expect(findSyllableBySyllable([loaded('fang-guan-fu', '放管服', { pinyin: 'fàngguǎnfú' })])).toEqual([]);
    expect(findSyllableBySyllable([loaded('sheng-shi-xian-xiang-cun', '省市县乡村', { pinyin: 'shěng-shì-xiàn-xiāng-cūn' })])).toEqual([]);
    expect(findSyllableBySyllable([loaded('mu', '亩', { pinyin: 'mǔ' })])).toEqual([]);
  });
});

describe('corpus helpers', () => {
  test('readCorpus reads block texts and printed titles, not inferred ones', () => {
    const root = contentFolder({}, ['推进整村授信工作']);
    expect(readCorpus(join(root, 'articles', 'articles.json'))).toEqual([
      { article: 'test-0001', paragraph: 'title', text: '测试标题' },
      { article: 'test-0001', paragraph: 'p1', text: '推进整村授信工作' },
    ]);
  });

  test('showInContext marks the span and cuts 15 characters either side', () => {
    const text = '为深入贯彻落实党的二十大精神，各地扎实推进整村授信工作，取得了显著成效';
    const start = text.indexOf('整村授信');
    expect(showInContext(text, start, start + 4)).toBe('…实党的二十大精神，各地扎实推进⟨整村授信⟩工作，取得了显著成效');
  });
});

describe('npm run glossary:check', () => {
  const run = (contentDir: string) =>
    spawnSync(process.execPath, ['scripts/glossary-check.ts'], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir } });

  test('prints file:line  severity  entry  message, a total and a remedy, and exits 1 on errors', () => {
    const root = contentFolder({ 'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái", related: ['no-such-entry'] })) }, [
      '“两癌”免费医疗救助',
    ]);
    const result = run(root);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/glossary\/liang-ai\.yaml:\d+ {2}error {2}liang-ai {2}related: no entry has the id `no-such-entry`$/u);
    expect(lines[1]).toBe(
      'Provenance: 0 official renderings with a full source (title, publisher, date, address, quoted wording); 0 claimed renderings kept as unverified (not shown as official); 0 entries name the sources of their explanation; 0 have examples from the archive; 1 are dated.',
    );
    expect(lines[2]).toBe('1 entries checked against 2 corpus paragraphs: 1 errors, 0 warnings');
    expect(lines[3]).toMatch(/^Errors stop the build: fix/u);
  });

  test('exits 0 when there are only warnings', () => {
    const root = contentFolder({ 'liang-ai.yaml': yamlOf(entryData('liang-ai', '两癌', { pinyin: "liǎng'ái" })) }, ['推进整村授信工作']);
    const result = run(root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('warning  liang-ai  never used: `两癌` occurs nowhere in the corpus');
    expect(result.stdout).toContain('0 errors, 1 warnings');
  });
});
