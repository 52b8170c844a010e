/**
 * Child process for the crash test of writeArchive: `node crash-write.ts <out> <step>` writes the
 * archive of a fixed page to <out> and kills itself (SIGKILL: no finally, no exit handlers) just
 * before <step>.
 */
import { ingestPage } from '../../../src/lib/ingest/ingest-page.ts';
import { writeArchive, type WriteStep } from '../../../src/lib/ingest/write-archive.ts';

const [out, crashAt] = process.argv.slice(2) as [string, WriteStep];
const page = process.env.CRASH_PAGE!;
await writeArchive(
  out,
  ingestPage(page, { source: 'p.txt' }).articles,
  { 'articles.json': '"new"\n' },
  {
    beforeStep: (step) => {
      if (step === crashAt) process.kill(process.pid, 'SIGKILL');
    },
  },
);
