/**
 * Limits on what the archive reads, in one place (README, "Limits on content files"). Anything
 * over a limit is refused with `file: message` naming the limit, before anything is written.
 */
export const LIMITS = {
  /** Largest page text (`content/pages/*.txt`): 20 MB. The largest real page is under 100 kB. */
  pageBytes: 20 * 1024 * 1024,
  /** Largest YAML content file (metadata, fixes, glossary entry, translation, overrides): 1 MB. */
  yamlBytes: 1024 * 1024,
  /** Longest single text field of a glossary entry (term, definition, …): 20,000 characters. */
  glossaryFieldChars: 20_000,
  /** YAML aliases one file may use (an alias bomb expands a few lines into gigabytes). */
  yamlAliases: 100,
  /** An ingest lock whose holder stopped refreshing it (a killed process) is taken over after 20 s. */
  lockStaleMs: 20_000,
  /** Longest page file name (it becomes a URL path segment). */
  pageNameChars: 120,
} as const;

/** A size in bytes for messages: `52.4 MB`, `800 kB`. */
export function formatBytes(bytes: number): string {
  const rounded = (value: number) => String(Number(value.toFixed(1)));
  return bytes >= 1024 * 1024 ? `${rounded(bytes / 1024 / 1024)} MB` : `${rounded(bytes / 1024)} kB`;
}
