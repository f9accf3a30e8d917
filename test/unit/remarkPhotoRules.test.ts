import path from 'node:path';
import { expect, test } from 'vitest';
import { remarkPhotoRules } from '../../src/lib/markdown/remarkPhotoRules.ts';
import { compileMdx, photoFolder } from './markdown.ts';

const folder = photoFolder();
const compile = (source: string) => compileMdx(source, [[remarkPhotoRules, { root: folder.dir }]], path.join(folder.dir, 'story.mdx'));

test.each([
  ['without src', '<Photo alt="The beds" />', 'story.mdx:1:1: <Photo> needs src="./photo.jpg" and alt="what the photo shows".'],
  ['with blank alt text', 'Text.\n\n<Photo src="./beds.jpg" alt=" " />', 'story.mdx:3:1: <Photo> needs src="./photo.jpg" and alt="what the photo shows".'],
  ['of a missing file', '<Photo src="./bed.jpg" alt="The beds" />', 'story.mdx:1:1: <Photo>: the image "./bed.jpg" does not exist'],
  [
    'climbing out of its folder',
    '<Photo src="../people/wil.jpg" alt="A colleague" />',
    'story.mdx:1:1: <Photo>: the image "../people/wil.jpg": expected an image next to this file (such as ./photo.jpg); a path may not climb out of its folder with ../',
  ],
])('refuses a <Photo> %s', async (_, source, message) => {
  await expect(compile(source)).rejects.toThrow(message);
});

test('allows a <Photo> of a photo next to the file, with alt text', async () => {
  expect(String(await compile('<Photo src="./beds.jpg" alt="The filter beds" />'))).toContain('Photo');
});
