import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  findCandidates,
  formulaSpans,
  isNumber,
  parseJustifications,
  quotedSpans,
  sortOutJustified,
  type Candidate,
} from '../../../src/lib/glossary/candidates.ts';
import type { CorpusText } from '../../../src/lib/glossary/check-glossary.ts';
import { buildMatcher, type MatchForm } from '../../../src/lib/glossary/match-terms.ts';

const corpusOf = (...texts: string[]): CorpusText[] => texts.map((text, i) => ({ article: 'test-0001', paragraph: `p${i + 1}`, text }));
const glossary = (forms: MatchForm[]) => [buildMatcher(forms), new Set(forms.map(({ form }) => form))] as const;
const candidatesIn = (forms: MatchForm[], ...texts: string[]) => findCandidates(corpusOf(...texts), ...glossary(forms));
const texts = (spans: { text: string }[]) => spans.map(({ text }) => text);

describe('quotedSpans', () => {
  test('finds strings of 2–15 characters in “”, 「」 and ‘’, without the marks', () => {
    expect(quotedSpans('力破解困难家庭“两癌”妇女无法及时得到救治')).toEqual([{ start: 8, end: 10, text: '两癌' }]);
    expect(texts(quotedSpans('扎根农村校园的「大家长」'))).toEqual(['大家长']);
    expect(texts(quotedSpans('“‘一门受理、协同办理’窗口帮了俺的大忙。”'))).toEqual(['一门受理、协同办理']);
  });

  test('leaves out one character and more than 15', () => {
    expect(quotedSpans('构建“亲”“清”新型政商关系')).toEqual([]);
    expect(texts(quotedSpans('“千名干部联千企，党建引领促发展”“一二三四五六七八九十一二三四五六”'))).toEqual(['千名干部联千企，党建引领促发展']);
  });
});

describe('formulaSpans', () => {
  test.each([
    ['指导建立健全“三会一课”制度', '三会一课'],
    ['支撑“一主六双”高质量发展战略', '一主六双'],
    ['补助资金，一人一策帮助救助对象', '一人一策'],
    ['推行一件事一次办改革', '一件事一次办'],
    ['构建一城十线百景千亿级格局', '一城十线百景千亿'],
    ['按照5+X分类梳理', '5+X'],
    ['落实“四个第一”要求', '四个第一'],
    ['创建5A级景区', '5A级'],
    ['破解困难家庭两癌妇女就医难题', '两癌'],
    ['抓好“三农”工作', '三农'],
    ['“十四五”期间', '十四五'],
    ['实现一二三产融合发展', '一二三产'],
    ['开展党的十九大精神宣讲', '十九大'],
  ])('finds the formula in %s', (text, formula) => {
    expect(texts(formulaSpans(text))).toEqual([formula]);
  });

  test.each([
    ['进一步统一标准，第一时间解决'],
    ['三年来建成五个基地、八千师生参加'],
    ['二十多年如一日照顾婆婆'],
    ['株产提高了两到三倍'],
    ['一件件百姓的事得到解决'],
    ['我一定做一个虔诚的教育寻梦人'],
    ['在四平市铁东区、黄河三角洲'],
  ])('finds no formula in %s', (text) => {
    expect(formulaSpans(text)).toEqual([]);
  });

  test('tells numbers from numeral formulas', () => {
    expect(['二十', '三十一', '三百五十', '八千', '三万', '两'].map(isNumber)).toEqual([true, true, true, true, true, true]);
    expect(['十四五', '一二三', '九九'].map(isNumber)).toEqual([false, false, false]);
  });
});

describe('findCandidates', () => {
  test('lists an uncovered quoted string with its count and first context', () => {
    const [candidate, ...rest] = candidatesIn([], '以“吉聚人才”为主题的高端人才引进活动', '开展“吉聚人才”活动');
    expect(rest).toEqual([]);
    expect(candidate).toEqual({
      text: '吉聚人才',
      kinds: ['quoted'],
      count: 2,
      example: { article: 'test-0001', paragraph: 'p1', context: '以“⟨吉聚人才⟩”为主题的高端人才引进活动' },
    });
  });

  test('drops what an entry covers: a term, a quoted variant, a match around it, or matches across it', () => {
    const forms = [
      { form: '整村授信', id: 'zheng-cun-shou-xin' },
      { form: '“六进”', id: 'liu-jin' },
      { form: '村“两委”', id: 'cun-liang-wei' },
      { form: '党建', id: 'dang-jian' },
      { form: '金融', id: 'jin-rong' },
    ];
    expect(candidatesIn(forms, '实施“整村授信”', '开展“六进”工程', '提前通知村“两委”成员', '“党建+金融”模式')).toEqual([]);
  });

  test('counts a quoted formula once, as both kinds, and lists a formula in running text as a formula', () => {
    const found = candidatesIn([], '建立健全“三会一课”制度', '落实三会一课制度，推行一人一策');
    expect(found.map(({ text, kinds, count }) => ({ text, kinds, count }))).toEqual([
      { text: '三会一课', kinds: ['quoted', 'formula'], count: 2 },
      { text: '一人一策', kinds: ['formula'], count: 1 },
    ]);
  });

  test('does not read numerals in a byline as formulas', () => {
    expect(findCandidates([{ article: 'a', paragraph: 'byline', text: '本报记者 隋二龙 邵一娟' }], ...glossary([]))).toEqual([]);
  });
});

describe('justifications', () => {
  const candidate = (text: string): Candidate => ({ text, kinds: ['quoted'], count: 1, example: { article: 'a', paragraph: 'p1', context: `⟨${text}⟩` } });

  test('parses a list of { text, why } with lines', () => {
    expect(parseJustifications('- text: 十里八乡\n  why: idiom, all the villages around\n- text: 打工\n  why: ordinary word\n', 'j.yaml')).toEqual({
      justifications: [
        { text: '十里八乡', why: 'idiom, all the villages around', line: 1 },
        { text: '打工', why: 'ordinary word', line: 3 },
      ],
      problems: [],
    });
  });

  test('names the file, line and field of a missing reason, an unknown field and a text justified twice', () => {
    expect(parseJustifications('- text: 打工\n- text: 搬家\n  why: figurative\n  note: x\n', 'j.yaml').problems).toEqual([
      expect.objectContaining({ file: 'j.yaml', line: 1, severity: 'error', message: expect.stringMatching(/^0\.why: /u) }),
      expect.objectContaining({ file: 'j.yaml', line: 2, severity: 'error', message: expect.stringMatching(/^1: .*note/u) }),
    ]);
    expect(parseJustifications('- text: 打工\n  why: a\n- text: 打工\n  why: b\n', 'j.yaml').problems).toEqual([
      expect.objectContaining({ line: 3, message: 'text: `打工` is justified twice (also line 1)' }),
    ]);
  });

  test('sorts candidates into open and justified, and lists justifications no candidate needs', () => {
    const list = sortOutJustified(
      [candidate('十里八乡'), candidate('吉聚人才')],
      [
        { text: '十里八乡', why: 'idiom', line: 1 },
        { text: '搬家', why: 'figurative', line: 3 },
      ],
    );
    expect(list.open.map(({ text }) => text)).toEqual(['吉聚人才']);
    expect(list.justified).toEqual([{ ...candidate('十里八乡'), why: 'idiom' }]);
    expect(list.stale).toEqual([{ text: '搬家', why: 'figurative', line: 3 }]);
  });
});

describe('npm run glossary:candidates', () => {
  test('prints open and justified candidates as JSON with --json', () => {
    const root = mkdtempSync(join(tmpdir(), 'glossary-candidates-'));
    mkdirSync(join(root, 'glossary'));
    mkdirSync(join(root, 'articles'));
    const units = [{ id: 'test-0001', title: '热带果树东北“打工”', titleInferred: false, blocks: [{ id: 'p1', text: '以“吉聚人才”为主题' }] }];
    writeFileSync(join(root, 'articles', 'articles.json'), JSON.stringify({ units }));
    writeFileSync(join(root, 'glossary', 'candidates-justified.yaml'), '- text: 打工\n  why: figurative use of an ordinary word\n');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/glossary-candidates.ts', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT_DIR: root } });
    const json = run('--json');
    expect(json.status).toBe(0);
    const list = JSON.parse(json.stdout);
    expect(list.open.map((candidate: Candidate) => candidate.text)).toEqual(['吉聚人才']);
    expect(list.justified).toEqual([expect.objectContaining({ text: '打工', why: 'figurative use of an ordinary word' })]);
    const text = run();
    expect(text.stdout).toContain('  吉聚人才  ×1  quoted  test-0001 p1  以“⟨吉聚人才⟩”为主题');
    expect(text.stdout.trim().split('\n').at(-1)).toBe('1 open, 1 justified, 0 stale justifications');
  });
});
