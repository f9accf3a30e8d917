import { describe, expect, test } from 'vitest';
import { personSchema, plainReference, siteSchema, spotlightSchema } from '../../src/lib/content/schema/index.ts';

const person = personSchema(plainReference);
const spotlight = spotlightSchema(plainReference);
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

const validPerson = {
  name: 'Amara Okafor',
  role: 'Chemist',
  roleSummary: 'Tests the water.',
  department: 'water-lab',
  joined: new Date('2020-01-01'),
  consent: { status: 'granted', date: '2025-01-01', scope: ['profile', 'photo'] },
};
const validSpotlight = {
  title: 'T',
  summary: 'S',
  people: ['amara-okafor'],
  author: 'amara-okafor',
  date: '2026-01-01',
  status: 'approved',
  theme: 'culture',
};

test('a valid person parses, with references resolved to collection and id', () => {
  const data = person.parse(validPerson);
  expect(data.department).toEqual({ collection: 'departments', id: 'water-lab' });
  expect(data.consent.date).toEqual(new Date('2025-01-01'));
});

describe('people', () => {
  test.each([
    [
      'an unknown key such as email',
      { email: 'a@b.example' },
      'email: "email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.',
    ],
    [
      'a phone number',
      { phone: '+44 20 7946 0958' },
      'phone: "phone" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.',
    ],
    [
      'a misspelt key',
      { pronoun: 'she/her' },
      'pronoun: "pronoun" is not a field here; did you mean "pronouns"? Remove it or check docs/content.md for the fields that exist.',
    ],
    [
      'a mistyped consent status',
      { consent: { ...validPerson.consent, status: 'granded' } },
      'consent.status: expected one of granted, withdrawn but got "granded"; did you mean "granted"?',
    ],
    [
      'an unknown scope',
      { consent: { ...validPerson.consent, scope: ['profile', 'photos'] } },
      'consent.scope.1: expected one of profile, photo, newsletter, social but got "photos"; did you mean "photo"?',
    ],
    [
      'a javascript: link',
      { links: { website: 'javascript:alert(1)' } },
      'links.website: expected a full https:// address, such as https://your-name.example. Links starting with "javascript:" are not accepted.',
    ],
    [
      'a data: link',
      { links: { mastodon: 'data:text/html,<script>alert(1)</script>' } },
      'links.mastodon: expected a full https:// address, such as https://mastodon.social/@your-name. Links starting with "data:" are not accepted.',
    ],
    [
      'a mixed-case javascript: link',
      { links: { bluesky: 'JaVaScRiPt:alert(1)' } },
      'links.bluesky: expected a full https:// address, such as https://bsky.app/profile/your-name.bsky.social. Links starting with "javascript:" are not accepted.',
    ],
    [
      'an http link',
      { links: { linkedin: 'http://linkedin.com/in/a' } },
      'links.linkedin: expected a full https:// address, such as https://www.linkedin.com/in/your-name. Links starting with "http:" are not accepted.',
    ],
    [
      'an unknown network',
      { links: { myspace: 'https://myspace.com/a' } },
      'links.myspace: "myspace" is not a field here. Remove it or check docs/content.md for the fields that exist.',
    ],
    [
      'an SVG photo',
      { photo: { src: './a.svg', alt: 'A' } },
      'photo.src: expected a jpg, jpeg, png, webp, avif file; SVG and other formats are not accepted for photos',
    ],
    [
      'a photo URL',
      { photo: { src: 'https://example.com/a.jpg', alt: 'A' } },
      'photo.src: expected a relative path to an image next to this file (such as ./photo.jpg), not a URL or an absolute path',
    ],
    ['a photo without alt text', { photo: { src: './a.jpg' } }, 'photo.alt: expected alt text describing the photo as text'],
    ['a name of only invisible characters', { name: '\u200B\u200F ' }, 'name: expected the person’s name; it is empty or holds only invisible characters'],
    [
      'a name of bidi isolates, a soft hyphen and a filler',
      { name: '\u2066\u2069\u00AD\u3164\u034F' },
      'name: expected the person’s name; it is empty or holds only invisible characters',
    ],
    ['a date that is not a date', { joined: 'last spring' }, 'joined: "last spring" is not a date: write it as YYYY-MM-DD, for example 2026-03-14'],
    [
      'a date written day or month first',
      { joined: '12/01/2026' },
      'joined: "12/01/2026" is ambiguous: write 2026-12-01 or 2026-01-12 (dates are written YYYY-MM-DD, year first)',
    ],
    ['a date without hyphens, which YAML reads as a number', { joined: 20271205 }, 'joined: 20271205 is not written as YYYY-MM-DD: write 2027-12-05'],
    ['an empty date', { joined: null }, 'joined: the date is empty: write it as YYYY-MM-DD, for example 2026-03-14'],
    ['no date at all', { joined: undefined }, 'joined: the date is empty: write it as YYYY-MM-DD, for example 2026-03-14'],
    [
      'a quoted day that does not exist',
      { consent: { ...validPerson.consent, expires: '2026-06-31' } },
      'consent.expires: "2026-06-31" is not a date: June 2026 has 30 days (dates are written YYYY-MM-DD, for example 2026-03-14)',
    ],
    [
      'an empty expiry date',
      { consent: { ...validPerson.consent, expires: null } },
      'consent.expires: the date is empty: write it as YYYY-MM-DD, for example 2026-03-14',
    ],
  ])('rejects %s', (_, change, message) => {
    expect(messages(person.safeParse({ ...validPerson, ...change }))).toEqual([message]);
  });

  test('accepts dates as YAML hands them over, as YYYY-MM-DD or as ISO 8601 with a zone', () => {
    for (const [joined, iso] of [
      [new Date('2020-01-01'), '2020-01-01T00:00:00.000Z'],
      ['2020-01-01', '2020-01-01T00:00:00.000Z'],
      ['2020-01-01T09:30Z', '2020-01-01T09:30:00.000Z'],
      ['2020-01-01T09:30:00+01:00', '2020-01-01T08:30:00.000Z'],
    ] as const)
      expect(person.parse({ ...validPerson, joined }).joined).toEqual(new Date(iso));
    expect(person.parse(validPerson).consent.expires).toBeUndefined();
  });

  test('accepts names in any script, with emoji and combining marks', () => {
    for (const name of ['Zoë Ångström', 'مريم الحسيني', 'Zoe\u0308 Lee', 'Kai 🌊 Nakamura'])
      expect(person.safeParse({ ...validPerson, name }).success).toBe(true);
  });
});

describe('spotlights', () => {
  test('defaults approvals and tags to empty lists', () => {
    const data = spotlight.parse(validSpotlight);
    expect(data.approvals).toEqual([]);
    expect(data.tags).toEqual([]);
  });

  test.each([
    [
      'a theme typo',
      { theme: 'expertice' },
      'theme: expected one of culture, csr, expertise, purpose, mentoring, milestone but got "expertice"; did you mean "expertise"?',
    ],
    ['a status typo', { status: 'aproved' }, 'status: expected one of draft, review, approved but got "aproved"; did you mean "approved"?'],
    ['no people', { people: [] }, 'people: expected at least one person id'],
    ['a tag with spaces', { tags: ['Open Source'] }, 'tags.0: expected a tag in lowercase words joined by hyphens, such as "open-source"'],
    ['an X post over 280 characters', { share: { x: 'a'.repeat(281) } }, 'share.x: Too big: expected string to have <=280 characters'],
  ])('rejects %s', (_, change, message) => {
    expect(messages(spotlight.safeParse({ ...validSpotlight, ...change }))).toEqual([message]);
  });
});

describe('site', () => {
  test.each([
    ['https://forms.example.org/corrections', true],
    ['mailto:people@example.org', true],
    ['http://forms.example.org/corrections', false],
    ['javascript:alert(1)', false],
  ])('accepts a corrections address %s: %s', (corrections, valid) => {
    expect(siteSchema.safeParse({ name: 'N', url: 'https://n.example', description: 'D', corrections }).success).toBe(valid);
  });

  test('fills defaults and requires an https URL', () => {
    const site = siteSchema.parse({ name: 'N', url: 'https://n.example', description: 'D' });
    expect(site).toMatchObject({ locale: 'en', approvals: [], badges: [], disclosure: '' });
    expect(messages(siteSchema.safeParse({ name: 'N', url: 'ftp://n.example', description: 'D' }))).toHaveLength(1);
  });
});
