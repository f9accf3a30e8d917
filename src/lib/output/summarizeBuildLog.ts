import path from 'node:path';
import { invalidYamlMessage } from '../content/parseContent.ts';
import type { ContentIssue } from '../errors.ts';

const SCHEMA_ERROR =
  /\[InvalidContentEntry(?:Data|Frontmatter)Error\] .+ does not match collection schema\.\n+((?: {2}\S.*\n)+)[\s\S]*?Location:\n\s+(.+?):\d+:\d+/g;
const FIELD_LINE = /^ {2}(\S+?): (.*)$/;
const RULE_ERROR = /^(?:\d\d:\d\d:\d\d \[ERROR\] .*\n)?(\S+\.mdx?):(\d+):(\d+): (.+)$/gm;
const YAML_ERROR =
  /^(?:\d\d:\d\d:\d\d )?(?:\[\w+\] )?(.+)\n\s+Location:\n\s+(.+?\.(?:md|mdx|yaml|yml)):(\d+):(\d+)\n\s+Stack trace:\n\s+at generateError .*js-yaml/gm;

/**
 * The problems in an Astro build log that an editor can fix, in Insource's own format: the schema errors
 * Astro prints per entry, the content rules' file:line:col errors and YAML syntax errors. Paths are
 * made relative to `root`; each problem appears once.
 */
export function summarizeBuildLog(log: string, root: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(root, file) : file);
  for (const [, fields, location] of log.matchAll(SCHEMA_ERROR)) {
    for (const line of fields!.trimEnd().split('\n')) {
      const match = FIELD_LINE.exec(line);
      if (match) issues.push({ file: relative(location!), field: match[1]!.replace(/^\*\*|\*\*$/g, '') || '(file)', message: match[2]! });
    }
  }
  for (const [, file, line, column, message] of log.matchAll(RULE_ERROR)) {
    issues.push({ file: relative(file!), field: `line ${line}, column ${column}`, message: message! });
  }
  for (const [, message, file, line] of log.matchAll(YAML_ERROR)) {
    // js-yaml counts from the line after the opening --- of front matter.
    const fileLine = /\.(md|mdx)$/.test(file!) ? Number(line) + 1 : Number(line);
    issues.push({
      file: relative(file!),
      field: `line ${fileLine}`,
      message: invalidYamlMessage(message!),
    });
  }
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.file}\n${issue.field}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
