import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { run } from '../../scripts/diff.ts';
import { comparePublished, type PublishedItem } from '../../src/lib/publication/comparePublished.ts';
import { FIXTURE } from '../setup/buildFixture.ts';

const item = (id: string, written = id): PublishedItem => ({ kind: 'person', id, label: id.toUpperCase(), written });

test('sorts items into published, changed and unpublished, with why', () => {
  const result = comparePublished([item('ana'), item('ben'), item('cleo')], [item('ana'), item('ben', 'edited'), item('dev')], (gone) => `${gone.id} withdrew`);
  expect(result.publishes.map((entry) => entry.id)).toEqual(['dev']);
  expect(result.changes.map((entry) => entry.id)).toEqual(['ben']);
  expect(result.unpublishes).toEqual([{ ...item('cleo'), reason: 'cleo withdrew' }]);
});

let repo: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, stdio: 'pipe' });
const edit = async (file: string, from: string, to: string) => {
  const target = path.join(repo, 'content', file);
  const text = await readFile(target, 'utf8');
  expect(text).toContain(from);
  await writeFile(target, text.replace(from, to));
};

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'insource-diff-repo-'));
  await cp(FIXTURE.content, path.join(repo, 'content'), { recursive: true });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'base');
  git('tag', 'base');
  await edit('spotlights/2026/draft-drumbeat.md', 'status: draft', 'status: approved');
  await edit('people/sunniva-nosocial.md', 'role: Reservoir Keeper', 'role: Senior Reservoir Keeper');
  await edit('people/nora-nophoto.md', 'status: granted', 'status: withdrawn');
  git('commit', '-qam', 'head');
});
afterAll(() => rm(repo, { recursive: true, force: true }));

test('npm run diff lists what the head commit publishes, changes and unpublishes compared with the base', async () => {
  const lines: string[] = [];
  const code = await run(['base'], { INSOURCE_NOW: FIXTURE.now }, (text) => lines.push(text), repo);
  const summary = lines.join('\n');
  expect(code).toBe(0);
  expect(summary).toContain('**Publishes** (1)\n\n- spotlight: Draft Drumbeat story\n');
  // The issue that lists the story now carries it: a change to what it publishes.
  expect(summary).toContain('**Changes** (2)\n\n- person: Sunniva Nosocial\n- newsletter issue: February at Fixture Works\n');
  expect(summary).toContain(
    '**Unpublishes** (3)\n\n- person: Nora Quietphoto (consent is withdrawn)\n- spotlight: An open day at the lab (features people who are not public: nora-nophoto)\n- kudos: from Sunniva Nosocial to Zoë Ångström-Núñez, Nora Quietphoto',
  );
  expect(summary).not.toContain('Paula Public');
});

test('npm run diff against the same commit publishes nothing new', async () => {
  const lines: string[] = [];
  expect(await run(['HEAD'], { INSOURCE_NOW: FIXTURE.now }, (text) => lines.push(text), repo)).toBe(0);
  expect(lines.join('\n')).toContain('Nothing published changes');
});

test('npm run diff names a base it cannot read', async () => {
  expect(await run(['no-such-ref'], { INSOURCE_NOW: FIXTURE.now }, () => {}, repo)).toBe(2);
});
