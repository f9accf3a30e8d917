/**
 * The errors people see. Content problems are for the editor and name the file: either a list of issues
 * (`ContentIssue`, shown together by `formatIssues` and thrown as a `ContentError`) or one rule broken at
 * file:line:col in a Markdown or MDX file (`ContentRuleError`). A failure of a command in `scripts/` is for
 * the person at the keyboard (`CommandError`). All of them are printed as their message, never as a stack trace.
 */

/** One problem in one file, worded for the editor who has to fix it; listed with the others by `formatIssues`. */
export interface ContentIssue {
  /** File path relative to the project, such as content/people/ana.md. */
  file: string;
  /** Field path inside the file, such as people[1] or photo.src. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** A list of content issues as one message, grouped by file. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  const byFile = new Map<string, ContentIssue[]>();
  for (const issue of issues) byFile.set(issue.file, [...(byFile.get(issue.file) ?? []), issue]);
  const lines = [`Insource found ${issues.length} ${issues.length === 1 ? 'problem' : 'problems'} in the content. Nothing was published.`];
  for (const [file, fileIssues] of byFile) {
    lines.push('', file);
    for (const issue of fileIssues) lines.push(`  ${issue.field}: ${issue.message}`);
  }
  return lines.join('\n');
}

/** Thrown when content breaks a rule the schemas cannot express; the message (often `formatIssues`) is for the editor. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** Thrown by a Markdown plugin for text that breaks a content rule; its message starts with file:line:col. */
export class ContentRuleError extends Error {
  override name = 'ContentRuleError';
}

/** Thrown when an image the content names cannot be read or encoded; the message names the file. */
export class ImageError extends Error {
  override name = 'ImageError';
}

/** Thrown by a command in `scripts/` for a failure the person at the keyboard can act on; printed without a stack trace. */
export class CommandError extends Error {}
