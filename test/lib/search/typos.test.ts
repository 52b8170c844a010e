import { describe, expect, test } from 'vitest';
import { openSearch, searchArchive, searchArchiveAll } from '../../../src/lib/search/search-archive.ts';
import { buildVocabShards, correctTerms, correctWord, oneEdit, shardsFor, vocabKey, vocabLoader } from '../../../src/lib/search/typos.ts';
import { fakeIndex } from './fake-index.ts';

const identity = (text: string) => text;
/** A loader over shards built from some English, counting the shards read. */
function vocabOf(...texts: string[]) {
  const shards = buildVocabShards(texts);
  const read: string[] = [];
  const load = vocabLoader(Object.keys(shards), async (key) => {
    read.push(key);
    return shards[key]!;
  });
  return { shards, load, read };
}

describe('oneEdit', () => {
  test('one letter inserted, deleted, changed, or two neighbours swapped', () => {
    expect(oneEdit('intelectual', 'intellectual')).toBe(true);
    expect(oneEdit('hospitall', 'hospital')).toBe(true);
    expect(oneEdit('hospitel', 'hospital')).toBe(true);
    expect(oneEdit('ginsneg', 'ginseng')).toBe(true);
  });
  test('not the same word, not two edits', () => {
    expect(oneEdit('ginseng', 'ginseng')).toBe(false);
    expect(oneEdit('gniseng', 'ginsenf')).toBe(false);
    expect(oneEdit('hosp', 'hospital')).toBe(false);
    expect(oneEdit('abcd', 'badc')).toBe(false);
  });
});

describe('the vocabulary', () => {
  test('is sharded by length and first letter, most frequent first, with stems where a word has another', () => {
    const shards = buildVocabShards(['Drills and drills, a drill; the Drill', 'Lü Yingchun']);
    expect(shards[vocabKey('drills')]).toEqual({ words: ['drills'], counts: [2], stems: [] });
    expect(shards[vocabKey('drill')]).toEqual({ words: ['drill'], counts: [2], stems: ['drill'] });
    expect(shards['2l']!.words).toEqual(['lu']);
  });
  test("a word reads only its own and its neighbours' shards", () => {
    expect(shardsFor('ginsneg')).toEqual(['7g', '6g', '8g', '7i', '6g'].filter((key, i, all) => all.indexOf(key) === i));
  });
});

describe('correctWord', () => {
  const { load } = vocabOf('intellectual property intellectual college', 'intelligent systems', 'fire emergency drills');
  test('an unknown word becomes its most frequent one-edit neighbour', async () => {
    await expect(correctWord('intelectual', load)).resolves.toBe('intellectual');
  });
  test('a known word, or one whose stem some word has, stays', async () => {
    await expect(correctWord('intellectual', load)).resolves.toBeNull();
    await expect(correctWord('drill', load)).resolves.toBeNull();
  });
  test('a word with no neighbour stays', async () => {
    await expect(correctWord('zzzzzz', load)).resolves.toBeNull();
  });
  test('a tie goes to the more frequent word', async () => {
    const { load: tied } = vocabOf('cadres cadres cadres', 'cadets');
    await expect(correctWord('cadees', tied)).resolves.toBe('cadres');
  });
});

describe('correctTerms', () => {
  const { load } = vocabOf('intellectual property college', 'Binzhou Daily');
  test('corrects words of five letters or more only, and says what it searched', async () => {
    await expect(
      correctTerms(
        [
          { text: 'intelectual', phrase: false },
          { text: 'property', phrase: false },
        ],
        load,
      ),
    ).resolves.toEqual({
      terms: [
        { text: 'intellectual', phrase: false },
        { text: 'property', phrase: false },
      ],
      shown: 'intellectual property',
    });
    await expect(correctTerms([{ text: 'dayly', phrase: false }], load)).resolves.toMatchObject({ shown: 'daily' });
    await expect(correctTerms([{ text: 'daly', phrase: false }], load)).resolves.toBeNull();
  });
  test('leaves phrases, Chinese and numbers alone', async () => {
    await expect(correctTerms([{ text: 'intelectual property', phrase: true }], load)).resolves.toBeNull();
    await expect(correctTerms([{ text: '知识产全', phrase: false }], load)).resolves.toBeNull();
    await expect(correctTerms([{ text: '123456', phrase: false }], load)).resolves.toBeNull();
  });
});

describe('openSearch with the vocabulary', () => {
  const records = [
    { text: '知识产权学院', en: 'The Binzhou Intellectual Property College' },
    { text: '滨州', en: 'Binzhou Daily' },
  ];
  test('searches the corrected query and says so', async () => {
    const { api } = fakeIndex(records);
    const { load } = vocabOf(...records.map((record) => record.en));
    const { hits, corrected } = await searchArchiveAll(api, 'intelectual property', { fold: identity, vocab: load });
    expect(corrected).toBe('intellectual property');
    expect(hits.map((hit) => hit.id)).toEqual(['a0']);
    expect(hits[0]!.snippet.filter((part) => part.mark).map((part) => part.text)).toEqual(['Intellectual', 'Property']);
  });
  test('a query of known words is not corrected; without the vocabulary nothing is', async () => {
    const { api } = fakeIndex(records);
    const { load } = vocabOf(...records.map((record) => record.en));
    await expect(openSearch(api, 'Binzhou', { fold: identity, vocab: load })).resolves.toMatchObject({ corrected: null });
    await expect(searchArchiveAll(api, 'intelectual property', { fold: identity })).resolves.toEqual({ hits: [], corrected: null });
  });
  test('a query that reads as pinyin is not corrected', async () => {
    const { api } = fakeIndex(records);
    const { load, read } = vocabOf('zhengcun');
    await expect(openSearch(api, 'zhengcun shouxin', { fold: identity, vocab: load })).resolves.toMatchObject({ corrected: null });
    expect(read).toEqual([]);
  });
});

describe('two toneless syllables', () => {
  const records = [
    { text: '抚松县人参产业', title: '人参产业', en: 'ginseng industry' },
    { text: '德惠', title: '德惠签约', en: 'Dehui signs projects' },
    { text: '滨州', en: 'Binzhou Daily' },
  ];
  const { load } = vocabOf(...records.map((record) => record.en));
  test("read as pinyin (title pinyin) when the archive's English has none of the words", async () => {
    const { api } = fakeIndex(records);
    await expect(searchArchiveAll(api, 'renshen', { fold: identity, vocab: load })).resolves.toMatchObject({ corrected: null, hits: [{ id: 'a0' }] });
    // Without the vocabulary, two syllables are not enough.
    await expect(searchArchive(api, 'renshen', { fold: identity })).resolves.toEqual([]);
  });
  test('stay English when the archive has the word, and are still corrected when one edit from a word', async () => {
    const { api } = fakeIndex(records);
    const dehui = await searchArchive(api, 'dehui', { fold: identity, vocab: load });
    expect(dehui.map((hit) => hit.id)).toEqual(['a1']);
    await expect(searchArchiveAll(api, 'Binzou', { fold: identity, vocab: load })).resolves.toMatchObject({ corrected: 'binzhou', hits: [{ id: 'a2' }] });
  });
});
