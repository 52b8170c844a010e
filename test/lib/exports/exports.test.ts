import { describe, expect, test } from 'vitest';
import { buildTbx, parseTbx } from '../../../src/lib/exports/tbx.ts';
import { buildTmx, parseTmx } from '../../../src/lib/exports/tmx.ts';
import { toTraditional } from '../../../src/lib/script/to-traditional.ts';
import type { GlossaryEntry } from '../../../src/schemas/glossary.ts';

const entry: GlossaryEntry = {
  id: 'fang-guan-fu',
  term: '放管服',
  variants: ['放管服改革'],
  pinyin: 'fàng guǎn fú',
  english: 'delegating power, streamlining administration and optimising services',
  englishVariants: ['streamlining administration'],
  officialEnglish: 'streamline administration and delegate power, improve regulation, and upgrade services',
  officialSource: {
    title: 'Report on the Work of the Government <2019> & “official” version',
    publisher: 'Xinhua',
    date: '2019-03-16',
    url: 'http://govt.chinadaily.com.cn/s/201903/16/WS5c99e812498e079e6801bdda/full-text-report-on-the-work-of-the-government.html',
    quote: 'Reforms to streamline administration and delegate power, improve regulation, and upgrade services were intensified.',
    note: null,
  },
  unverifiedOfficial: null,
  literal: 'release, manage, serve',
  definitionEn: 'A reform <label> & slogan.',
  definitionZh: '简政放权、放管结合、优化服务的简称。',
  category: 'administrative-reform',
  scope: { level: 'national', place: null },
  related: [],
  sources: [],
  examples: [],
  updated: '2026-12-06',
  status: 'draft',
};

describe('TBX export', () => {
  test('parses as TBX-Basic and round-trips every term in zh-Hans, zh-Hant and en', () => {
    const xml = buildTbx([entry], toTraditional);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca"');
    expect(xml).toContain('&lt;2019&gt; &amp;');
    expect(parseTbx(xml)).toEqual([
      {
        id: 'fang-guan-fu',
        terms: {
          'zh-Hans': ['放管服', '放管服改革'],
          'zh-Hant': ['放管服', '放管服改革'],
          en: [entry.english, 'streamlining administration', entry.officialEnglish],
        },
      },
    ]);
  });

  test('rejects a document that is not TBX-Basic', () => {
    expect(() => parseTbx('<tbx type="TBX-Min"><text><body/></text></tbx>')).toThrow(/not a TBX-Basic/u);
  });
});

describe('TMX export', () => {
  test('parses as TMX 1.4 and round-trips each pair, escaping markup in the text', () => {
    const pairs = [
      { id: 'a-0001#p3', zh: '推进“整村授信”<工作>&{alert(1)}', en: 'Promote "whole-village credit" <work> & {alert(1)}', status: 'draft' },
      { id: 'a-0001#p5', zh: '第二段。', en: 'Second paragraph.', status: 'reviewed' },
    ];
    const xml = buildTmx(pairs);
    expect(xml).toContain('<tmx version="1.4">');
    expect(xml).toContain('srclang="zh-Hans"');
    expect(parseTmx(xml)).toEqual(pairs);
  });
});

describe('exports stay valid with hostile text (issue 14)', () => {
  const hostile = 'a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf\uD800g ‮RTL <x> & "q"';

  test('control characters are removed from TMX and TBX, which then parse back', async () => {
    const { XMLValidator } = await import('fast-xml-parser');
    const tmx = buildTmx([{ id: 'x#p1', zh: `中文${hostile}`, en: `English${hostile}`, status: 'draft' }]);
    expect(XMLValidator.validate(tmx)).toBe(true);
    expect(parseTmx(tmx)[0]).toEqual({ id: 'x#p1', zh: '中文abcdefg ‮RTL <x> & "q"', en: 'Englishabcdefg ‮RTL <x> & "q"', status: 'draft' });
    const tbx = buildTbx(
      [{ ...entry, term: `放管服${hostile}`, definitionEn: hostile, officialSource: { ...entry.officialSource!, title: hostile, quote: hostile } }],
      toTraditional,
    );
    expect(XMLValidator.validate(tbx)).toBe(true);
    expect(parseTbx(tbx)[0]!.terms['zh-Hans']![0]).toBe('放管服abcdefg ‮RTL <x> & "q"');
  });

  test('csvCell neutralises formula starts and nothing else', async () => {
    const { csvCell } = await import('../../../src/lib/exports/safe-text.ts');
    for (const cell of ['=HYPERLINK("https://example.org","x")', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) expect(csvCell(cell)).toBe(`'${cell}`);
    for (const cell of ['放管服', 'a=b', '', 3]) expect(csvCell(cell)).toBe(cell);
  });

  test('exportProblems reads each export back and names an invalid one', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { exportProblems } = await import('../../../src/lib/exports/validate-exports.ts');
    const dist = mkdtempSync(join(tmpdir(), 'exports-'));
    mkdirSync(join(dist, 'data'));
    const write = (name: string, text: string) => writeFileSync(join(dist, 'data', name), text);
    write('parallel.tmx', buildTmx([{ id: 'x#p1', zh: '中文', en: 'English', status: 'draft' }]));
    write('glossary.tbx', buildTbx([entry], toTraditional));
    write('glossary.csv', '\uFEFFid,definitionEn\nx,"\'=HYPERLINK(""a"")"\n');
    write('articles.json', '[]');
    write('glossary.json', '[]');
    expect(exportProblems(dist)).toEqual([]);
    write('parallel.tmx', '<?xml version="1.0"?>\n<tmx version="1.4"><body><tu><seg>a\u0001</seg></tu></body></tmx>');
    write('glossary.csv', 'id,definitionEn\nx,"=HYPERLINK(""a"")"\n');
    write('glossary.json', '[');
    const problems = exportProblems(dist);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^data\/parallel\.tmx:2: not well-formed XML: /u);
    expect(problems[1]).toBe('data/glossary.csv:2: a cell starts with `=`, which a spreadsheet runs as a formula: "=HYPERLINK(\\"a\\")"');
    expect(problems[2]).toMatch(/^data\/glossary\.json: not valid JSON/u);
  });
});
