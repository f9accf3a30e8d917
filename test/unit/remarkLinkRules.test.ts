import { expect, test } from 'vitest';
import { linkScheme, remarkLinkRules } from '../../src/lib/markdown/remarkLinkRules.ts';
import { compileMdx } from './markdown.ts';

test.each([
  [
    '[click](javascript:alert(1))',
    'content/spotlights/2026/story.mdx:1:1: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
  ],
  ['[click](JaVaScRiPt:alert(1))', 'not "javascript:"'],
  [
    'Text.\n\n[click][x]\n\n[x]: vbscript:msgbox',
    'content/spotlights/2026/story.mdx:5:1: links may start with http:, https:, mailto:, tel: or point within the site, not "vbscript:".',
  ],
  [
    '[the old portrait](/_img/0123456789ab-480.jpg)',
    'content/spotlights/2026/story.mdx:1:1: links may not point at an image address (/_img/...); link to the page that shows the photo.',
  ],
])('rejects %j', async (source, message) => {
  await expect(compileMdx(source, [remarkLinkRules])).rejects.toThrow(message);
});

test('allows links to other sites, e-mail and pages of the site', async () => {
  const result = await compileMdx('[A link](https://example.org), [mail](mailto:a@example.org) and [Ana](/people/ana/).', [remarkLinkRules]);
  expect(String(result)).toContain('https://example.org');
});

test.each([
  ['https://example.org', 'https'],
  [' java\tscript:alert(1)', 'javascript'],
  ['/people/ana/', undefined],
  ['#section', undefined],
])('the scheme of %j is %s', (url, scheme) => {
  expect(linkScheme(url)).toBe(scheme);
});
