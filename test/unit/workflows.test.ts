import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORKFLOWS = path.join(ROOT, '.github/workflows');
const SCRIPTS = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

interface Step {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const files = readdirSync(WORKFLOWS).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => parse(readFileSync(path.join(WORKFLOWS, file), 'utf8'), { prettyErrors: true }) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

describe.each(files)('.github/workflows/%s', (file) => {
  const workflow = read(file);

  test('names only npm scripts that exist', () => {
    const named = steps(workflow).flatMap((step) => [...(step.run ?? '').matchAll(/npm run (?:--silent |-s )?([\w:-]+)/g)].map((match) => match[1]!));
    for (const script of named) expect(SCRIPTS, `npm run ${script}`).toContain(script);
  });

  test('grants least privilege and never runs a pull request with write access', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(readFileSync(path.join(WORKFLOWS, file), 'utf8')).not.toMatch(/\$\{\{\s*secrets\./);
  });
});

test('CI annotates content errors, summarises what a pull request publishes and uploads the built site', () => {
  const ci = read('ci.yml');
  expect(Object.keys(ci.on)).toContain('pull_request');
  const all = steps(ci);
  expect(all.map((step) => step.run)).toContain('npm run check -- --format github');
  expect(all.find((step) => step.run?.includes('npm run --silent diff'))?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
  expect(all.map((step) => step.run)).toContain('sudo -E bash .ci/run');
  expect(all.filter((step) => step.uses?.startsWith('actions/upload-artifact'))).toHaveLength(1);
});

test('deploy builds on every push to main and once a day, and deploys with the official Pages actions', () => {
  const deploy = read('deploy.yml');
  expect(deploy.on['push']).toEqual({ branches: ['main'] });
  expect(deploy.on['schedule']).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
  const uses = steps(deploy).map((step) => step.uses?.split('@')[0]);
  expect(uses).toEqual(expect.arrayContaining(['actions/upload-pages-artifact', 'actions/deploy-pages']));
  expect(deploy.jobs['deploy']?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
});

test.each(['ci.yml', 'deploy.yml'])('%s restores the photo, card and content-layer caches after npm ci and before the build', (file) => {
  const all = steps(read(file));
  const at = (find: (step: Step) => boolean) => all.findIndex(find);
  const cache = all[at((step) => step.uses?.startsWith('actions/cache@') ?? false)];
  expect(cache?.with?.['path']?.split('\n').filter(Boolean)).toEqual(['node_modules/.cache/insource', 'node_modules/.astro']);
  expect(cache?.with?.['key']).toMatch(/hashFiles\('package-lock\.json'\).*hashFiles\('content\/\*\*'\)/);
  expect(cache?.with?.['restore-keys']).toBeTruthy();
  const restored = all.indexOf(cache!);
  expect(at((step) => step.run?.startsWith('npm ci') ?? false)).toBeLessThan(restored);
  expect(at((step) => step.run === 'npm run build' || step.run === 'sudo -E bash .ci/run')).toBeGreaterThan(restored);
});

test('.ci/run keeps the restored caches through its own npm ci', () => {
  const script = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
  const install = script.indexOf('\nnpm ci ');
  expect(script.lastIndexOf('mv "$cache" "$kept/$cache"', install)).toBeGreaterThan(0);
  expect(script.indexOf('mv "$kept/$cache" "$cache"', install)).toBeGreaterThan(install);
});

test('the pull request template and the CODEOWNERS example name only npm scripts that exist', () => {
  for (const file of ['pull_request_template.md', 'CODEOWNERS.example']) {
    const text = readFileSync(path.join(ROOT, '.github', file), 'utf8');
    for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g)) expect(SCRIPTS).toContain(script);
  }
  expect(readFileSync(path.join(ROOT, '.github/CODEOWNERS.example'), 'utf8')).toMatch(/^\/content\/people\/\s+@\S+\/hr$/m);
});
