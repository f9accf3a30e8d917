import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../scripts/check.ts';
import { FIXTURE } from '../setup/buildFixture.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** `npm run check` on a folder, in-process at the fixture's "now": its exit code and what it printed. */
async function check(dir: string, ...args: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await run(['--content', dir, ...args], { INSOURCE_NOW: FIXTURE.now }, (text) => lines.push(text));
  return { code, output: lines.join('\n') };
}

/** A copy of the fixture with one file changed (or added, when `from` is undefined). */
async function broken(file: string, from: string | RegExp | undefined, to: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'insource-check-'));
  made.push(dir);
  await cp(FIXTURE.content, dir, { recursive: true });
  const target = path.join(dir, file);
  await mkdir(path.dirname(target), { recursive: true });
  if (from === undefined) await writeFile(target, to);
  else {
    const text = await readFile(target, 'utf8');
    if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`${file} does not contain ${from}`);
    await writeFile(target, text.replace(from, to));
  }
  return dir;
}

describe('npm run check on the fixture', () => {
  test('finds no error, exits 0 and lists the warnings after a count', async () => {
    const { code, output } = await check(FIXTURE.content);
    expect(code).toBe(0);
    expect(output).not.toMatch(/^\S+: (?!warning)/m);
    expect(output.split('\n').at(-1)).toMatch(/^No errors, \d+ warnings: the content builds\.$/);
  });

  test.each([
    [
      'a withdrawn person whose file still holds a photo',
      'people/wilhelmina-withdrawn.md:6: warning: photo: consent is withdrawn but the file still names a photo',
    ],
    [
      'an approved story missing a required approval',
      'spotlights/2026/missing-approval-moth.md:8: warning: approvals: status is approved but missing approval by hr',
    ],
    ['a newsletter issue listing a story that will not publish', 'newsletter/2026-02.md:5: warning: spotlights[2]: "draft-drumbeat" will not publish'],
    ['text naming someone who is not public', 'spotlights/2026/names-withdrawn-heron.md: warning: withheld: it names wilhelmina-withdrawn'],
    ['a hero smaller than its slot', 'spotlights/2025/reservoir-dawn.md:13: warning: hero.src: ./reservoir-dawn.jpg is 960x540 pixels, smaller than a hero'],
  ])('warns about %s with its file, line and field', async (_, line) => {
    expect((await check(FIXTURE.content)).output).toContain(`${FIXTURE.content}/${line}`);
  });

  test('warns when a consent expires within 30 days, naming the line of the date', async () => {
    const dir = await broken('people/paula-public.md', '  scope: [profile', '  expires: 2026-11-20\n  scope: [profile');
    const { code, output } = await check(dir);
    expect(code).toBe(0);
    expect(output).toContain(`${dir}/people/paula-public.md:16: warning: consent.expires: consent expires on 2026-11-20, within 30 days`);
  });
});

describe('npm run check names the file, the line and the field of every error', () => {
  test.each<[string, string, string | RegExp | undefined, string, string]>([
    ['malformed YAML', 'people/paula-public.md', 'name: Paula Public', 'name: Paula: the Public', 'people/paula-public.md:2: this is not valid YAML'],
    ['an unknown field', 'people/paula-public.md', 'role: Lab Chemist', 'role: Lab Chemist\nnickname: Pa', 'people/paula-public.md:5: nickname: '],
    ['a missing field', 'people/paula-public.md', 'role: Lab Chemist\n', '', 'people/paula-public.md:2: role: '],
    [
      'a bad enum value',
      'spotlights/2026/morning-samples.md',
      'theme: expertise',
      'theme: expertice',
      'spotlights/2026/morning-samples.md:11: theme: expected one of',
    ],
    ['an impossible date', 'spotlights/2026/morning-samples.md', 'date: 2026-01-12', 'date: 2026-02-30', 'spotlights/2026/morning-samples.md:6: date: '],
    [
      'a dangling reference',
      'spotlights/2026/morning-samples.md',
      'people: [paula-public, zoe-initials]',
      'people: [paula-public, zoe-intials]',
      'spotlights/2026/morning-samples.md:4: people[1]: "zoe-intials" is not the id of any person (ids are the file names in content/people/). The closest existing id is "zoe-initials".',
    ],
    [
      'a photo that does not exist',
      'people/paula-public.md',
      'src: ./paula-public.jpg',
      'src: ./paula-publik.jpg',
      'people/paula-public.md:8: photo.src: the image "./paula-publik.jpg" does not exist',
    ],
    ['empty alt text', 'people/paula-public.md', 'alt: Portrait of Paula Public', 'alt: ""', 'people/paula-public.md:9: photo.alt: '],
    [
      'a share text over its limit',
      'spotlights/2026/morning-samples.md',
      'linkedin: I test our water every morning.',
      `x: ${'a'.repeat(300)}`,
      'spotlights/2026/morning-samples.md:18: share.x: ',
    ],
    ['a file in the wrong folder', 'stories/stray.md', undefined, '---\ntitle: Lost\n---\n', 'stories/stray.md: this file is not read: '],
    ['a duplicate id', 'spotlights/2025/morning-samples.md', undefined, '---\ntitle: Again\n---\n', 'morning-samples'],
  ])('%s', async (_, file, from, to, expected) => {
    const dir = await broken(file, from, to);
    const { code, output } = await check(dir);
    expect(code).toBe(1);
    expect(output).toContain(`${dir}/${expected}`.replace(`${dir}/morning-samples`, 'morning-samples'));
    expect(output.split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings?: fix the errors/);
  });

  test('reports every error of a run, not only the first', async () => {
    const dir = await broken('spotlights/2026/morning-samples.md', 'theme: expertise', 'theme: expertice');
    await writeFile(
      path.join(dir, 'people/paula-public.md'),
      (await readFile(path.join(dir, 'people/paula-public.md'), 'utf8')).replace('role: Lab Chemist', 'role: Lab Chemist\ncolour: blue'),
    );
    const { output } = await check(dir);
    expect(output).toContain(`morning-samples.md:11: theme:`);
    expect(output).toContain(`paula-public.md:5: colour:`);
  });

  test('--format github prints annotations for the pull request', async () => {
    const dir = await broken('spotlights/2026/morning-samples.md', 'theme: expertise', 'theme: expertice');
    const { code, output } = await check(dir, '--format', 'github');
    expect(code).toBe(1);
    expect(output).toContain(`::error file=${dir}/spotlights/2026/morning-samples.md,line=11,title=theme::theme: expected one of`);
    expect(output).toMatch(/^::warning file=.*wilhelmina-withdrawn\.md,line=6,title=photo::/m);
  });

  test('--format json lists errors and warnings for tools', async () => {
    const dir = await broken('spotlights/2026/morning-samples.md', 'theme: expertise', 'theme: expertice');
    const { output } = await check(dir, '--format', 'json');
    const report = JSON.parse(output) as { errors: { file: string; line: number; field: string }[]; warnings: unknown[] };
    expect(report.errors).toContainEqual(expect.objectContaining({ file: `${dir}/spotlights/2026/morning-samples.md`, line: 11, field: 'theme' }));
    expect(report.warnings.length).toBeGreaterThan(0);
  });

  test('refuses an unknown format with exit code 2', async () => {
    expect((await check(FIXTURE.content, '--format', 'xml')).code).toBe(2);
  });
});
