import { expect, test } from 'vitest';
import { findPublicImages } from '../../src/lib/images/findPublicImages.ts';
import { imageProblem } from '../../src/lib/images/checkImage.ts';

test.each([
  ['./a.jpg', { kind: 'missing' } as const, 'the image "./a.jpg" does not exist'],
  ['./a.jpg', { kind: 'unreadable' } as const, 'the image "./a.jpg" cannot be read as a picture: the file is damaged or is not an image'],
  [
    './a.jpg',
    { kind: 'image', format: 'png', width: 10, height: 10 } as const,
    'the image "./a.jpg" is named .jpg but holds a PNG picture; rename it to end in .png or export it again as JPEG',
  ],
  ['./a.png', { kind: 'image', format: 'svg', width: 10, height: 10 } as const, 'the image "./a.png" is named .png but holds a SVG picture'],
  ['./a.jpg', { kind: 'image', format: 'jpeg', width: 20_000, height: 20_000 } as const, 'the image "./a.jpg" is 20000 × 20000 pixels, too large to process'],
  ['./a.webp', { kind: 'image', format: 'webp', width: 12_000, height: 12_000 } as const, 'is 12000 × 12000 pixels, too large'],
])('%s %j is refused', (src, info, message) => {
  expect(imageProblem(src, info)).toContain(message);
});

test.each([
  ['./a.jpeg', 'jpeg'],
  ['./a.JPG', 'jpeg'],
  ['./a.avif', 'avif'],
  ['./a.webp', 'webp'],
])('%s holding %s at camera size is accepted', (src, format) => {
  expect(imageProblem(src, { kind: 'image', format, width: 8000, height: 6000 })).toBeUndefined();
});

test('raster images under public/ are refused; icons in SVG and other files are not', () => {
  const issues = findPublicImages(['public/team/ana.JPG', 'public/favicon.svg', 'public/hero.webp', 'public/robots.txt']);
  expect(issues.map((issue) => issue.file)).toEqual(['public/team/ana.JPG', 'public/hero.webp']);
  expect(issues[0]!.message).toContain('published byte for byte, with any location and camera data');
});
