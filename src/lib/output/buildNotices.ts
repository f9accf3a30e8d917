/**
 * Notices: things a build left out on purpose (a story withheld because it names someone who withdrew,
 * a link to a page that is not public turned into text). They never fail the build: consent expiring or
 * a story being withdrawn must not break a scheduled build. The page-rendering process prints each
 * notice as one marked log line; `npm run build` collects them and lists them in its summary.
 */
const MARKER = 'insource-notice: ';

/** One thing the build left out, and why, worded for the editor. */
export interface BuildNotice {
  /** Content file the notice is about, relative to the project, such as content/spotlights/2026/x.md. */
  file: string;
  /** What was left out and why. */
  message: string;
}

/** A notice as the one log line that carries it. */
export function formatNoticeLine(notice: BuildNotice): string {
  return `${MARKER}${JSON.stringify(notice)}`;
}

/** Every notice in a build log, each once, in the order first seen. */
export function findNotices(log: string): BuildNotice[] {
  const seen = new Map<string, BuildNotice>();
  for (const line of log.split(/\r?\n/)) {
    const at = line.indexOf(MARKER);
    if (at < 0) continue;
    try {
      const notice = JSON.parse(line.slice(at + MARKER.length)) as BuildNotice;
      if (typeof notice.file === 'string' && typeof notice.message === 'string') seen.set(`${notice.file}\n${notice.message}`, notice);
    } catch {
      // A line that only happens to contain the marker is not a notice.
    }
  }
  return [...seen.values()];
}

/** The build summary's list of notices, grouped by file; empty when there are none. */
export function formatNotices(notices: readonly BuildNotice[]): string {
  if (notices.length === 0) return '';
  const byFile = new Map<string, string[]>();
  for (const { file, message } of notices) byFile.set(file, [...(byFile.get(file) ?? []), message]);
  const lines = [`Left out of this build (${notices.length}), nothing to fix unless it is a surprise:`];
  for (const [file, messages] of byFile) {
    lines.push('', file);
    for (const message of messages) lines.push(`  ${message}`);
  }
  return lines.join('\n');
}
