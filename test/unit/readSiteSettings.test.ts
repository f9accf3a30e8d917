import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readSiteSettings } from '../../src/lib/content/readSiteSettings.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'insource-settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

test('reads and validates site.yaml once for the config, the build and the commands', async () => {
  await writeFile(path.join(dir, 'site.yaml'), 'name: Org\nurl: https://org.example\ndescription: Stories.\n');
  expect(readSiteSettings(dir)).toMatchObject({ name: 'Org', url: 'https://org.example', locale: 'en', contacts: [] });
});

test('a broken or missing site.yaml is an error for its editor, with the file and field', async () => {
  await writeFile(path.join(dir, 'site.yaml'), 'name: Org\nurl: http://org.example\ndescription: Stories.\n');
  expect(() => readSiteSettings(dir)).toThrow(/site\.yaml\n {2}url: expected a full https:\/\/ address/);
  await rm(path.join(dir, 'site.yaml'));
  expect(() => readSiteSettings(dir)).toThrow('content/site.yaml is missing');
});
