import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, test } from 'vitest';
import { ingestPage } from '../../../src/lib/ingest/ingest-page.ts';
import { isHandEdited, WRITE_STEPS, writeArchive } from '../../../src/lib/ingest/write-archive.ts';

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

  test('refuses two units with one id (the second would be written over the first), and leaves the archive as it was', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-')), 'articles');
    await writeArchive(out, articles, { 'articles.json': '[]\n' });
    const before = readFileSync(join(out, 'p-0001.mdx'), 'utf8');
    const twin = { ...articles[0]!, title: '另一篇' };
    await expect(writeArchive(out, [articles[0]!, twin], {})).rejects.toThrow(/two units have the id p-0001/u);
    expect(readdirSync(out).sort()).toEqual(['articles.json', 'p-0001.mdx']);
    expect(readFileSync(join(out, 'p-0001.mdx'), 'utf8')).toBe(before);
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

describe('writeArchive leaves the old or the new archive at every step (issue 14, item 5)', () => {
  const oldPage = '旧标题\n\n本报讯 旧的正文内容。\n';
  const newPage = '新标题\n\n本报讯 新的正文内容。\n\n第二段新增内容。\n';
  const newArticles = ingestPage(newPage, { source: 'p.txt' }).articles;

  /** An archive of the old page, with one file edited by hand (which every later write must keep). */
  async function oldArchive(): Promise<{ dir: string; out: string; snapshot: () => Record<string, string> }> {
    const dir = mkdtempSync(join(tmpdir(), 'archive-fault-'));
    const out = join(dir, 'articles');
    await writeArchive(out, ingestPage(oldPage, { source: 'p.txt' }).articles, { 'articles.json': '"old"\n' });
    writeFileSync(join(out, 'p-0001.mdx'), readFileSync(join(out, 'p-0001.mdx'), 'utf8').replace('旧的正文内容', '手改的内容'));
    const snapshot = () =>
      existsSync(out)
        ? Object.fromEntries(
            readdirSync(out)
              .sort()
              .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
          )
        : {};
    return { dir, out, snapshot };
  }
  const leftovers = (dir: string) => readdirSync(dir).filter((name) => name !== 'articles');

  test.each(WRITE_STEPS.map((step) => [step]))(
    'a failure before `%s`: the old archive (the new one once committed), no leftovers, the lock released',
    async (step) => {
      const { dir, out, snapshot } = await oldArchive();
      const before = snapshot();
      await expect(
        writeArchive(
          out,
          newArticles,
          { 'articles.json': '"new"\n' },
          {
            beforeStep: (at) => {
              if (at === step) throw new Error(`injected before ${at}`);
            },
          },
        ),
      ).rejects.toThrow(`injected before ${step}`);
      const after = snapshot();
      if (step === 'cleanup') expect(after['articles.json']).toBe('"new"\n');
      else expect(after).toEqual(before);
      expect(after['p-0001.mdx']).toContain('手改的内容');
      expect(await lockfile.check(dir, { lockfilePath: `${out}.lock` })).toBe(false);
      // The next run finishes cleanly from any of these states.
      await writeArchive(out, newArticles, { 'articles.json': '"new"\n' });
      expect(snapshot()['articles.json']).toBe('"new"\n');
      expect(snapshot()['p-0001.mdx']).toContain('手改的内容');
      expect(leftovers(dir)).toEqual([]);
    },
  );

  test.each(WRITE_STEPS.filter((step) => step !== 'lock').map((step) => [step]))(
    'a crash (SIGKILL) before `%s`: the old or new archive, or the old one set aside for the next run to restore',
    async (step) => {
      const { dir, out, snapshot } = await oldArchive();
      const before = snapshot();
      const child = spawnSync(process.execPath, ['test/lib/ingest/crash-write.ts', out, step], {
        encoding: 'utf8',
        env: { ...process.env, CRASH_PAGE: newPage },
      });
      expect(child.signal).toBe('SIGKILL');
      const after = snapshot();
      const aside = leftovers(dir).filter((name) => name.startsWith('.articles.old-'));
      if (step === 'commit') {
        // Between the two renames: `articles` is gone for the moment, the old archive is beside it.
        expect(existsSync(out)).toBe(false);
        expect(aside).toHaveLength(1);
      } else if (step === 'cleanup') expect(after['articles.json']).toBe('"new"\n');
      else expect(after).toEqual(before);
      // The killed process's lock goes stale after LIMITS.lockStaleMs; a later run then takes over.
      rmSync(`${out}.lock`, { recursive: true, force: true });
      const report = await writeArchive(out, newArticles, { 'articles.json': '"new"\n' });
      expect(snapshot()['articles.json']).toBe('"new"\n');
      expect(snapshot()['p-0001.mdx']).toContain('手改的内容');
      expect(report.kept).toEqual([join(out, 'p-0001.mdx')]);
      expect(leftovers(dir)).toEqual([]);
      if (step === 'commit') expect(report.recovered?.[0]).toMatch(/^restored .*articles from \.articles\.old-\d+ /u);
    },
  );
});
