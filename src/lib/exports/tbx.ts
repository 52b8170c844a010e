import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { formatOfficialSource } from '../glossary/provenance.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { categoryLabels } from '../../schemas/glossary.ts';
import { xmlSafe } from './safe-text.ts';

/**
 * The glossary as TBX-Basic (ISO 30042:2019, DCA style): one `conceptEntry` per entry with
 * `langSec`s for zh-Hans (term and variants), zh-Hant (their Traditional forms) and en (the
 * archive's rendering, variants, and the official rendering with its source), each term in
 * its own `termSec`. Characters XML cannot hold are removed ({@link xmlSafe}).
 */
export function buildTbx(entries: readonly GlossaryEntry[], toTraditional: (text: string) => string): string {
  const termSec = (term: string, extra: Record<string, unknown> = {}) => ({ term, ...extra });
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, processEntities: true });
  const doc = {
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    tbx: {
      '@type': 'TBX-Basic',
      '@style': 'dca',
      '@xml:lang': 'en',
      '@xmlns': 'urn:iso:std:iso:30042:ed-2',
      tbxHeader: {
        fileDesc: { sourceDesc: { p: 'Glossary of Chinese local-governance policy terms, Local Governance Archive. Entries marked draft are unreviewed.' } },
      },
      text: {
        body: {
          conceptEntry: entries.map((entry) => ({
            '@id': entry.id,
            descrip: [{ '@type': 'subjectField', '#text': categoryLabels[entry.category].en }],
            langSec: [
              {
                '@xml:lang': 'zh-Hans',
                descrip: { '@type': 'definition', '#text': entry.definitionZh },
                termSec: [entry.term, ...entry.variants].map((term, index) =>
                  termSec(term, {
                    termNote: { '@type': 'termType', '#text': index === 0 ? 'fullForm' : 'variant' },
                    admin: { '@type': 'x-pinyin', '#text': index === 0 ? entry.pinyin : '' },
                  }),
                ),
              },
              { '@xml:lang': 'zh-Hant', termSec: [entry.term, ...entry.variants].map((term) => termSec(toTraditional(term))) },
              {
                '@xml:lang': 'en',
                descrip: { '@type': 'definition', '#text': entry.definitionEn },
                termSec: [
                  termSec(entry.english, { termNote: { '@type': 'administrativeStatus', '#text': 'preferredTerm-admn-sts' } }),
                  ...entry.englishVariants.map((term) => termSec(term, { termNote: { '@type': 'administrativeStatus', '#text': 'admittedTerm-admn-sts' } })),
                  ...(entry.officialEnglish
                    ? [
                        termSec(entry.officialEnglish, {
                          termNote: { '@type': 'administrativeStatus', '#text': 'admittedTerm-admn-sts' },
                          admin: { '@type': 'source', '#text': entry.officialSource ? formatOfficialSource(entry.officialSource) : '' },
                        }),
                      ]
                    : []),
                ],
              },
            ],
          })),
        },
      },
    },
  };
  return builder.build(xmlSafe(doc)) as string;
}

/** Read the terms back from a TBX file: for each concept, its terms by language. */
export function parseTbx(xml: string): { id: string; terms: Record<string, string[]> }[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (name) => ['conceptEntry', 'langSec', 'termSec'].includes(name),
    parseTagValue: false,
  });
  const doc = parser.parse(xml) as {
    tbx: { '@type': string; text: { body: { conceptEntry?: { '@id': string; langSec: { '@xml:lang': string; termSec: { term: string }[] }[] }[] } } };
  };
  if (doc.tbx?.['@type'] !== 'TBX-Basic') throw new Error('not a TBX-Basic document');
  return (doc.tbx.text.body.conceptEntry ?? []).map((concept) => ({
    id: concept['@id'],
    terms: Object.fromEntries(concept.langSec.map((langSec) => [langSec['@xml:lang'], langSec.termSec.map((sec) => String(sec.term))])),
  }));
}
