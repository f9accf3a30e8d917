import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, OUT, ROOT } from '../helpers/buildSite.ts';
import { FIXTURE } from '../setup/buildFixture.ts';

/** Copies the fixture, applies editors' mistakes (file and edit), builds it, and returns what the build said. */
async function buildWithMistakes(name: string, mistakes: Record<string, (text: string) => string>) {
  const content = path.join('test', '.out', `${name}-content`);
  await rm(path.join(ROOT, content), { recursive: true, force: true });
  await cp(path.join(ROOT, FIXTURE.content), path.join(ROOT, content), { recursive: true });
  for (const [file, edit] of Object.entries(mistakes)) {
    const target = path.join(ROOT, content, file);
    await writeFile(target, edit(await readFile(target, 'utf8')));
  }
  // A site left over from an earlier build must not survive a failed one: it could still show withdrawn people.
  await mkdir(path.join(OUT, name), { recursive: true });
  await writeFile(path.join(OUT, name, 'index.html'), '<p>stale</p>');
  return buildSite({ content, name, env: { INSOURCE_NOW: FIXTURE.now, INSOURCE_IMAGE_CACHE: path.join(OUT, `${name}-images`) } });
}

/*
 * One build per kind of failure, to show the message reaches the editor with the file and the field or
 * line. Each rule and message is tested on its own in test/unit: schema fields and typos in
 * schema.test.ts, references in validateContent.test.ts, dates in dates.test.ts and checkDates.test.ts,
 * images in checkImage.test.ts and checkContentImage.test.ts, the build log in summarizeBuildLog.test.ts;
 * schema, rule, file, image and contact-detail failures are built in hostile.test.ts.
 */
describe('a broken content file fails the build with a message for its editor', () => {
  test('misspelt ids name the file, the field, the value and the closest id, and leave no output folder behind to deploy', async () => {
    const result = await buildWithMistakes('mistake-reference', {
      'spotlights/2026/morning-samples.md': (text) => text.replace('people: [paula-public, zoe-initials]', 'people: [paula-public, zoe-intials]'),
      'people/zoe-initials.md': (text) => text.replace('department: field', 'department: feild'),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'test/.out/mistake-reference-content/spotlights/2026/morning-samples.md\n  people[1]: "zoe-intials" is not the id of any person (ids are the file names in content/people/). The closest existing id is "zoe-initials"',
    );
    expect(result.output).toContain(
      'test/.out/mistake-reference-content/people/zoe-initials.md\n  department: "feild" is not the id of any department (ids are the file names in content/departments/). The closest existing id is "field"',
    );
    // Neither the old site nor a partial one.
    expect(existsSync(result.outDir)).toBe(false);
    expect(existsSync(`${result.outDir}.partial`)).toBe(false);
  });

  test('a colon in unquoted front matter names the line and how to quote it', async () => {
    const result = await buildWithMistakes('mistake-yaml', {
      'people/paula-public.md': (text) => text.replace('name: Paula Public', 'name: Paula: the Public'),
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'test/.out/mistake-yaml-content/people/paula-public.md\n  line 2: this is not valid YAML (bad indentation of a mapping entry). Check the indentation, and put text that contains a colon, # or quotes in double quotes',
    );
    expect(existsSync(result.outDir)).toBe(false);
  });
});

test('a search index that cannot be written fails the build and leaves no site behind', async () => {
  const name = 'broken-search-index';
  await mkdir(path.join(OUT, name), { recursive: true });
  await writeFile(path.join(OUT, name, 'index.html'), '<p>stale</p>');
  const missing = path.join(OUT, 'no-such-pagefind-binary');
  const result = await buildSite({
    content: FIXTURE.content,
    name,
    env: {
      INSOURCE_NOW: FIXTURE.now,
      INSOURCE_IMAGE_CACHE: path.join(OUT, `${name}-images`),
      PAGEFIND_EXTENDED_BINARY_PATH: missing,
      PAGEFIND_BINARY_PATH: missing,
    },
  });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('The search index failed');
  expect(existsSync(result.outDir)).toBe(false);
  expect(existsSync(`${result.outDir}.partial`)).toBe(false);
});
