import { describe, expect, test } from 'vitest';
import { listImages, validateContent } from '../../src/lib/content/validateContent.ts';
import type { Content } from '../../src/lib/publication/publish.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const day = new Date('2026-01-01');
const SETTINGS = { approvals: ['communications', 'hr'], badges: [{ id: 'helping-hand', name: 'Helping hand', description: 'Help.' }] };

function base(): Content {
  return {
    people: [
      {
        id: 'amara-okafor',
        filePath: 'content/people/amara-okafor.md',
        data: {
          name: 'Amara',
          role: 'R',
          roleSummary: 'S',
          department: ref('departments', 'water-lab'),
          joined: day,
          photo: { src: './amara-okafor.jpg', alt: 'Portrait' },
          consent: { status: 'granted', date: day, scope: ['profile'] },
        },
      },
    ],
    departments: [{ id: 'water-lab', filePath: 'content/departments/water-lab.md', data: { name: 'Lab', summary: 'S', lead: ref('people', 'amara-okafor') } }],
    spotlights: [
      {
        id: 'first-story',
        filePath: 'content/spotlights/2026/first-story.md',
        data: {
          title: 'T',
          summary: 'S',
          people: [ref('people', 'amara-okafor')],
          author: ref('people', 'amara-okafor'),
          date: day,
          status: 'approved',
          approvals: [{ role: 'communications', by: 'C', date: day }],
          theme: 'culture',
          tags: [],
        },
      },
    ],
    kudos: [
      {
        id: 'thanks',
        filePath: 'content/kudos/2026/thanks.yaml',
        data: { from: ref('people', 'amara-okafor'), to: [ref('people', 'amara-okafor')], date: day, badge: 'helping-hand', message: 'M', public: true },
      },
    ],
    newsletter: [
      {
        id: '2026-01',
        filePath: 'content/newsletter/2026-01.md',
        data: { title: 'T', date: day, department: ref('departments', 'water-lab'), spotlights: [ref('spotlights', 'first-story')], status: 'approved' },
      },
    ],
  };
}
const allImagesExist = { imageProblem: () => undefined };

test('valid content has no issues', () => {
  expect(validateContent(base(), SETTINGS, allImagesExist)).toEqual([]);
});

describe('a dangling reference names the file, the field, the bad value and the closest id', () => {
  test.each([
    [
      'spotlight person',
      (c: Content) => (c.spotlights[0]!.data.people = [ref('people', 'amara-okafro')]),
      'content/spotlights/2026/first-story.md',
      'people[0]',
      'amara-okafro',
      'amara-okafor',
    ],
    [
      'person department',
      (c: Content) => (c.people[0]!.data.department = ref('departments', 'waterlab')),
      'content/people/amara-okafor.md',
      'department',
      'waterlab',
      'water-lab',
    ],
    [
      'department lead',
      (c: Content) => (c.departments[0]!.data.lead = ref('people', 'amara')),
      'content/departments/water-lab.md',
      'lead',
      'amara',
      'amara-okafor',
    ],
    [
      'kudos receiver',
      (c: Content) => (c.kudos[0]!.data.to = [ref('people', 'amara-okafor'), ref('people', 'amra-okafor')]),
      'content/kudos/2026/thanks.yaml',
      'to[1]',
      'amra-okafor',
      'amara-okafor',
    ],
    [
      'newsletter spotlight',
      (c: Content) => (c.newsletter[0]!.data.spotlights = [ref('spotlights', 'frist-story')]),
      'content/newsletter/2026-01.md',
      'spotlights[0]',
      'frist-story',
      'first-story',
    ],
  ])('%s', (_, breakIt, file, field, bad, closest) => {
    const content = base();
    breakIt(content);
    const [issue, ...rest] = validateContent(content, SETTINGS, allImagesExist);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file, field });
    expect(issue!.message).toContain(`"${bad}"`);
    expect(issue!.message).toContain(`The closest existing id is "${closest}"`);
  });
});

test('an unknown badge suggests the closest badge id', () => {
  const content = base();
  content.kudos[0]!.data.badge = 'helping-hands';
  expect(validateContent(content, SETTINGS, allImagesExist)).toEqual([
    {
      file: 'content/kudos/2026/thanks.yaml',
      field: 'badge',
      message: '"helping-hands" is not a badge id from content/site.yaml. The closest is "helping-hand".',
    },
  ]);
});

test('an approval role that site.yaml does not list is a typo to fix', () => {
  const content = base();
  content.spotlights[0]!.data.approvals = [{ role: 'comunications', by: 'C', date: day }];
  const [issue] = validateContent(content, SETTINGS, allImagesExist);
  expect(issue).toMatchObject({ field: 'approvals[0].role' });
  expect(issue!.message).toContain('Did you mean "communications"?');
});

test.each([
  ['x', 'a'.repeat(275), 285, 280],
  ['bluesky', 'a'.repeat(295), 305, 300],
  ['mastodon', 'a'.repeat(495), 505, 500],
] as const)('a %s text that the disclosure takes over its limit names the file and field', (network, text, length, limit) => {
  const content = base();
  content.spotlights[0]!.data.share = { [network]: text };
  const label = { x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' }[network];
  expect(validateContent(content, { ...SETTINGS, disclosure: '#OurWater' }, allImagesExist)).toEqual([
    {
      file: 'content/spotlights/2026/first-story.md',
      field: `share.${network}`,
      message: `with the disclosure "#OurWater" that site.yaml adds, this ${label} text is ${length} characters, over ${label}'s limit of ${limit}. Shorten it by ${length - limit}, or include the disclosure yourself where it reads best.`,
    },
  ]);
});

test('a share text that already holds the disclosure, or fits with it, is fine', () => {
  const content = base();
  content.spotlights[0]!.data.share = { x: `${'a'.repeat(270)} #ourwater`, bluesky: 'Short.' };
  expect(validateContent(content, { ...SETTINGS, disclosure: '#OurWater' }, allImagesExist)).toEqual([]);
});

test('an image problem names the file and the field that point to the image', () => {
  const issues = validateContent(base(), SETTINGS, {
    imageProblem: ({ file, src }) => (file.endsWith('amara-okafor.md') && src === './amara-okafor.jpg' ? 'is broken' : undefined),
  });
  expect(issues).toEqual([{ file: 'content/people/amara-okafor.md', field: 'photo.src', message: 'is broken' }]);
});

test('listImages finds every photo and hero with the file and field naming it', () => {
  const content = base();
  content.departments[0]!.data.photo = { src: './lab.webp', alt: 'Lab' };
  content.spotlights[0]!.data.hero = { src: './hero.png', alt: 'Hero' };
  expect(listImages(content)).toEqual([
    { file: 'content/people/amara-okafor.md', collection: 'people', field: 'photo.src', src: './amara-okafor.jpg' },
    { file: 'content/departments/water-lab.md', collection: 'departments', field: 'photo.src', src: './lab.webp' },
    { file: 'content/spotlights/2026/first-story.md', collection: 'spotlights', field: 'hero.src', src: './hero.png' },
  ]);
});
