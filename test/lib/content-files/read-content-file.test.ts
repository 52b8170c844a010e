import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageNameProblem, readContentFile, readPageBytes, readYamlText } from '../../../src/lib/content-files/read-content-file.ts';
import { LIMITS } from '../../../src/lib/limits.ts';

const root = mkdtempSync(join(tmpdir(), 'content-files-'));
const pages = join(root, 'pages');
mkdirSync(pages);
afterAll(() => rmSync(root, { recursive: true, force: true }));
const page = (name: string) => join(pages, name);
const message = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'read without error';
};

describe('readContentFile: reading cannot leave the content folder', () => {
  test('reads a regular file, and a symbolic link to a file inside the folder', () => {
    writeFileSync(page('a.txt'), '正文');
    symlinkSync('a.txt', page('b.txt'));
    expect(readPageBytes(page('a.txt')).toString()).toBe('正文');
    expect(readPageBytes(page('b.txt')).toString()).toBe('正文');
  });

  test('refuses a symbolic link whose target is outside the folder (/etc/passwd, ../x, /dev/zero)', () => {
    writeFileSync(join(root, 'outside.txt'), 'secret');
    symlinkSync('/etc/passwd', page('passwd.txt'));
    symlinkSync('../outside.txt', page('up.txt'));
    symlinkSync('/dev/zero', page('zero.txt'));
    for (const name of ['passwd.txt', 'up.txt', 'zero.txt'])
      expect(message(() => readPageBytes(page(name), { file: `pages/${name}` }))).toBe(
        `pages/${name}: is a symbolic link to a file outside its content folder; refused (copy the file into the folder instead)`,
      );
  });

  test('refuses a directory, a FIFO (without blocking), a device, a link loop and a dangling link, naming the file', () => {
    mkdirSync(page('dir.txt'));
    expect(message(() => readPageBytes(page('dir.txt'), { file: 'pages/dir.txt' }))).toBe(
      'pages/dir.txt: is a directory, not a regular file; only regular files are read',
    );
    expect(spawnSync('mkfifo', [page('fifo.txt')]).status).toBe(0);
    expect(message(() => readPageBytes(page('fifo.txt'), { file: 'pages/fifo.txt' }))).toBe(
      'pages/fifo.txt: is a FIFO (named pipe), not a regular file; only regular files are read',
    );
    expect(message(() => readContentFile('/dev/null', { maxBytes: 10, root: '/dev' }))).toBe(
      '/dev/null: is a device, not a regular file; only regular files are read',
    );
    symlinkSync('loop2.txt', page('loop1.txt'));
    symlinkSync('loop1.txt', page('loop2.txt'));
    expect(message(() => readPageBytes(page('loop1.txt'), { file: 'pages/loop1.txt' }))).toBe('pages/loop1.txt: is a symbolic link that loops');
    symlinkSync('missing.txt', page('dangling.txt'));
    expect(message(() => readPageBytes(page('dangling.txt'), { file: 'pages/dangling.txt' }))).toBe(
      'pages/dangling.txt: is a symbolic link to a file that does not exist',
    );
    expect(message(() => readPageBytes(page('nothing.txt'), { file: 'pages/nothing.txt' }))).toBe('pages/nothing.txt: no such file');
  });

  test('caps the size: a page over 20 MB, a YAML file over 1 MB', () => {
    writeFileSync(page('big.txt'), '');
    truncateSync(page('big.txt'), LIMITS.pageBytes + 1);
    expect(message(() => readPageBytes(page('big.txt'), { file: 'pages/big.txt' }))).toBe(
      'pages/big.txt: is 20,971,521 bytes; a page may be at most 20 MB (LIMITS.pageBytes in src/lib/limits.ts)',
    );
    writeFileSync(page('big.yaml'), `a: ${'x'.repeat(LIMITS.yamlBytes)}\n`);
    expect(message(() => readYamlText(page('big.yaml'), { file: 'pages/big.yaml' }))).toBe(
      'pages/big.yaml: is 1,048,580 bytes; a YAML file may be at most 1 MB (LIMITS.yamlBytes in src/lib/limits.ts)',
    );
    writeFileSync(page('ok.yaml'), 'a: 1\n');
    expect(readYamlText(page('ok.yaml'))).toBe('a: 1\n');
  });
});

describe('pageNameProblem', () => {
  test('accepts the seed names, refuses names that cannot become a URL', () => {
    for (const name of ['000_c1589599c8272d34.txt', 'hostile-payloads.txt', 'a.b-c_d.txt']) expect(pageNameProblem(name)).toBeNull();
    for (const name of ['...txt', 'q?x#y%41.txt', '.hidden.txt', '页面.txt', 'a b.txt', `${'a'.repeat(200)}.txt`])
      expect(pageNameProblem(name), name).not.toBeNull();
  });
});

describe('ingest refuses what it cannot safely read (the CLI, as a user runs it)', () => {
  const ingest = (from: string, out: string) =>
    spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--no-cache', '--from', from, '--out', out, '--no-edits'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  const folder = (name: string, setup: (dir: string) => void) => {
    const dir = join(root, name);
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.txt'), '标题\n\n本报讯 正文第一段内容。\n');
    setup(dir);
    return dir;
  };

  test.each([
    [
      'symlink',
      (dir: string) => symlinkSync('/etc/passwd', join(dir, 'passwd.txt')),
      'passwd.txt: is a symbolic link to a file outside its content folder; refused (copy the file into the folder instead)',
    ],
    [
      'fifo',
      (dir: string) => spawnSync('mkfifo', [join(dir, 'pipe.txt')]),
      'pipe.txt: is a FIFO (named pipe), not a regular file; only regular files are read',
    ],
    ['directory', (dir: string) => mkdirSync(join(dir, 'x.txt')), 'x.txt: is a directory, not a regular file; only regular files are read'],
    ['name', (dir: string) => writeFileSync(join(dir, 'q?x#y%41.txt'), '标题\n'), 'q?x#y%41.txt: the file name may hold only ASCII letters'],
  ])('%s: exits 1 with `file: message`, writes nothing', (name, setup, expected) => {
    const dir = folder(name, setup);
    const out = join(root, `${name}-out`);
    const result = ingest(dir, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(existsSync(out)).toBe(false);
  });

  test('with the cache on too', () => {
    const dir = folder('cached', (d) => symlinkSync('/etc/passwd', join(d, 'passwd.txt')));
    const result = spawnSync(process.execPath, ['scripts/ingest.ts', '--quiet', '--from', dir, '--out', join(root, 'cached-out'), '--no-edits'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, ARCHIVE_CACHE_DIR: join(root, 'cache') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('passwd.txt: is a symbolic link to a file outside its content folder');
  });
});

describe('glossary field limit', () => {
  test('a field over LIMITS.glossaryFieldChars is an error naming the file, line and field', async () => {
    const { parseGlossaryFile } = await import('../../../src/lib/glossary/load-glossary.ts');
    const entry = (definition: string) =>
      `id: ce-shi\nterm: 测试\npinyin: cè shì\nenglish: test\ndefinitionEn: ${definition}\ndefinitionZh: 测试\ncategory: institutions\nscope: { level: national }\nstatus: draft\n`;
    const ok = parseGlossaryFile(entry('x'.repeat(LIMITS.glossaryFieldChars)), 'glossary/ce-shi.yaml');
    expect(ok.problems.filter((problem) => problem.message.includes('characters'))).toEqual([]);
    const long = parseGlossaryFile(entry('x'.repeat(LIMITS.glossaryFieldChars + 1)), 'glossary/ce-shi.yaml');
    expect(long.entry).toBeNull();
    expect(long.problems).toContainEqual(
      expect.objectContaining({
        file: 'glossary/ce-shi.yaml',
        line: 5,
        message: 'definitionEn: must be at most 20,000 characters (LIMITS.glossaryFieldChars)',
      }),
    );
  });
});
