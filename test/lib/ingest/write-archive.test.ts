import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, test } from 'vitest';
import { ingestPage } from '../../../src/lib/ingest/ingest-page.ts';
import { isHandEdited, writeArchive } from '../../../src/lib/ingest/write-archive.ts';

const page = '某县推进整村授信\n\n本报讯(记者张三)近日,某县推进整村授信工作。\n\n该县农商行走访农户1.2万户。\n';
const articles = ingestPage(page, { source: 'p.txt' }).articles;

describe('writeArchive', () => {
  test('writes one MDX file per unit plus extras, and marks them as generated', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-')), 'articles');
    const report = await writeArchive(out, articles, { 'articles.json': '[]\n' });
    expect(report).toMatchObject({ written: 1, kept: [], overwritten: [] });
    expect(readdirSync(out).sort()).toEqual(['articles.json', 'p-0001.mdx']);
    expect(isHandEdited(join(out, 'p-0001.mdx'))).toBe(false);
  });

  test('keeps a hand-edited file unless forced, and says so', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-')), 'articles');
    await writeArchive(out, articles, {});
    const file = join(out, 'p-0001.mdx');
    const edited = readFileSync(file, 'utf8').replace('该县农商行', '该县的农商行');
    writeFileSync(file, edited);
    expect(isHandEdited(file)).toBe(true);
    const second = await writeArchive(out, articles, {});
    expect(second.kept).toEqual([file]);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = await writeArchive(out, articles, {}, { force: true });
    expect(forced.overwritten).toEqual([file]);
    expect(readFileSync(file, 'utf8')).not.toContain('该县的农商行');
  });

  test('keeps a hand-edited file whose unit no longer exists', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-')), 'articles');
    await writeArchive(out, articles, {});
    writeFileSync(join(out, 'my-notes.mdx'), '# notes written by hand\n');
    const report = await writeArchive(out, [], {});
    expect(report.kept).toEqual([join(out, 'my-notes.mdx')]);
    expect(existsSync(join(out, 'my-notes.mdx'))).toBe(true);
    expect(existsSync(join(out, 'p-0001.mdx'))).toBe(false);
  });

  test('refuses to run while another ingest holds the lock, leaving the archive as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-'));
    const out = join(dir, 'articles');
    await writeArchive(out, articles, {});
    const before = readFileSync(join(out, 'p-0001.mdx'), 'utf8');
    const release = await lockfile.lock(dir, { lockfilePath: `${out}.lock` });
    try {
      await expect(writeArchive(out, [], {})).rejects.toThrow(/another ingest is writing it/u);
    } finally {
      await release();
    }
    expect(readFileSync(join(out, 'p-0001.mdx'), 'utf8')).toBe(before);
  });
});
