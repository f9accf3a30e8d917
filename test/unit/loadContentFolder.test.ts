import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContentFolder } from '../../src/lib/content/loadContentFolder.ts';
import { formatIssues } from '../../src/lib/errors.ts';
import { FIXTURE, FIXTURE_CONTENT_PAGES } from '../setup/buildFixture.ts';
import { HOSTILE, HOSTILE_NOW } from '../helpers/hostile.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('the fixture site, read without Astro', async () => {
  const loaded = await loadContentFolder(FIXTURE.content, { now: new Date(FIXTURE.now), publicDir: 'public' });

  test('has no issues', () => {
    expect(loaded.issues).toEqual([]);
  });

  test('publishes exactly the spotlights, people and departments the built fixture shows', () => {
    const model = loaded.model!;
    const pages = [
      ...model.departments.map((department) => `/departments/${department.id}/`),
      ...model.people.map((person) => `/people/${person.id}/`),
      ...model.spotlights.map((story) => `/spotlights/${story.id}/`),
    ].sort();
    // The pages test/build/site.test.ts finds in the built fixture's search index.
    expect(pages).toEqual(FIXTURE_CONTENT_PAGES);
    expect(model.people.map((person) => person.data.name)).toEqual(['Nora Quietphoto', 'Paula Public', 'Sunniva Nosocial', 'Zoë Ångström-Núñez']);
  });

  test('gives entries their ids, file paths and bodies as Astro does', () => {
    const story = loaded.content.spotlights.find((entry) => entry.id === 'morning-samples')!;
    expect(story.filePath).toBe('test/fixtures/site/spotlights/2026/morning-samples.md');
    expect(story.body).not.toMatch(/^---|^\s/);
    expect(story.data.people).toContainEqual({ collection: 'people', id: 'paula-public' });
  });
});

describe('an editor’s mistake in the fixture is reported with the build’s message', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  test.each([
    [
      'a misspelt person id',
      'spotlights/2026/morning-samples.md',
      'people: [paula-public, zoe-initials]',
      'people: [paula-public, zoe-intials]',
      'people[1]: "zoe-intials" is not the id of any person (ids are the file names in content/people/). The closest existing id is "zoe-initials".',
    ],
    [
      'a theme typo',
      'spotlights/2026/morning-samples.md',
      'theme: expertise',
      'theme: expertice',
      'theme: expected one of culture, csr, expertise, purpose, mentoring, milestone but got "expertice"; did you mean "expertise"?',
    ],
    [
      'a colon in unquoted front matter',
      'people/paula-public.md',
      'name: Paula Public',
      'name: Paula: the Public',
      'line 2: this is not valid YAML (bad indentation of a mapping entry). Check the indentation',
    ],
    [
      'a date written month first',
      'people/paula-public.md',
      /^joined: .*$/m,
      'joined: 12/01/2026',
      'joined: "12/01/2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)',
    ],
    [
      'a photo that does not exist',
      'people/paula-public.md',
      'src: ./paula-public.jpg',
      'src: ./paula-publik.jpg',
      'photo.src: the image "./paula-publik.jpg" does not exist',
    ],
  ])('%s', async (_, file, from, to, message) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'insource-mistake-'));
    made.push(dir);
    await cp(FIXTURE.content, dir, { recursive: true });
    const target = path.join(dir, file);
    const text = await readFile(target, 'utf8');
    await writeFile(target, text.replace(from, to));
    const { model, issues } = await loadContentFolder(dir, { now: new Date(FIXTURE.now), publicDir: 'public' });
    expect(model).toBeUndefined();
    expect(formatIssues(issues)).toContain(`${dir}/${file}\n  ${message}`);
  });
});

describe('hostile content, read without Astro, is refused with the build’s messages', () => {
  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  /** The base site with one case laid over it, in a folder of its own, read and checked as the build would. */
  async function load(name: string, arrange?: (dir: string) => Promise<void>) {
    const dir = await mkdtemp(path.join(tmpdir(), `insource-${name}-`));
    made.push(dir);
    await cp(path.join(HOSTILE, 'base'), dir, { recursive: true });
    await cp(path.join(HOSTILE, name), dir, { recursive: true });
    await rm(path.join(dir, 'public'), { recursive: true, force: true });
    await arrange?.(dir);
    const ownPublic = path.join('test', 'hostile', name, 'public');
    const result = await loadContentFolder(dir, {
      now: new Date(HOSTILE_NOW),
      publicDir: existsSync(path.join(ROOT, ownPublic)) ? ownPublic : 'test/hostile/base/public',
    });
    return { ...result, at: (file: string) => `${dir}/${file}`, report: formatIssues(result.issues) };
  }

  const link =
    'this is a symbolic link, and content must be real files in the repository: a link can point outside it or at another person’s photo. Replace the link with the file itself.';

  test.each<[string, (at: (file: string) => string) => string[]]>([
    [
      'photo-svg',
      (at) => [`${at('people/ada-example.md')}\n  photo.src: expected a jpg, jpeg, png, webp, avif file; SVG and other formats are not accepted for photos`],
    ],
    [
      'photo-unreadable',
      (at) => [
        `${at('people/ada-example.md')}\n  photo.src: the image "./ada-example.jpg" cannot be read as a picture: the file is damaged or is not an image. Export it again as JPEG, PNG, WebP or AVIF`,
      ],
    ],
    [
      'photo-huge',
      (at) => [
        `${at('people/ada-example.md')}\n  photo.src: the image "./ada-example.png" is 20000 × 20000 pixels, too large to process; photos may be at most 16383 pixels on a side and 120 megapixels.`,
      ],
    ],
    [
      'photo-wrong-type',
      (at) => [
        `${at('people/ada-example.md')}\n  photo.src: the image "./ada-example.jpg" is named .jpg but holds a PNG picture; rename it to end in .png or export it again as JPEG`,
      ],
    ],
    [
      'photo-public',
      () => [
        'test/hostile/photo-public/public/team/ada.jpg\n  (file): pictures in public/ are published byte for byte, with any location and camera data they carry.',
      ],
    ],
    ['invisible-name', (at) => [`${at('people/ada-example.md')}\n  name: expected the person’s name; it is empty or holds only invisible characters`]],
    [
      'unknown-keys',
      (at) => [
        `${at('people/ada-example.md')}\n  email: "email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.\n  phone: "phone" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.`,
      ],
    ],
    [
      'url-fields',
      (at) => [
        at('people/ada-example.md'),
        'links.linkedin: expected a full https:// address, such as https://www.linkedin.com/in/your-name. Links starting with "javascript:" are not accepted.',
        'links.website: expected a full https:// address, such as https://your-name.example. Links starting with "javascript:" are not accepted.',
      ],
    ],
    [
      'rolled-over-dates',
      (at) => [
        `${at('people/ada-example.md')}\n  consent.expires: "2026-11-31" is not a date: November 2026 has 30 days`,
        `${at('spotlights/2026/first-light.md')}\n  approvals[0].date: "2026-13-01" is not a date: there is no month 13`,
      ],
    ],
    [
      'borrowed-photo',
      (at) => [
        `${at('people/wil-example.md')}\n  photo.src: the image "./wil-example.jpg" is the same picture as the portrait in ${at('people/ada-example.md')}.`,
        `${at('spotlights/2026/harbour.md')}\n  the text: the image "./harbour.jpg" is the same picture as one in ${at('spotlights/2027/launch.md')}, which is not published (scheduled for 2027-02-15).`,
      ],
    ],
  ])('%s', async (name, expected) => {
    const { model, report, at } = await load(name);
    expect(model).toBeUndefined();
    for (const message of expected(at)) expect(report).toContain(message);
  });

  test('files that resolve to one id, in year folders and by Unicode normalisation', async () => {
    const { report, at } = await load('duplicate-ids', async (dir) => {
      for (const name of ['zo\u00eb', 'zoe\u0308']) await cp(path.join(dir, 'people', 'ada-example.md'), path.join(dir, 'people', `${name}.md`));
    });
    expect(report).toContain(
      `${at('spotlights/2025/first-light.md')}\n  (file name): "${at('spotlights/2026/first-light.md')}" has the same id "first-light" as this file; ids must be unique in spotlights, across year folders`,
    );
    expect(report).toContain(`has the same id "zoe" as this file; ids must be unique in people`);
  });

  test('symbolic links are refused and never read, and a story saved as .MD is named', async () => {
    const outside = path.join(tmpdir(), 'insource-outside.md');
    const { report, at, content } = await load('stray-files', async (dir) => {
      await cp(path.join(dir, 'spotlights', '2026', 'first-light.md'), outside);
      await symlink(outside, path.join(dir, 'spotlights', '2026', 'linked.md'));
    });
    made.push(outside);
    expect(report).toContain(`${at('spotlights/2026/linked.md')}\n  (file): ${link}`);
    expect(report).toContain(
      `${at('spotlights/2026/second-light.MD')}\n  (file): this file is not read: files in ${at('spotlights')}/ must end in .md or .mdx (lowercase)`,
    );
    expect(content.spotlights.map((story) => story.id)).not.toContain('linked');
  });

  test('a story naming a withdrawn person is withheld with the build’s notice, and the rest publishes', async () => {
    const { model, notices, at } = await load('private-name');
    expect(notices).toContainEqual({
      file: at('spotlights/2026/cover-shift.md'),
      message: 'withheld: it names beatrix-withdrawn (not public: consent is withdrawn) in body',
    });
    expect(model!.spotlights.map((story) => story.id)).toEqual(['first-light']);
  });
});

// That only src/data/site.ts reads Astro's collections is checked in architecture.test.ts.
describe('the plain content layer needs no Astro', () => {
  test('the plain content layer imports nothing from astro:content, directly or through its imports', async () => {
    const seen = new Set<string>();
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = await readFile(file, 'utf8');
      expect(source, file).not.toMatch(/from ['"]astro:content['"]/);
      for (const [, spec] of source.matchAll(/from ['"](\.{1,2}\/[^'"]+)['"]/g)) await visit(path.resolve(path.dirname(file), spec!));
    };
    await visit(path.join(ROOT, 'src', 'lib', 'content', 'loadContentFolder.ts'));
    expect(seen.size).toBeGreaterThan(10);
  });
});
