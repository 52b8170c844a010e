import type { GlossaryEntry } from '../../schemas/glossary.ts';

type OfficialSource = NonNullable<GlossaryEntry['officialSource']>;
type DefinitionSource = GlossaryEntry['sources'][number];

/**
 * An official source as one line of text, for exports that hold a single string (TBX, CSV).
 *
 * @example formatOfficialSource({ title: 'Report on the Work of the Government', publisher: 'Xinhua', date: '2019-03-16', url: 'http://x.cn/r.html', quote: 'Reforms … were intensified.', note: null })
 * // → 'Report on the Work of the Government. Xinhua, 2019-03-16. http://x.cn/r.html. Wording: “Reforms … were intensified.”'
 */
export function formatOfficialSource(source: OfficialSource): string {
  return `${source.title}. ${source.publisher}, ${source.date}. ${source.url}. Wording: “${source.quote}”${source.note ? ` (${source.note})` : ''}`;
}

/**
 * A definition source as one line of text.
 *
 * @example formatDefinitionSource({ title: 'Guiding Opinions', publisher: 'State Council', date: '2015-07-01', url: null, note: null }) // → 'Guiding Opinions. State Council, 2015-07-01.'
 */
export function formatDefinitionSource(source: DefinitionSource): string {
  const by = [source.publisher, source.date].filter(Boolean).join(', ');
  return [`${source.title}.`, by ? `${by}.` : '', source.url ?? '', source.note ? `(${source.note})` : ''].filter(Boolean).join(' ');
}
