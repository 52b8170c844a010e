import { describe, expect, test } from 'vitest';
import { archiveRepository, reportErrorUrl } from '../../../src/lib/site/report.ts';

describe('reportErrorUrl', () => {
  test('opens a prefilled issue on the repository named by ARCHIVE_REPOSITORY, else GITHUB_REPOSITORY', () => {
    const link = reportErrorUrl(
      { page: 'https://example.org/archive/articles/x/', what: '放管服' },
      { ARCHIVE_REPOSITORY: 'owner/repo', GITHUB_REPOSITORY: 'other/one' },
    );
    const parsed = new URL(link!);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://github.com/owner/repo/issues/new');
    expect(parsed.searchParams.get('title')).toBe('Error report: 放管服');
    expect(parsed.searchParams.get('body')).toContain('Page: https://example.org/archive/articles/x/');
    expect(archiveRepository({ GITHUB_REPOSITORY: 'other/one' })).toBe('other/one');
  });

  test('gives no link when the repository is unknown or malformed', () => {
    expect(reportErrorUrl({}, {})).toBeNull();
    expect(reportErrorUrl({}, { ARCHIVE_REPOSITORY: 'javascript:alert(1)' })).toBeNull();
    expect(reportErrorUrl({}, { ARCHIVE_REPOSITORY: 'a/b/c' })).toBeNull();
  });
});
