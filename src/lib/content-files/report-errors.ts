/**
 * Imported first by the command-line scripts that read content: a content file that cannot be
 * read or is invalid ({@link ContentFileError}, or the ingest's own errors, which carry `file`)
 * ends the run with `error: file:line: message` and exit code 1, never a stack trace, even when
 * it is found while modules load (the ingest patterns convert characters at load time, which
 * reads `opencc-overrides.yaml`). Any other error keeps Node's report.
 */
process.on('uncaughtException', (error: Error & { file?: unknown }) => {
  if (error && typeof error === 'object' && typeof error.file === 'string' && /Error$/u.test(error.name)) {
    console.error(`error: ${error.message}`);
  } else console.error(error);
  process.exit(1);
});

export {};
