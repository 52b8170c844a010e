import { describe, expect, test } from 'vitest';
import { englishSegments } from '../../../src/lib/glossary/english-terms.ts';

const entries = [
  { id: 'credit', english: 'whole-village credit granting', englishVariants: ['village-wide credit'] },
  { id: 'village', english: 'village', englishVariants: [] },
  { id: 'service', english: 'one-stop service', englishVariants: [] },
];

describe('englishSegments', () => {
  test('marks renderings and variants as whole words, any case, with a plural, longest first and never overlapping', () => {
    expect(englishSegments('Whole-village  credit granting reached every village; village-wide credit too.', entries)).toEqual([
      { text: 'Whole-village  credit granting', id: 'credit' },
      { text: ' reached every ' },
      { text: 'village', id: 'village' },
      { text: '; ' },
      { text: 'village-wide credit', id: 'credit' },
      { text: ' too.' },
    ]);
    expect(englishSegments('Two one-stop services; villagers; one-stop serviced.', entries)).toEqual([
      { text: 'Two ' },
      { text: 'one-stop services', id: 'service' },
      { text: '; villagers; one-stop serviced.' },
    ]);
  });

  test('returns the paragraph as one run when no rendering occurs, and keeps every character', () => {
    const text = 'Nothing (here) [at] all.*';
    expect(englishSegments(text, entries)).toEqual([{ text }]);
    const mixed = 'A village, a Village and VILLAGES.';
    expect(
      englishSegments(mixed, entries)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(mixed);
    expect(englishSegments(mixed, entries).filter((segment) => segment.id)).toHaveLength(3);
  });
});
