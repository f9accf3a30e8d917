import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { contentDir } from '../lib/content/contentDir.ts';
import { modifiedDate } from '../lib/output/jsonLd.ts';

let dates: Promise<Map<string, Date>> | undefined;

/**
 * The date of each content file's last commit, from one `git log` over the content folder, keyed by the path
 * relative to the repository's top. Empty without git or outside a repository: callers fall back to the
 * content's own dates.
 */
export function lastCommits(contentDir: string): Promise<Map<string, Date>> {
  dates ??= read(contentDir);
  return dates;
}

async function read(contentDir: string): Promise<Map<string, Date>> {
  const found = new Map<string, Date>();
  try {
    const run = promisify(execFile);
    const { stdout: top } = await run('git', ['rev-parse', '--show-prefix'], { cwd: process.cwd() });
    const { stdout } = await run('git', ['log', '--format=@%cI', '--name-only', '--', contentDir], { cwd: process.cwd(), maxBuffer: 64 * 1024 * 1024 });
    let current: Date | undefined;
    for (const line of stdout.split('\n')) {
      if (line.startsWith('@')) current = new Date(line.slice(1));
      else if (line && current && !found.has(line)) found.set(line.slice(top.trim().length), current);
    }
  } catch {
    // No git, or not a repository: no commit dates.
  }
  return found;
}

/** When a published story last changed, for its structured data (see modifiedDate). */
export async function storyModified(story: { filePath?: string | undefined; data: { date: Date; approvals: { date: Date }[] } }): Promise<Date> {
  const commits = await lastCommits(contentDir(process.env));
  return modifiedDate(
    story.data.date,
    story.filePath ? commits.get(story.filePath) : undefined,
    story.data.approvals.map((approval) => approval.date),
  );
}
