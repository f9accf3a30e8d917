import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleJsonLd, modifiedDate, organizationJsonLd, profileJsonLd, serializeJsonLd } from '../../src/lib/output/jsonLd.ts';
import { ROOT } from '../helpers/buildSite.ts';

const HOSTILE = '</script><script>alert(1)</script> & <!--';

test('a name that tries to close the script element is escaped and still reads back the same', () => {
  const text = serializeJsonLd({ name: HOSTILE, line: 'a\u2028b' });
  expect(text).toBe('{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--","line":"a\\u2028b"}');
  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual({ name: HOSTILE, line: 'a\u2028b' });
});

const organisation = { name: 'Fixture Water', url: 'https://fixture.example' };

test('an article credits the organisation when the author is not public', () => {
  const data = articleJsonLd({
    url: 'https://fixture.example/spotlights/a/',
    title: 'T',
    summary: 'S',
    date: new Date('2026-03-14T00:00:00Z'),
    people: [{ name: 'Paula', url: 'https://fixture.example/people/paula/' }],
    organisation,
  });
  expect(data).toMatchObject({
    '@type': 'Article',
    datePublished: '2026-03-14',
    about: [{ '@type': 'Person', name: 'Paula' }],
    author: { '@type': 'Organization', name: 'Fixture Water' },
  });
  expect(data).not.toHaveProperty('image');
});

test('a profile lists links as sameAs only when there are some', () => {
  const base = { url: 'u', name: 'N', role: 'R', organisation };
  expect(profileJsonLd({ ...base, sameAs: [] })['mainEntity']).not.toHaveProperty('sameAs');
  expect(profileJsonLd({ ...base, sameAs: ['https://example.org/n'] })['mainEntity']).toMatchObject({ sameAs: ['https://example.org/n'] });
});

test('no component or page writes raw HTML except the escaped JSON-LD', async () => {
  const files = (await readdir(path.join(ROOT, 'src'), { recursive: true })).filter((file) => /\.(astro|ts|tsx|mdx)$/.test(file));
  const users: string[] = [];
  for (const file of files) if ((await readFile(path.join(ROOT, 'src', file), 'utf8')).includes('set:html')) users.push(file.split(path.sep).join('/'));
  expect(users).toEqual(['components/JsonLd.astro']);
});

describe('when a story last changed', () => {
  const published = new Date('2026-05-01');
  test.each([
    ['its last commit, when git knows it', new Date('2026-06-10'), [new Date('2026-04-30')], '2026-06-10'],
    ['its newest approval, without git', undefined, [new Date('2026-05-03'), new Date('2026-05-09')], '2026-05-09'],
    ['never before it was published (a story scheduled after its last commit)', new Date('2026-04-20'), [], '2026-05-01'],
    ['its publication date, with nothing else to go on', undefined, [], '2026-05-01'],
  ])('is %s', (_, commit, approvals, expected) => {
    expect(modifiedDate(published, commit, approvals).toISOString().slice(0, 10)).toBe(expected);
  });

  test('the organisation is described on the home page', () => {
    expect(organizationJsonLd({ name: 'Org', url: 'https://org.example/', description: 'Stories.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Org',
      url: 'https://org.example/',
      description: 'Stories.',
    });
  });
});
