/**
 * `npm run diff -- <base-ref>`: what the working tree's content publishes, changes and unpublishes compared
 * with another commit. Both content folders are read with this checkout's code and the same "now".
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir, publicDir } from '../src/lib/content/contentDir.ts';
import { loadContentFolder, type LoadedContent } from '../src/lib/content/loadContentFolder.ts';
import { CommandError } from '../src/lib/errors.ts';
import { buildTime } from '../src/lib/publication/buildTime.ts';
import { comparePublished, formatComparison, listPublished, type PublishedItem } from '../src/lib/publication/comparePublished.ts';
import { whyPersonIsPrivate, whySpotlightIsUnpublished } from '../src/lib/publication/publish.ts';
import { commandFailed } from './lib/command.ts';

const HELP = `Usage: npm run diff -- <base-ref>

Lists the people, spotlights, kudos and newsletter issues the content in this checkout
publishes, changes or unpublishes compared with <base-ref> (such as origin/main), as
Markdown (the pull request's job summary). Both sides are read with this checkout's rules
and the same "now" (the clock, or $INSOURCE_NOW). Exit code 1 when this checkout's content
has errors (run npm run check to see them).`;

/** Why the head leaves out an item the base published, from the head's files. */
function whyNot(head: LoadedContent, now: Date): (item: PublishedItem) => string | undefined {
  const publicIds = new Set(head.model?.people.map((person) => person.id));
  return (item) => {
    if (item.kind === 'person') {
      const person = head.content.people.find((entry) => entry.id === item.id);
      return person ? whyPersonIsPrivate(person.data, now).join(', ') || undefined : 'file removed';
    }
    if (item.kind === 'spotlight') {
      const story = head.content.spotlights.find((entry) => entry.id === item.id);
      return story && head.site ? whySpotlightIsUnpublished(story.data, head.site, now, (id) => publicIds.has(id)).join(', ') || undefined : 'file removed';
    }
    const entries: { id: string }[] = item.kind === 'kudos' ? head.content.kudos : head.content.newsletter;
    return entries.some((entry) => entry.id === item.id) ? undefined : 'file removed';
  };
}

/** Compares the published sets; returns the process exit code. `cwd` is the repository. */
export async function run(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  print: (text: string) => void = console.log,
  cwd = process.cwd(),
): Promise<number> {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) {
    print(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const base = args[0]!;
  const folder = contentDir(env);
  const copy = await mkdtemp(path.join(tmpdir(), 'insource-diff-'));
  try {
    let now: Date;
    try {
      now = buildTime(env);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
    try {
      // The base's content folder as committed, unpacked beside nothing else: only its files, never its code.
      const archive = execFileSync('git', ['archive', '--format=tar', base, '--', folder], { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
      execFileSync('tar', ['-x', '-C', copy], { input: archive });
    } catch (error) {
      throw new CommandError(
        `Could not read ${folder}/ at ${base}: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}. Is ${base} a commit (fetch it first in a shallow clone)?`,
      );
    }
    const options = { now, publicDir: path.join(cwd, publicDir(env)) };
    const head = await loadContentFolder(path.join(cwd, folder), options);
    if (!head.model) {
      print(`### The content has ${head.issues.length} errors\n\nNothing would be published: run \`npm run check\` to see them.`);
      return 1;
    }
    const before = await loadContentFolder(path.join(copy, folder), options);
    const comparison = comparePublished(before.model ? listPublished(before.model) : [], listPublished(head.model), whyNot(head, now));
    print(formatComparison(comparison, base) + (before.model ? '' : `\n\n(${base} did not build, so everything counts as new.)`));
    return 0;
  } catch (error) {
    return commandFailed(error);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
