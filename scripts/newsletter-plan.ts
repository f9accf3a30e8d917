/**
 * `npm run newsletter:plan`: which department the next newsletter issue should profile, and where the
 * stories have not reached yet.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFolder } from '../src/lib/content/loadContentFolder.ts';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { CommandError, formatIssues } from '../src/lib/errors.ts';
import { formatPlan, planNext, RECENT_MONTHS } from '../src/lib/newsletter/planNext.ts';
import { buildTime } from '../src/lib/publication/buildTime.ts';

const HELP = `Usage: npm run newsletter:plan [-- --dir <content folder>]

Prints the department to profile in the next newsletter issue (the one a published issue featured
least recently, never-featured first, ties going to the department with the most public people), then
the coverage gaps: departments and public people no published story features, departments without a
story in the last ${RECENT_MONTHS} months, and people the newsletter leaves out because their consent scope
lacks newsletter.

  --dir <folder>   the content folder (default: $INSOURCE_CONTENT or content)

Set INSOURCE_NOW (such as 2026-12-01) to plan as of another day.
`;

/** Prints the plan; returns the process exit code. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { dir?: string | undefined; help?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args, options: { dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  try {
    const dir = path.resolve(values.dir ?? contentDir(env));
    const loaded = await loadContentFolder(dir, { now: buildTime(env), publicDir: publicDir(env) });
    if (!loaded.model || !loaded.site)
      throw new CommandError(`The content in ${path.relative(process.cwd(), dir) || '.'} has problems to fix first:\n${formatIssues(loaded.issues)}`);
    process.stdout.write(formatPlan(planNext(loaded.model), loaded.site.locale));
    return 0;
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
