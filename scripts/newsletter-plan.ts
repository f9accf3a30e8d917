/**
 * `npm run newsletter:plan`: which department the next newsletter issue should profile, and where the
 * stories have not reached yet.
 */
import path from 'node:path';
import { loadContentFolder } from '../src/lib/content/loadContentFolder.ts';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { exitCodeOf, readArgs } from './lib/command.ts';
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
  const parsed = readArgs(args, { dir: { type: 'string' } }, HELP);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 0) {
    console.error(`Unexpected argument: ${parsed.positionals[0]}\n\n${HELP}`);
    return 2;
  }
  const dirArg = parsed.values['dir'] as string | undefined;
  return exitCodeOf(async () => {
    const dir = path.resolve(dirArg ?? contentDir(env));
    const loaded = await loadContentFolder(dir, { now: buildTime(env), publicDir: publicDir(env) });
    if (!loaded.model || !loaded.site)
      throw new CommandError(`The content in ${path.relative(process.cwd(), dir) || '.'} has problems to fix first:\n${formatIssues(loaded.issues)}`);
    process.stdout.write(formatPlan(planNext(loaded.model), loaded.site.locale));
    return 0;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
