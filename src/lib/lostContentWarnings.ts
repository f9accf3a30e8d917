/** Build log lines that mean content was silently lost or left unprocessed, with what each means for an editor. */
export const LOST_CONTENT_PATTERNS: readonly { pattern: RegExp; meaning: string }[] = [
  { pattern: /used unoptimized/i, meaning: 'an image was copied as it is instead of being re-encoded (its metadata would be published)' },
  { pattern: /duplicate id/i, meaning: 'two files have the same id, so one of them was dropped' },
  { pattern: /is ignored/i, meaning: 'a Markdown plugin did not run (sanitizing or heading ids would be missing)' },
];

/** The log lines of a build that mean lost content, each with its meaning. */
export function findLostContentWarnings(log: string): string[] {
  const found: string[] = [];
  for (const line of log.split(/\r?\n/)) {
    const hit = LOST_CONTENT_PATTERNS.find(({ pattern }) => pattern.test(line));
    if (hit) found.push(`${line.trim()}\n    means: ${hit.meaning}`);
  }
  return found;
}
