import { describe, expect, test } from 'vitest';
import { findBorrowedImages, type ImageUse } from '../../src/lib/images/findBorrowedImages.ts';
import { listTextImages } from '../../src/lib/images/listTextImages.ts';

const ada: ImageUse = { file: 'content/people/ada.md', collection: 'people', field: 'photo.src', src: './ada.jpg', hash: 'ada' };
const story = (name: string, hash: string, field = 'hero.src'): ImageUse => ({
  file: `content/spotlights/2026/${name}.md`,
  collection: 'spotlights',
  field,
  src: `./${name}.jpg`,
  hash,
});
const published = () => undefined;

describe('a portrait is published only as its own person’s photo', () => {
  test('its owner may show it', () => {
    expect(findBorrowedImages([ada], published)).toEqual([]);
  });

  test.each([
    ['another person', { file: 'content/people/wil.md', collection: 'people', field: 'photo.src', src: './wil.jpg', hash: 'ada' }],
    ['a department', { file: 'content/departments/works.md', collection: 'departments', field: 'photo.src', src: './team.jpg', hash: 'ada' }],
    ['a story hero, renamed', story('river-day', 'ada')],
    ['a story’s text', story('river-day', 'ada', 'the text')],
  ] as const)('not through %s', (_, use) => {
    const issues = findBorrowedImages([ada, use], published);
    expect(issues).toContainEqual({
      file: use.file,
      field: use.field,
      message: `the image "${use.src}" is the same picture as the portrait in content/people/ada.md. A portrait is published only as its own person's photo, under their consent; use another picture here.`,
    });
  });

  test('two people with one picture are both told', () => {
    const wil = { ...ada, file: 'content/people/wil.md', src: './wil.jpg' };
    expect(findBorrowedImages([ada, wil], published).map((issue) => issue.file)).toEqual(['content/people/ada.md', 'content/people/wil.md']);
  });
});

describe('a story’s picture appears nowhere before the story does', () => {
  const scheduled = (file: string) => (file.endsWith('launch.md') ? 'scheduled for 2027-02-15' : undefined);

  test('a published story may not show the hero of a scheduled one', () => {
    expect(findBorrowedImages([story('launch', 'h'), story('river-day', 'h', 'the text')], scheduled)).toEqual([
      {
        file: 'content/spotlights/2026/river-day.md',
        field: 'the text',
        message:
          'the image "./river-day.jpg" is the same picture as one in content/spotlights/2026/launch.md, which is not published (scheduled for 2027-02-15). It may appear only once that story does; use another picture here.',
      },
    ]);
  });

  test('nor may a department', () => {
    const department: ImageUse = { file: 'content/departments/works.md', collection: 'departments', field: 'photo.src', src: './works.jpg', hash: 'h' };
    expect(findBorrowedImages([story('launch', 'h'), department], scheduled)).toHaveLength(1);
  });

  test('two published stories, or a story with its own hero in its text, may share a picture', () => {
    expect(findBorrowedImages([story('a', 'h'), story('b', 'h')], published)).toEqual([]);
    expect(findBorrowedImages([story('launch', 'h'), story('launch', 'h', 'the text')], scheduled)).toEqual([]);
  });
});

describe('the images a text shows are found without rendering it', () => {
  test.each([
    ['a Markdown image', '![Beds](./beds.jpg)', 'md', ['./beds.jpg']],
    ['a reference image, percent-encoded', '![Beds][b]\n\n[b]: ./my%20beds.jpg', 'md', ['./my beds.jpg']],
    ['raw HTML', 'Text <img src="./caf%C3%A9.jpg" alt="x"> more', 'md', ['./café.jpg']],
    ['a block of raw HTML', '<figure>\n<img src="./a.jpg" alt="x">\n</figure>', 'md', ['./a.jpg']],
    ['a Photo in MDX', 'Text\n\n<Photo src="./crew.jpg" alt="Crew" />', 'mdx', ['./crew.jpg']],
    ['an encoded climb', '![x](%2E%2E/people/ada.jpg)', 'md', ['../people/ada.jpg']],
    ['no images', 'Just [a link](./x.jpg).', 'md', []],
  ] as const)('%s', (_, body, format, found) => {
    expect(listTextImages(body, format)).toEqual(found);
  });
});
