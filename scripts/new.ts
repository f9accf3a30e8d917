/**
 * `npm run new -- <kind>`: starts a content file correctly: every field present and explained, in the right
 * folder, with an id made from the name or title. Asks for the essentials, or takes them as flags.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cancel, isCancel, text } from '@clack/prompts';
import { flag } from './check.ts';
import { KINDS, nextSteps, scaffoldPath, scaffoldText, type Kind, type ScaffoldInput } from './lib/scaffold.ts';
import { contentDir } from '../src/lib/content/contentDir.ts';
import { CommandError } from '../src/lib/errors.ts';
import { isoDate } from '../src/lib/publication/publish.ts';
import { buildTime } from '../src/lib/publication/buildTime.ts';

const HELP = `Usage: npm run new -- <${KINDS.join('|')}> [flags]

Writes a new content file with every field present and explained, in the right folder,
and says what to fill in next. Asks for what it needs, unless --yes is given.

  --name <name>          a person's or department's name (the id is made from it)
  --title <title>        a spotlight's or newsletter issue's title
  --person <id>          the person a spotlight features, or kudos thanks
  --from <id>            the person who gives kudos, or writes a spotlight
  --department <id>      the department of a person, spotlight or newsletter issue
  --id <id>              the file's id, instead of one made from the name or title
  --yes                  ask nothing; leave what is not given for the editor to fill in
  --content <folder>     the content folder (default content/, or $INSOURCE_CONTENT)

Example: npm run new -- person --name "Zoë Ångström" --department engineering --yes`;

/** The essentials each kind asks for: the flag and the question. */
const ASKS: Record<Kind, [keyof ScaffoldInput, string][]> = {
  person: [
    ['name', 'Full name, as the person wants it shown'],
    ['department', 'Department id (a file name in content/departments/)'],
  ],
  department: [['name', 'Department name']],
  spotlight: [
    ['title', 'Headline'],
    ['person', 'Id of the person the story features'],
    ['from', 'Id of the person writing it'],
  ],
  kudos: [
    ['from', 'Id of the person giving thanks'],
    ['person', 'Id of the person thanked'],
  ],
  newsletter: [
    ['title', 'Title of the issue'],
    ['department', 'Id of the department it profiles'],
  ],
};

/** Writes a new content file; returns the process exit code. `ask` stands in for the prompts in tests. */
export async function run(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  print: (text: string) => void = console.log,
  ask: ((question: string) => Promise<string | undefined>) | undefined = process.stdin.isTTY ? prompt : undefined,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h') || args.length === 0) {
    print(HELP);
    return args.length === 0 ? 2 : 0;
  }
  try {
    const kind = args[0] as Kind;
    if (!KINDS.includes(kind)) throw new CommandError(`"${args[0]}" is not a kind of content: use one of ${KINDS.join(', ')}.`);
    let now: Date;
    try {
      now = buildTime(env);
    } catch (error) {
      throw new CommandError((error as Error).message);
    }
    const input: ScaffoldInput = { kind, today: isoDate(now) };
    for (const name of ['id', 'name', 'title', 'person', 'department', 'from'] as const) input[name] = flag(args, name);
    if (!args.includes('--yes') && ask) {
      for (const [name, question] of ASKS[kind])
        if (!input[name]) (input as unknown as Record<string, string | undefined>)[name] = (await ask(question)) || undefined;
    }
    if ((kind === 'person' || kind === 'department') && !input.name && !input.id)
      throw new CommandError(`A ${kind} needs --name (or --id) to make its file name.`);
    if (kind === 'spotlight' && !input.title && !input.id) throw new CommandError('A spotlight needs --title (or --id) to make its file name.');
    const { id, file } = scaffoldPath(input);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      throw new CommandError(`"${id}" cannot be an id: use lowercase letters, digits and hyphens, such as zoe-angstrom.`);
    const target = path.posix.join(flag(args, 'content') ?? contentDir(env), file);
    if (existsSync(target))
      throw new CommandError(`${target} already exists, and new never overwrites a file. Choose another id with --id, or edit that file.`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, scaffoldText(input), { flag: 'wx' });
    print([`Created ${target}`, '', 'Next:', ...nextSteps(kind, target).map((step, index) => `  ${index + 1}. ${step}`)].join('\n'));
    return 0;
  } catch (error) {
    if (error instanceof CommandError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

/** One question on the terminal; undefined when the editor skips it, and the command stops on Ctrl-C. */
async function prompt(question: string): Promise<string | undefined> {
  const answer = await text({ message: question, placeholder: 'leave empty to fill in later' });
  if (isCancel(answer)) {
    cancel('Nothing was written.');
    throw new CommandError('Stopped: nothing was written.');
  }
  return answer.trim() || undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await run(process.argv.slice(2));
}
