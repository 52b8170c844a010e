import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';

// The segmenter failing on one page (a bug, not bad input), as a deck rule once did on a headline with one bracketed deck.
vi.mock('../../../src/lib/ingest/ingest-document.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/ingest/ingest-document.ts')>();
  return {
    ...original,
    ingestDocument: (document: Parameters<typeof original.ingestDocument>[0], options: Parameters<typeof original.ingestDocument>[1]) => {
      if (options.source === 'b.txt') throw new TypeError("Cannot read properties of undefined (reading 'trim')");
      return original.ingestDocument(document, options);
    },
  };
});

test('a fault of the segmenter on one page stops ingest with an error naming that page, not a bare stack trace', async () => {
  const { ingestFolder, IngestError } = await import('../../../src/lib/ingest/ingest-folder.ts');
  const from = mkdtempSync(join(tmpdir(), 'pages-'));
  writeFileSync(join(from, 'a.txt'), '县里推行改革\n本报讯（记者王者）县政务服务中心今年推行改革，群众办事更方便。\n');
  writeFileSync(join(from, 'b.txt'), '乡镇财政改革试点扩大\n本报讯（记者李君强）财政部日前决定，扩大改革试点范围。\n');
  let thrown: unknown;
  try {
    ingestFolder({ from, edits: null });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(IngestError);
  expect((thrown as Error).message).toMatch(
    /b\.txt: the segmenter failed on this page \(Cannot read properties of undefined \(reading 'trim'\)\); this is a bug/u,
  );
  expect((thrown as Error).cause).toBeInstanceOf(TypeError);
});
