import { describe, expect, test } from 'vitest';
import { listTextImages } from '../../src/lib/images/listTextImages.ts';

describe('listTextImages', () => {
  test.each([
    ['a Markdown image', 'Before ![A crew](./crew%20photo.jpg) after', 'md', ['./crew photo.jpg']],
    ['a reference image', '![A crew][c]\n\n[c]: ./crew.jpg', 'md', ['./crew.jpg']],
    ['an HTML image in capitals', '<P><IMG SRC="./crew.jpg" ALT="A crew"></P>', 'md', ['./crew.jpg']],
    ['a Photo component', '<Photo src="./crew.jpg" alt="A crew" />', 'mdx', ['./crew.jpg']],
  ] as const)('lists %s', (_, body, format, expected) => {
    expect(listTextImages(body, format)).toEqual(expected);
  });

  test.each([
    ['plain text', 'The crew met at dawn. [A link](./page/) and an exclamation! [not an image]'],
    ['a word that starts like the tag', 'An <imgur> tag and a <photograph>'],
  ])('lists nothing in %s', (_, body) => {
    expect(listTextImages(body, 'md')).toEqual([]);
  });
});
