import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../scripts/check.ts';
import { toId } from '../../scripts/lib/scaffold.ts';
import { run } from '../../scripts/new.ts';
import { FIXTURE } from '../setup/buildFixture.ts';

const ENV = { INSOURCE_NOW: FIXTURE.now };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'insource-new-'));
  await cp(FIXTURE.content, dir, { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `npm run new` in-process into the copy of the fixture: its exit code and what it printed. */
async function scaffold(args: string[], ask?: (question: string) => Promise<string | undefined>) {
  const lines: string[] = [];
  const code = await run([...args, '--content', dir], ENV, (text) => lines.push(text), ask);
  return { code, output: lines.join('\n') };
}

test.each([
  ['Zoë Ångström', 'zoe-angstrom'],
  ['Seán Ó Briain-Nørgaard', 'sean-o-briain-norgaard'],
  ['  The school tap tour: 38 schools!  ', 'the-school-tap-tour-38-schools'],
  ['Straße & Łódź', 'strasse-lodz'],
])('makes the id of %j kebab-case ASCII', (name, id) => {
  expect(toId(name)).toBe(id);
});

describe.each([
  // kind, flags, file written, fields the file must show, fields check must ask the editor to fill in
  [
    'person',
    ['--name', 'Zoë Ångström', '--department', 'lab'],
    'people/zoe-angstrom.md',
    ['pronouns', 'photo', 'links', 'expires'],
    ['role', 'roleSummary', 'joined', 'consent.status', 'consent.date'],
  ],
  ['department', ['--name', 'Fleet & Workshops'], 'departments/fleet-workshops.md', ['lead', 'photo'], ['summary']],
  [
    'spotlight',
    ['--title', 'The school tap tour', '--person', 'paula-public', '--from', 'paula-public'],
    'spotlights/2026/the-school-tap-tour.md',
    ['department', 'approvals', 'hero', 'share', 'tags'],
    ['summary', 'theme'],
  ],
  [
    'kudos',
    ['--from', 'paula-public', '--person', 'zoe-initials'],
    'kudos/2026/paula-public-thanks-zoe-initials-2026-11-01.yaml',
    ['public'],
    ['badge', 'message'],
  ],
  ['newsletter', ['--title', 'November', '--department', 'lab'], 'newsletter/2026-11.md', ['spotlights', 'status'], []],
] as const)('npm run new -- %s', (kind, flags, file, shown, toFill) => {
  test('writes the file in its folder and says what to do next', async () => {
    const { code, output } = await scaffold([kind, ...flags, '--yes']);
    expect(code).toBe(0);
    expect(output).toContain(`Created ${dir}/${file}`);
    expect(output).toContain('npm run check');
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const field of shown) expect(text).toMatch(new RegExp(`^\\s*#?\\s*${field}:`, 'm'));
  });

  test('passes npm run check except for what a person must fill in, which check names', async () => {
    const errors = (await checkContent(dir, { now: new Date(FIXTURE.now), publicDir: 'public' })).filter((problem) => problem.severity === 'error');
    const own = errors.filter((problem) => problem.file === `${dir}/${file}`);
    expect(own.map((problem) => problem.field).sort()).toEqual([...toFill].sort());
    for (const problem of own) expect(problem.line).toBeGreaterThan(1);
  });

  test('refuses to overwrite the file', async () => {
    const before = await readFile(path.join(dir, file), 'utf8');
    expect((await scaffold([kind, ...flags, '--yes'])).code).toBe(1);
    expect(await readFile(path.join(dir, file), 'utf8')).toBe(before);
  });
});

test('asks for the essentials it was not given', async () => {
  const questions: string[] = [];
  const { code } = await scaffold(['person'], async (question) => {
    questions.push(question);
    return question.startsWith('Full name') ? 'Ingrid Asked' : 'lab';
  });
  expect(code).toBe(0);
  expect(questions).toHaveLength(2);
  expect(await readFile(path.join(dir, 'people/ingrid-asked.md'), 'utf8')).toMatch(/^department: lab$/m);
});

test('refuses a kind that does not exist', async () => {
  expect((await scaffold(['story', '--yes'])).code).toBe(1);
});
