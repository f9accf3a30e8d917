import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite, OUT, ROOT } from '../helpers/buildSite.ts';
import { FIXTURE } from '../setup/buildFixture.ts';

/** Copies the fixture, applies one editor's mistake, builds it, and returns what the build said. */
async function buildWithMistake(name: string, file: string, edit: (text: string) => string) {
  const content = path.join('test', '.out', `${name}-content`);
  await rm(path.join(ROOT, content), { recursive: true, force: true });
  await cp(path.join(ROOT, FIXTURE.content), path.join(ROOT, content), { recursive: true });
  const target = path.join(ROOT, content, file);
  await writeFile(target, edit(await readFile(target, 'utf8')));
  // A site left over from an earlier build must not survive a failed one: it could still show withdrawn people.
  await mkdir(path.join(OUT, name), { recursive: true });
  await writeFile(path.join(OUT, name, 'index.html'), '<p>stale</p>');
  return buildSite({ content, name, env: { INSOURCE_NOW: FIXTURE.now, INSOURCE_IMAGE_CACHE: path.join(OUT, `${name}-images`) } });
}

describe('a broken content file fails the build with a message for its editor', () => {
  test('a misspelt person id names the file, the field, the value and the closest id', async () => {
    const result = await buildWithMistake('mistake-reference', 'spotlights/2026/morning-samples.md', (text) =>
      text.replace('people: [paula-public, zoe-initials]', 'people: [paula-public, zoe-intials]'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('spotlights/2026/morning-samples.md');
    expect(result.output).toContain('people[1]: "zoe-intials" is not the id of any person');
    expect(result.output).toContain('The closest existing id is "zoe-initials"');
  });

  test('a failed build leaves no output folder behind to deploy, neither the old site nor a partial one', async () => {
    const result = await buildWithMistake('mistake-no-dist', 'people/zoe-initials.md', (text) => text.replace('department: field', 'department: feild'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('department: "feild" is not the id of any department');
    expect(result.output).toContain('The closest existing id is "field"');
    expect(existsSync(result.outDir)).toBe(false);
    expect(existsSync(`${result.outDir}.partial`)).toBe(false);
  });

  test('a theme typo names the file and suggests the theme', async () => {
    const result = await buildWithMistake('mistake-theme', 'spotlights/2026/morning-samples.md', (text) =>
      text.replace('theme: expertise', 'theme: expertice'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('morning-samples.md');
    expect(result.output).toContain(
      'theme: expected one of culture, csr, expertise, purpose, mentoring, milestone but got "expertice"; did you mean "expertise"?',
    );
  });

  test('an unknown field such as email is refused, so it can never be published', async () => {
    const result = await buildWithMistake('mistake-email', 'people/paula-public.md', (text) =>
      text.replace('role: Lab Chemist', 'role: Lab Chemist\nemail: paula@fixture.example'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('people/paula-public.md');
    expect(result.output).toContain(
      'email: "email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.',
    );
  });

  test('a colon in unquoted front matter names the line and how to quote it', async () => {
    const result = await buildWithMistake('mistake-yaml', 'people/paula-public.md', (text) => text.replace('name: Paula Public', 'name: Paula: the Public'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'test/.out/mistake-yaml-content/people/paula-public.md\n  line 2: this is not valid YAML (bad indentation of a mapping entry). Check the indentation, and put text that contains a colon, # or quotes in double quotes',
    );
  });

  test('a date written day or month first names the file, the field and both readings', async () => {
    const result = await buildWithMistake('mistake-date', 'people/paula-public.md', (text) => text.replace(/^joined: .*$/m, 'joined: 12/01/2026'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      'test/.out/mistake-date-content/people/paula-public.md\n  joined: "12/01/2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)',
    );
    expect(existsSync(result.outDir)).toBe(false);
  });

  test('a photo that does not exist names the file and the field', async () => {
    const result = await buildWithMistake('mistake-photo', 'people/paula-public.md', (text) =>
      text.replace('src: ./paula-public.jpg', 'src: ./paula-publik.jpg'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('people/paula-public.md');
    expect(result.output).toContain('photo.src: the image "./paula-publik.jpg" does not exist');
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
