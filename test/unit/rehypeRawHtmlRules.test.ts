import { expect, test } from 'vitest';
import { photoFolder } from './markdown.ts';

const { render } = photoFolder();

test.each([
  [
    'a raw link to an image address',
    'See <a href="/_img/0123456789ab-480.jpg">this</a>.',
    'story.md:1:5: links may not point at an image address (/_img/...); link to the page that shows the photo.',
  ],
  ['a raw h1', 'Intro.\n\n<h1>Another title</h1>', 'story.md:3:1: a <h1> in the text would be a second page title; use <h2> or ## instead.'],
])('%s fails with file:line:col', async (_, markdown, message) => {
  await expect(render(markdown)).rejects.toThrow(message);
});

test('headings and links in raw HTML that break no rule are kept', async () => {
  expect(await render('<h2>Part one</h2>\n\n<a href="/people/ana/">Ana</a>')).toBe('<h2>Part one</h2>\n<p><a href="/people/ana/">Ana</a></p>');
});
