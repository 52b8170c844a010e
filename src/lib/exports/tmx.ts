import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { xmlSafe } from './safe-text.ts';

/** One aligned paragraph pair for the translation memory. */
export interface ParallelPair {
  /** Unit id + paragraph id (`c1589599-0003#p13`). */
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** draft | reviewed */
  readonly status: string;
}

/**
 * A TMX 1.4b translation memory: one `tu` per paragraph pair, source zh-Hans, target en,
 * with the pair's id and status as `prop`s. Text is escaped by the XML builder; characters XML
 * cannot hold are removed ({@link xmlSafe}).
 */
export function buildTmx(pairs: readonly ParallelPair[], creationDate = '20260101T000000Z'): string {
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });
  const tmx = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    tmx: {
      '@version': '1.4',
      header: {
        '@creationtool': 'local-governance-archive',
        '@creationtoolversion': '0.1.0',
        '@segtype': 'paragraph',
        '@o-tmf': 'archive',
        '@adminlang': 'en',
        '@srclang': 'zh-Hans',
        '@datatype': 'plaintext',
        '@creationdate': creationDate,
      },
      body: {
        tu: pairs.map((pair) => ({
          '@tuid': pair.id,
          prop: [{ '@type': 'x-status', '#text': pair.status }],
          tuv: [
            { '@xml:lang': 'zh-Hans', seg: pair.zh },
            { '@xml:lang': 'en', seg: pair.en },
          ],
        })),
      },
    },
  };
  return builder.build(xmlSafe(tmx)) as string;
}

/** Read a TMX file back into pairs (for tests and for tools that consume the export). */
export function parseTmx(xml: string): ParallelPair[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => name === 'tu' || name === 'tuv' || name === 'prop',
    parseTagValue: false,
    trimValues: false,
  });
  const doc = parser.parse(xml) as {
    tmx: { '@version': string; body: { tu?: { '@tuid': string; prop: { '#text': string }[]; tuv: { '@xml:lang': string; seg: string }[] }[] } };
  };
  if (doc.tmx?.['@version'] !== '1.4') throw new Error('not a TMX 1.4 document');
  return (doc.tmx.body.tu ?? []).map((tu) => ({
    id: tu['@tuid'],
    zh: String(tu.tuv.find((tuv) => tuv['@xml:lang'] === 'zh-Hans')?.seg ?? ''),
    en: String(tu.tuv.find((tuv) => tuv['@xml:lang'] === 'en')?.seg ?? ''),
    status: String(tu.prop[0]?.['#text'] ?? ''),
  }));
}
