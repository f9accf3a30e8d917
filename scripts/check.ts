/**
 * `npm run check`: every content file through the build's own checks, without building the site. Lists
 * every error (what fails the build) and every warning (what the build tolerates but an editor should
 * know), one line each with the file, the line of the field and the field, then a count.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { findWarnings, imagePath } from '../src/lib/content/findWarnings.ts';
import { loadContentFolder } from '../src/lib/content/loadContentFolder.ts';
import { locateField } from '../src/lib/content/locateField.ts';
import { listImages } from '../src/lib/content/validateContent.ts';
import { CommandError, type ContentIssue } from '../src/lib/errors.ts';
import { buildTime } from '../src/lib/publication/buildTime.ts';
import { readBodyTexts, textCacheFile } from './lib/bodyTexts.ts';
import { commandFailed } from './lib/command.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run check [-- --format text|github|json] [--content <folder>]

Checks every file in content/ (or $INSOURCE_CONTENT, or --content) with the same rules as the
build, without building the site, and lists every problem at once:
  errors    what makes the build fail (exit code 1)
  warnings  what the build tolerates but an editor should know (exit code 0)
Each line names the file, the line of the field, the field and what to do.

  --format text     one line per problem (the default)
  --format github   GitHub Actions annotations, shown on the pull request's changed files
  --format json     {"errors": [...], "warnings": [...]} for other tools

"Now" is the clock, or $INSOURCE_NOW (such as 2026-12-01) to check a future build.

The text each Markdown body shows is kept between runs by the body's bytes, in
node_modules/.cache/insource/body-text.json (or $INSOURCE_TEXT_CACHE): a second run reads
only the bodies that changed. Who may be named is decided afresh on every run.`;

/** One problem found by the check, placed on its line. */
export interface CheckProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number | undefined;
  field: string;
  message: string;
}

type Format = 'text' | 'github' | 'json';

/** The value of `--name value` or `--name=value`. */
export function flag(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = args[at]!;
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--'))
    throw new CommandError(`--${name} needs a value, such as --${name} ${name === 'format' ? 'github' : 'content'}.`);
  return value;
}

/** Pixel sizes of every photo the content names, read once. */
async function readSizes(content: Parameters<typeof listImages>[0]): Promise<Map<string, { width: number; height: number }>> {
  const sizes = new Map<string, { width: number; height: number }>();
  for (const image of listImages(content)) {
    try {
      const { width, height } = await sharp(imagePath(image.file, image.src)).metadata();
      if (width && height) sizes.set(`${image.file}\n${image.src}`, { width, height });
    } catch {
      // An image that cannot be read is an error of the build's own checks.
    }
  }
  return sizes;
}

/**
 * Every error and warning in a content folder, each placed on the line of its field. With `textCache` (a file),
 * the bodies' texts are read on every core and kept there between runs; without it, in this thread.
 */
export async function checkContent(dir: string, options: { now: Date; publicDir: string; textCache?: string }): Promise<CheckProblem[]> {
  const { textCache } = options;
  const loaded = await loadContentFolder(dir, {
    now: options.now,
    publicDir: options.publicDir,
    ...(textCache ? { bodyTexts: async (content) => (await readBodyTexts(content, { root: ROOT, cacheFile: textCache })).toText } : {}),
  });
  const texts = new Map(loaded.folder.files.map((file) => [file.filePath, file.text]));
  if (loaded.folder.site) texts.set(loaded.folder.site.filePath, loaded.folder.site.text);
  const place =
    (severity: CheckProblem['severity']) =>
    (issue: ContentIssue): CheckProblem => {
      const text = texts.get(issue.file);
      return { severity, ...issue, line: text === undefined ? undefined : locateField(issue.file, text, issue.field) };
    };
  const sizes = await readSizes(loaded.content);
  const published = loaded.model ? new Set(loaded.model.spotlights.map((story) => story.id)) : undefined;
  const warnings = loaded.site ? findWarnings(loaded.content, loaded.site, options.now, (file, src) => sizes.get(`${file}\n${src}`), published) : [];
  const notices = loaded.notices.map((notice) => ({ file: notice.file, field: '(file)', message: notice.message }));
  // Each file's problems together, in the order of its lines.
  const byFileAndLine = (a: CheckProblem, b: CheckProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return [...loaded.issues.map(place('error')).sort(byFileAndLine), ...[...warnings, ...notices].map(place('warning')).sort(byFileAndLine)];
}

/** Escapes text for a GitHub Actions workflow command (`property` for the values before `::`). */
const escapeCommand = (text: string, property = false) => {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
};

/** The problems as the chosen format prints them. */
export function formatProblems(problems: readonly CheckProblem[], format: Format): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  if (format === 'json') return JSON.stringify({ errors, warnings }, null, 2);
  const field = (problem: CheckProblem) => (problem.field === '(file)' || /^line \d+$/.test(problem.field) ? '' : `${problem.field}: `);
  const lines = [...errors, ...warnings].map((problem) =>
    format === 'github'
      ? `::${problem.severity} ${Object.entries({
          file: problem.file,
          line: problem.line,
          title: problem.field === '(file)' ? problem.severity : problem.field,
        })
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => `${key}=${escapeCommand(String(value), true)}`)
          .join(',')}::${escapeCommand(field(problem) + problem.message)}`
      : `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.severity === 'warning' ? 'warning: ' : ''}${field(problem)}${problem.message}`,
  );
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    errors.length === 0
      ? `No errors${warnings.length ? `, ${count(warnings.length, 'warning')}` : ''}: the content builds.`
      : `${count(errors.length, 'error')}, ${count(warnings.length, 'warning')}: fix the errors, or the build fails and nothing is published.`,
  );
  return lines.join('\n');
}

/** Checks the content; returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env, print: (text: string) => void = console.log): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    print(HELP);
    return 0;
  }
  try {
    const format = (flag(args, 'format') ?? 'text') as Format;
    if (!['text', 'github', 'json'].includes(format)) throw new CommandError(`--format ${format} is not a format: use text, github or json.`);
    const dir = flag(args, 'content') ?? contentDir(env);
    let now: Date;
    try {
      now = buildTime(env);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
    const problems = await checkContent(path.normalize(dir).split(path.sep).join('/'), { now, publicDir: publicDir(env), textCache: textCacheFile(ROOT, env) });
    print(formatProblems(problems, format));
    return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
  } catch (error) {
    return commandFailed(error);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
