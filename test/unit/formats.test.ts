import { expect, test } from 'vitest';
import { extensionOfFormat, imageFormatOf, IMAGE_FORMATS, OUTPUT_FORMATS, PHOTO_EXTENSIONS } from '../../src/lib/images/formats.ts';

test('photos may be JPEG, PNG, WebP or AVIF, listed to editors in that order', () => {
  expect(PHOTO_EXTENSIONS).toEqual(['jpg', 'jpeg', 'png', 'webp', 'avif']);
});

test('published images are AVIF at every width, then one JPEG as the fallback every browser and mail client shows', () => {
  expect(OUTPUT_FORMATS.map(({ format, extension, mime, widths }) => [format, extension, mime, widths])).toEqual([
    ['avif', 'avif', 'image/avif', 'every'],
    ['jpeg', 'jpg', 'image/jpeg', 'fallback'],
  ]);
});

test.each([
  ['ana.JPG', 'jpeg', true],
  ['public/team/hero.webp', 'webp', true],
  ['scan.TIFF', 'tiff', true],
  ['phone.heic', 'heif', true],
  ['logo.svg', 'svg', false],
])('%s is a %s image, made of pixels: %s', (file, format, raster) => {
  expect(imageFormatOf(file)).toMatchObject({ format, raster });
});

test.each(['notes.txt', 'jpg', 'story.md', 'folder.jpg/readme'])('%s is not an image', (file) => {
  expect(imageFormatOf(file)).toBeUndefined();
});

test.each([
  ['jpeg', '.jpg'],
  ['tiff', '.tif'],
  ['heif', '.heic'],
  ['jp2', undefined],
])('a %s picture is usually named %s', (format, extension) => {
  expect(extensionOfFormat(format)).toBe(extension);
});

test('each extension appears once, in lowercase', () => {
  const extensions = IMAGE_FORMATS.map((row) => row.extension);
  expect(new Set(extensions).size).toBe(extensions.length);
  for (const extension of extensions) expect(extension).toBe(extension.toLowerCase());
});
