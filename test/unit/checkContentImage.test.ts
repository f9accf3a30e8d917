import path from 'node:path';
import { expect, test } from 'vitest';
import { checkContentImage } from '../../src/lib/images/checkContentImage.ts';

const person = path.join(import.meta.dirname, '..', 'fixtures', 'site', 'people', 'paula-public.md');

test('a photo next to its content file is accepted', async () => {
  expect(await checkContentImage(person, './paula-public.jpg')).toBeUndefined();
});

test.each([
  ['a misspelt file name', './paula-publik.jpg', 'the image "./paula-publik.jpg" does not exist'],
  [
    'an address on another site',
    'https://tracker.example/a.jpg',
    'the image "https://tracker.example/a.jpg": expected a relative path to an image next to this file',
  ],
  ['a path that climbs out of its folder', '../spotlights/2026/dawn.jpg', 'the image "../spotlights/2026/dawn.jpg": expected an image next to this file'],
])('%s is refused with the path as written', async (_, src, message) => {
  expect(await checkContentImage(person, src)).toContain(message);
});
