import { describe, expect, test } from 'vitest';
import { matchesAll, normalise, occurs, parseQuery, prepareText } from '../../../src/lib/search/query.ts';
import { searchArchive } from '../../../src/lib/search/search-archive.ts';
import { fakeIndex } from './fake-index.ts';

const identity = (text: string) => text;
const texts = (query: string) => parseQuery(query).map((term) => (term.phrase ? `"${term.text}"` : term.text));

describe('parseQuery', () => {
  test('splits at spaces, punctuation and script boundaries; a number keeps its measure word', () => {
    expect(texts('营商环境 济南')).toEqual(['营商环境', '济南']);
    expect(texts('一门受理、协同办理')).toEqual(['一门受理', '协同办理']);
    expect(texts('IOT模式')).toEqual(['iot', '模式']);
    expect(texts('5G基站')).toEqual(['5g', '基站']);
    expect(texts('700张床位')).toEqual(['700张', '床位']);
    expect(texts('2024年')).toEqual(['2024年']);
    expect(texts('fire drill')).toEqual(['fire', 'drill']);
  });

  test('a phrase only when quoted, with ASCII or CJK quotes; an unclosed quote is punctuation', () => {
    for (const query of ['"整村授信"', '“整村授信”', '「整村授信」']) expect(texts(query)).toEqual(['"整村授信"']);
    expect(texts('"fire drill" 济南')).toEqual(['"fire drill"', '济南']);
    expect(texts('"整村授信')).toEqual(['整村授信']);
  });

  test('gives no terms for empty or punctuation-only queries, and reads at most 200 characters', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('，。！？……""')).toEqual([]);
    expect(parseQuery('规'.repeat(1000))[0]!.text).toHaveLength(200);
  });
});

describe('normalise', () => {
  test('folds full and half width, Latin case and diacritics, and leaves Han alone', () => {
    expect(normalise('（试行）ＡＢＣ１２３')).toBe('(试行)abc123');
    expect(normalise('Lü Yingchun, café')).toBe('lu yingchun, cafe');
    expect(normalise('规範化')).toBe('规範化');
  });
});

describe('occurs', () => {
  test('needs a word boundary at a Latin or numeric end, none at a Han end', () => {
    expect(occurs('床位700张', '700张')).toBe(true);
    expect(occurs('床位1700张', '700张')).toBe(false);
    expect(occurs('建成5g基站', '5g')).toBe(true);
    expect(occurs('firefighting drill', 'fire')).toBe(false);
    expect(occurs('实施整村授信工程', '村授')).toBe(true);
  });
});

describe('matchesAll', () => {
  const text = prepareText('关于印发《济南市优化营商环境办法（试行）》的通知。推行一门受理、协同办理，新增床位700张。');
  const matches = (query: string) => matchesAll(parseQuery(query), text);
  test('every term must occur, in any order; a phrase ignores punctuation', () => {
    expect(matches('营商环境 济南')).toBe(true);
    expect(matches('济南 营商环境 青岛')).toBe(false);
    expect(matches('700张床位')).toBe(true);
    expect(matches('800张床位')).toBe(false);
    expect(matches('(试行)')).toBe(true);
    expect(matches('"一门受理,协同办理"')).toBe(true);
    expect(matches('"协同办理一门受理"')).toBe(false);
  });

  test('an English word of four letters or more also matches by its stem; short words, codes and phrases do not', () => {
    const english = prepareText('The county held fire emergency drills and revised its regulations on rural credit.');
    const en = (query: string) => matchesAll(parseQuery(query), english);
    expect(en('fire drill')).toBe(true);
    expect(en('regulation credits')).toBe(true);
    expect(en('revising')).toBe(true);
    expect(en('drilling')).toBe(true);
    expect(en('fire training')).toBe(false);
    expect(en('"fire drill"')).toBe(false);
    expect(en('rural credits loan')).toBe(false);
  });
});

describe('searchArchive with the query model', () => {
  const corpus = [
    { text: '我市实施整村授信工程，新增床位700张。', tags: '滨州日报\nBinzhou Daily\n山东省滨州市\nShandong, Binzhou\n2024\n2024年' },
    { text: '济南持续优化营商环境，推行一门受理、协同办理。', en: 'Lü Yingchun said the fire emergency drill went well.' },
    { text: '关于印发《管理办法（试行）》的通知' },
    { text: '营商环境报告', en: 'A fire broke out; no drill was held.' },
    { text: '无关文章', en: 'Fire-drill poster.' },
  ];
  const { api } = fakeIndex(corpus, ['2024', '2023', 'unknown', 'unknown', 'unknown']);
  const ids = async (query: string) => (await searchArchive(api, query, { fold: identity })).map((hit) => hit.id);

  test('the examples of issue 13 find their article, and only it', async () => {
    expect(await ids('700张床位')).toEqual(['a0']);
    expect(await ids('营商环境 济南')).toEqual(['a1']);
    expect(await ids('"整村授信"')).toEqual(['a0']);
    expect(await ids('推行一门受理,协同办理')).toEqual(['a1']);
    expect(await ids('（试行）')).toEqual(['a2']);
    expect(await ids('(试行)')).toEqual(['a2']);
    expect(await ids('Lu Yingchun')).toEqual(['a1']);
    expect(await ids('fire drill')).toEqual(['a1', 'a3', 'a4']);
    expect(await ids('"fire emergency drill"')).toEqual(['a1']);
    expect(await ids('"fire drill"')).toEqual(['a4']);
  });

  test('finds metadata words: newspaper, region and year, in Chinese and English', async () => {
    expect(await ids('滨州')).toEqual(['a0']);
    expect(await ids('Binzhou Daily')).toEqual(['a0']);
    expect(await ids('2024年 整村授信')).toEqual(['a0']);
    expect(await ids('2023年')).toEqual([]);
  });

  test('excerpts a Chinese term from the text and an English one from the translation', async () => {
    const [hit] = await searchArchive(api, 'Yingchun 济南', { fold: identity });
    expect(hit!.excerpt.match).toBe('Yingchun');
    const [chinese] = await searchArchive(api, '700张床位', { fold: identity });
    expect(chinese!.excerpt.match).toBe('700张');
  });
});
