import { existsSync } from 'node:fs';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { buildSite, OUT, ROOT, type BuildResult } from '../helpers/buildSite.ts';
import { readPage } from '../helpers/dist.ts';
import { HOSTILE, HOSTILE_NOW } from '../helpers/hostile.ts';

/**
 * Two builds of one content folder with the content cache and the image cache kept between them, as on an
 * editor's machine or in CI: the second build reuses the renders of the files that did not change.
 */
const CONTENT = path.join(OUT, 'rebuild-content');
const IMAGES = path.join(OUT, 'rebuild-images');
const BO = `---
name: Bo Example
role: Lab Analyst
roleSummary: Tests the water.
department: works
joined: 2021-02-01
consent:
  status: granted
  date: 2026-01-05
  scope: [profile, newsletter, social]
---
Bo tests the water every morning.
`;

const build = (): Promise<BuildResult> =>
  buildSite({
    content: path.relative(ROOT, CONTENT),
    name: 'rebuild',
    env: { INSOURCE_NOW: HOSTILE_NOW, INSOURCE_IMAGE_CACHE: IMAGES, INSOURCE_PUBLIC: path.join(HOSTILE, 'base', 'public') },
  });

/** Every text file of an output folder, joined. */
async function allText(dir: string): Promise<string> {
  const files = (await listFiles(dir)).filter((file) => /\.(html|xml|json|txt)$/.test(file));
  return (await Promise.all(files.map((file) => readFile(path.join(dir, file), 'utf8')))).join('\n');
}

/** The published addresses of the pictures in a page's story. */
async function pictures(dir: string, url: string): Promise<string[]> {
  const doc = await readPage(dir, url);
  return [...doc.querySelectorAll('.story picture img')].map((img) => img.getAttribute('src')!);
}

let first: BuildResult;
let firstText = '';
let firstPictures: string[] = [];
let firstHadBo = false;
let second: BuildResult;

beforeAll(async () => {
  await rm(CONTENT, { recursive: true, force: true });
  await rm(IMAGES, { recursive: true, force: true });
  await cp(path.join(HOSTILE, 'base'), CONTENT, { recursive: true });
  await cp(path.join(HOSTILE, 'raw-html'), CONTENT, { recursive: true });
  await writeFile(path.join(CONTENT, 'people', 'bo-example.md'), BO);
  first = await build();
  if (first.code !== 0) throw new Error(`The first build failed:\n${first.output}`);
  firstText = await allText(first.outDir);
  firstPictures = await pictures(first.outDir, '/spotlights/raw-html/');
  firstHadBo = existsSync(path.join(first.outDir, 'people', 'bo-example', 'index.html'));
  // Between the builds: an editor changes one story, and Bo withdraws consent.
  const story = path.join(CONTENT, 'spotlights', '2026', 'first-light.md');
  await writeFile(story, (await readFile(story, 'utf8')).replace('Ada opens the gates at five.', 'Ada opens the gates at six.'));
  await writeFile(path.join(CONTENT, 'people', 'bo-example.md'), BO.replace('status: granted', 'status: withdrawn').replace('2026-01-05', '2026-10-01'));
  second = await build();
  if (second.code !== 0) throw new Error(`The second build failed:\n${second.output}`);
}, 240_000);

describe('a rebuild with the content cache kept', () => {
  test('the first build published what the second must change (the fixture carries the danger)', async () => {
    expect(firstText).toContain('Bo Example');
    expect(firstHadBo).toBe(true);
    expect(firstPictures.length).toBeGreaterThan(0);
  });

  test('reuses the renders of the files that did not change, and renders the edited ones', () => {
    expect(second.output).toContain('spotlights: 1 Markdown file rendered, 1 kept from the last build.');
    expect(second.output).toContain('people: 1 Markdown file rendered, 1 kept from the last build.');
  });

  test('a kept render still publishes its pictures, and passes the output audit', async () => {
    expect(await pictures(second.outDir, '/spotlights/raw-html/')).toEqual(firstPictures);
    const published = await listFiles(path.join(second.outDir, '_img'));
    for (const src of firstPictures) expect(published).toContain(src.replace('/_img/', ''));
  });

  test('an edit to one story shows in the second build', async () => {
    const story = (await readPage(second.outDir, '/spotlights/first-light/')).querySelector('.story')!.textContent;
    expect(story).toContain('Ada opens the gates at six.');
    expect(story).not.toContain('five');
  });

  test('a person who withdrew between the builds disappears from every output', async () => {
    expect(existsSync(path.join(second.outDir, 'people', 'bo-example'))).toBe(false);
    expect(await allText(second.outDir)).not.toContain('Bo Example');
    expect(await allText(second.outDir)).not.toContain('tests the water');
  });
});
