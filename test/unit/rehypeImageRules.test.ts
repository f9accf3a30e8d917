import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { photoFolder, sitePlugins } from './markdown.ts';

const { render } = photoFolder();

test.each([
  [
    'an image from another site',
    '<img src="https://tracker.example/p.gif" alt="A pixel">',
    'story.md:1:1: the image "https://tracker.example/p.gif": expected a relative path to an image next to this file (such as ./photo.jpg), not a URL or an absolute path.',
  ],
  ['a data: image', '![x](data:image/png;base64,AAAA)', 'story.md:1:1: the image "data:image/png;base64,AAAA": expected a relative path'],
  ['an image without alt text', 'Text\n\n![](./beds.jpg)', 'story.md:3:1: the image "./beds.jpg" needs alt text that says what it shows'],
  [
    'an SVG',
    '![Logo](./logo.svg)',
    'story.md:1:1: the image "./logo.svg": expected a jpg, jpeg, png, webp, avif file; SVG and other formats are not accepted for photos.',
  ],
  ['a missing file', '![Beds](./bed.jpg)', 'story.md:1:1: the image "./bed.jpg" does not exist'],
  [
    'a path that climbs out of the folder',
    'Text\n\n![A colleague](../people/wil.jpg)',
    'story.md:3:1: the image "../people/wil.jpg": expected an image next to this file (such as ./photo.jpg); a path may not climb out of its folder with ../',
  ],
])('%s fails with file:line:col', async (_, markdown, message) => {
  await expect(render(markdown)).rejects.toThrow(message);
});

test.each([
  ['spaces, written in angle brackets', '![The beds](<./my photo.jpg>)'],
  ['spaces, percent-encoded', '![The beds](./my%20photo.jpg)'],
  ['an accent and a space, percent-encoded', '![The beds](./caf%C3%A9%20beds.jpg)'],
  ['an accent and a space, in HTML', '<img src="./café beds.jpg" alt="The beds">'],
])('an image whose file name has %s is found', async (_, markdown) => {
  expect(await render(markdown)).toMatch(/<picture>/);
});

test.each([
  ['encoded dots', '![A colleague](%2E%2E/people/wil.jpg)', '../people/wil.jpg'],
  ['an encoded slash', '![A colleague](..%2Fpeople%2Fwil.jpg)', '../people/wil.jpg'],
  ['encoded dots in HTML', '<img src="./%2e%2e/people/wil.jpg" alt="A colleague">', './../people/wil.jpg'],
])('a path that climbs out once decoded (%s) is refused, as the file system would read it', async (_, markdown, decoded) => {
  await expect(render(markdown)).rejects.toThrow(`the image "${decoded}": expected an image next to this file`);
});

test("a person's bio may not hold images, which would skip the photo consent", async () => {
  await expect(render('Ana.\n\n![Ana at work](../beds.jpg)', 'people/ana.md')).rejects.toThrow(
    "people/ana.md:3:1: a bio has no images: a person's picture is the photo field, which is shown only when their consent includes photo.",
  );
});

describe('an image inside an MDX component is checked and re-encoded like any other', () => {
  const folder = photoFolder();
  const compileStory = (value: string) =>
    compile(new VFile({ value, path: path.join(folder.dir, 'story.mdx') }), { ...sitePlugins(folder.dir), format: 'mdx' }).then(String);

  test('a climbing path inside a pull quote is refused', async () => {
    await expect(compileStory('<PullQuote by="Ana">\n\n![A colleague](../people/wil.jpg)\n\n</PullQuote>')).rejects.toThrow(
      'the image "../people/wil.jpg": expected an image next to this file',
    );
  });

  test('a photo inside a pull quote becomes a picture, and its path is not published', async () => {
    const code = await compileStory('<PullQuote by="Ana">\n\n![The beds](./beds.jpg)\n\n</PullQuote>');
    expect(code).toContain('/_img/');
    expect(code).not.toContain('beds.jpg');
  });
});
