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
  officialEnglish: 'streamline administration, delegate power, and improve regulation and services',
  officialSource: 'Report on the Work of the Government <2019> & “official” version',
  literal: 'release, manage, serve',
  definitionEn: 'A reform <label> & slogan.',
  definitionZh: '简政放权、放管结合、优化服务的简称。',
  category: 'administrative-reform',
  scope: { level: 'national', place: null },
  related: [],
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
