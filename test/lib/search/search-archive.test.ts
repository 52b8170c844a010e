import { describe, expect, test } from 'vitest';
import { shardedFolder, shardMap, shardOf } from '../../../src/lib/search/fold.ts';
import { openSearch, PAGE_SIZE, searchArchive, yearOrder } from '../../../src/lib/search/search-archive.ts';
import { fakeIndex } from './fake-index.ts';

const identity = (text: string) => text;

describe('openSearch', () => {
  test('reads one page of fragments, and the rest on demand', async () => {
    const { api, reads } = fakeIndex(Array.from({ length: 35 }, (_, i) => `第${i}篇：实施整村授信工程`));
    const cursor = await openSearch(api, '整村授信', { fold: identity });
    expect(cursor).toMatchObject({ candidates: 35, done: false });
    expect(reads()).toBe(0);
    expect(await cursor.more()).toHaveLength(PAGE_SIZE);
    expect(reads()).toBe(PAGE_SIZE);
    await cursor.more(100);
    expect(cursor.hits).toHaveLength(35);
    expect(cursor.done).toBe(true);
  });

  test('checks a longer query against the text, reading only until a page is full', async () => {
    // Every text has all the character pairs of 一门受理协同办理, only the even ones have it whole.
    const texts = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? `推行一门受理协同办理模式${i}` : `一门受理协、受理协同、理协同办理${i}`));
    const { api, reads } = fakeIndex(texts);
    const cursor = await openSearch(api, '一门受理协同办理', { fold: identity });
    const page = await cursor.more(5);
    expect(page.map((hit) => hit.id)).toEqual(['a0', 'a2', 'a4', 'a6', 'a8']);
    // a0…a8: no more fragments than it takes to find five.
    expect(reads()).toBe(9);
    expect(page[0]!.excerpt).toEqual({ before: '推行', match: '一门受理协同办理', after: '模式0' });
    await cursor.more(Number.POSITIVE_INFINITY);
    expect(cursor.hits).toHaveLength(20);
    expect(cursor.done).toBe(true);
  });

  test('finds a Latin word printed against Chinese (5G基站)', async () => {
    const { api } = fakeIndex(['建成5G基站三百个', '没有相关内容']);
    expect((await searchArchive(api, '5G', { fold: identity })).map((hit) => hit.id)).toEqual(['a0']);
    expect((await searchArchive(api, '5g基站', { fold: identity })).map((hit) => hit.id)).toEqual(['a0']);
  });

  test('gives nothing for empty and punctuation-only queries, without searching', async () => {
    const { api, reads } = fakeIndex(['整村授信']);
    for (const query of ['', '  ', '，。！？']) expect(await searchArchive(api, query, { fold: identity })).toEqual([]);
    expect(reads()).toBe(0);
  });
});

describe('sorting by year', () => {
  test('orders years newest or oldest first, unknown last', () => {
    expect(yearOrder(['2017', 'unknown', '2021', '2019'], 'desc')).toEqual(['2021', '2019', '2017', 'unknown']);
    expect(yearOrder(['2017', 'unknown', '2021', '2019'], 'asc')).toEqual(['2017', '2019', '2021', 'unknown']);
  });

  test('reads hits year by year, keeping a year filter the reader chose', async () => {
    const { api } = fakeIndex(['放管服改革', '深化放管服', '放管服', '无关'], ['2019', 'unknown', '2021', '2021']);
    const years = ['2019', '2021', 'unknown'];
    const ids = async (options: Parameters<typeof searchArchive>[2]) => (await searchArchive(api, '放管服', options)).map((hit) => hit.id);
    expect(await ids({ fold: identity, years, sort: { year: 'desc' } })).toEqual(['a2', 'a0', 'a1']);
    expect(await ids({ fold: identity, years, sort: { year: 'asc' } })).toEqual(['a0', 'a2', 'a1']);
    expect(await ids({ fold: identity, years, sort: { year: 'asc' }, filters: { year: '2021' } })).toEqual(['a2']);
  });
});

describe('shardedFolder', () => {
  const map = { 規: '规', 範: '范', 鄉: '乡', 興: '兴' };
  test('splits the map by code point and folds with only the shards a text needs', async () => {
    const shards = shardMap(map);
    expect(
      Object.values(shards)
        .flatMap((shard) => Object.keys(shard))
        .sort(),
    ).toEqual(Object.keys(map).sort());
    const loaded: string[] = [];
    const fold = shardedFolder(Object.keys(shards), async (shard) => {
      loaded.push(shard);
      return shards[shard]!;
    });
    expect(await fold('規範化')).toBe('规范化');
    expect(loaded.sort()).toEqual([...new Set([shardOf('規'), shardOf('範'), shardOf('化')])].filter((shard) => shard in shards).sort());
    const before = loaded.length;
    expect(await fold('規範 credit')).toBe('规范 credit');
    expect(loaded).toHaveLength(before);
    expect(await fold('鄉村振興')).toBe('乡村振兴');
  });
});

describe('a query naming a glossary term by its pinyin or English', () => {
  const cards = async (folded: string) => (['fangguanfu', 'streamlining administration'].includes(folded) ? [{ term: '放管服' }] : []);
  test('also finds the articles that use the term, after those that match the query, with the term marked', async () => {
    const { api } = fakeIndex([
      { text: '推进“放管服”改革', en: 'reform' },
      { text: '别的', en: 'streamlining administration and delegating power' },
      { text: '无关', en: 'nothing' },
    ]);
    const hits = await searchArchive(api, 'streamlining administration', { fold: identity, terms: cards });
    expect(hits.map((hit) => hit.id)).toEqual(['a1', 'a0']);
    expect(hits[1]!.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['放管服']);
    await expect(searchArchive(api, 'fangguanfu', { fold: identity, terms: cards })).resolves.toMatchObject([{ id: 'a0' }]);
    // Without the lookup, pinyin alone finds no article text.
    await expect(searchArchive(api, 'fangguanfu', { fold: identity })).resolves.toEqual([]);
  });
  test('a Chinese query does not look terms up (it searches the text itself)', async () => {
    const { api } = fakeIndex(['推进“放管服”改革']);
    let asked = 0;
    const lookup = async () => {
      asked++;
      return [{ term: '改革' }];
    };
    await expect(searchArchive(api, '放管服', { fold: identity, terms: lookup })).resolves.toMatchObject([{ id: 'a0' }]);
    expect(asked).toBe(0);
  });
});
