/**
 * `npm run translations:scaffold` — add a translation file (or missing paragraphs) for every
 * article in content/articles/articles.json. Never changes a paragraph that already has text.
 */
import '../src/lib/content-files/report-errors.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Document, parseDocument } from 'yaml';
import { readYamlText } from '../src/lib/content-files/read-content-file.ts';
import { paragraphHash } from '../src/lib/translations/hash.ts';
import { contentPath } from '../src/lib/content-dir.ts';

const { units } = JSON.parse(readFileSync(contentPath('articles', 'articles.json'), 'utf8')) as {
  units: { id: string; kind: string; blocks: { id: string; text: string }[] }[];
};
let created = 0;
let extended = 0;
for (const unit of units) {
  const path = contentPath('translations', `${unit.id}.yaml`);
  if (existsSync(path)) {
    const doc = parseDocument(readYamlText(path));
    let added = 0;
    for (const block of unit.blocks) {
      if (doc.hasIn(['paragraphs', block.id])) continue;
      doc.setIn(['paragraphs', block.id], doc.createNode({ hash: paragraphHash(block.text), en: '' }));
      added++;
    }
    if (added > 0) {
      writeFileSync(path, doc.toString({ lineWidth: 0 }));
      extended++;
    }
    continue;
  }
  const doc = new Document({
    article: unit.id,
    status: 'draft',
    title: '',
    summary: '',
    paragraphs: Object.fromEntries(unit.blocks.map((block) => [block.id, { hash: paragraphHash(block.text), en: '' }])),
  });
  for (const block of unit.blocks) {
    const node = doc.getIn(['paragraphs', block.id], true) as { commentBefore?: string } | undefined;
    const pair = (doc.get('paragraphs', true) as { items: { key: { commentBefore?: string; value: string } }[] }).items.find(
      (item) => item.key.value === block.id,
    );
    if (pair) pair.key.commentBefore = ` ${block.text}`;
    void node;
  }
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
  created++;
}
console.log(`translations: ${created} files created, ${extended} extended, ${units.length - created - extended} unchanged`);
