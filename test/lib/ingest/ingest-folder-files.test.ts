import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestFolder, listPages } from '../../../src/lib/ingest/ingest-folder.ts';

describe('the files of a pages folder', () => {
  test('a Markdown page (a crawler’s digest, a converter’s output) is a page; the folder’s README, notes or licence is not', () => {
    const from = mkdtempSync(join(tmpdir(), 'pages-'));
    writeFileSync(join(from, 'digest.md'), '## 县里推行改革\n\n本报讯（记者王者）县政务服务中心今年推行改革，群众办事更方便。\n');
    writeFileSync(join(from, 'page.txt'), '乡镇财政改革试点扩大\n本报讯（记者李君强）财政部日前决定，扩大改革试点范围。\n');
    writeFileSync(join(from, 'README.md'), '# These pages\n\nScanned in March.\n');
    writeFileSync(join(from, 'NOTES.md'), 'to check: page 2\n');
    writeFileSync(join(from, 'scan.pdf'), '%PDF-1.4\n');
    // (Before: `digest.md` was passed over with the folder's README, unread and unreported.)
    expect(listPages(from)).toEqual(['digest.md', 'page.txt']);
    const result = ingestFolder({ from, edits: null });
    expect(result.pages.map((page) => [page.source, page.articles.map((unit) => unit.title)])).toEqual([
      ['digest.md', ['县里推行改革']],
      ['page.txt', ['乡镇财政改革试点扩大']],
    ]);
    // A file no adapter reads is named in a warning; the folder's own documents are left alone unreported.
    expect(result.skipped).toEqual(['scan.pdf']);
  });
});
