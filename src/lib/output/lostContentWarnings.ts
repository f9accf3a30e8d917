/** Build log lines that mean content was silently lost or left unprocessed, with what each means for an editor. */
export const LOST_CONTENT_PATTERNS: readonly { pattern: RegExp; meaning: string }[] = [
  { pattern: /used unoptimized/i, meaning: 'an image was copied as it is instead of being re-encoded (its metadata would be published)' },
  { pattern: /multiple entries with the same slug|duplicate id/i, meaning: 'two files have the same id, so one of them was dropped' },
  {
    pattern: /processor doesn't run them|does not run remark\/rehype plugins|is ignored/i,
    meaning: 'a Markdown plugin did not run (sanitizing or heading ids would be missing)',
  },
  { pattern: /\[ERROR\]/, meaning: 'a file could not be processed, so its page would be built without it' },
];

const NEW_ENTRY = /^\d\d:\d\d:\d\d |^\s*$/;

/** The log lines of a build that mean lost content, each with the explanation that follows it in the log and its meaning. */
export function findLostContentWarnings(log: string): string[] {
  const found: string[] = [];
  const lines = log.split(/\r?\n/);
  lines.forEach((line, i) => {
    const hit = LOST_CONTENT_PATTERNS.find(({ pattern }) => pattern.test(line));
    if (!hit) return;
    const details: string[] = [];
    for (const next of lines.slice(i + 1, i + 4)) {
      if (NEW_ENTRY.test(next)) break;
      details.push(`    ${next.trim()}`);
    }
    found.push([line.trim(), ...details, `    means: ${hit.meaning}`].join('\n'));
  });
  return found;
}
