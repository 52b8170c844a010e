import { reportRepository } from '../config/env.ts';

/**
 * Where readers report an error. The repository comes from `ARCHIVE_REPOSITORY` (`owner/name`),
 * or from `GITHUB_REPOSITORY`, which GitHub Actions sets in the deploy workflow. Without either
 * (a local build) there is no repository to link to, and the pages say so in words instead.
 */
export function archiveRepository(env: Record<string, string | undefined> = process.env): string | null {
  return reportRepository(env);
}

/**
 * A link that opens a new issue on the archive's repository with its title and body filled in,
 * or `null` when the repository is not known.
 * @example reportErrorUrl({ page: 'https://…/articles/x/' }, { ARCHIVE_REPOSITORY: 'o/r' }) // → 'https://github.com/o/r/issues/new?title=…'
 */
export function reportErrorUrl(context: { page?: string; what?: string } = {}, env: Record<string, string | undefined> = process.env): string | null {
  const repo = archiveRepository(env);
  if (!repo) return null;
  const title = `Error report${context.what ? `: ${context.what}` : ''}`;
  const body = [
    context.page ? `Page: ${context.page}` : 'Page: (the address of the page)',
    '',
    'What is wrong (quote the Chinese or English as shown):',
    '',
    'What it should be, and your source if you have one:',
    '',
  ].join('\n');
  return `https://github.com/${repo}/issues/new?${new URLSearchParams({ title, body }).toString()}`;
}
