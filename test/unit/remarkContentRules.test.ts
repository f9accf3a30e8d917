import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { expect, test } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/components/content/registry.ts';
import { linkScheme, remarkContentRules } from '../../src/lib/markdown/remarkContentRules.ts';

const compileMdx = (value: string) =>
  compile(new VFile({ value, path: `${process.cwd()}/content/spotlights/2026/story.mdx` }), {
    remarkPlugins: [[remarkContentRules, { components: CONTENT_COMPONENTS }]],
  });

test.each([
  ['import fs from "node:fs"\n\nText.', 'content/spotlights/2026/story.mdx:1:1: import and export are not allowed in content.'],
  ['Text {1 + 1}.', 'content/spotlights/2026/story.mdx:1:6: code in curly braces { } is not allowed in content.'],
  ['<script>alert(1)</script>', 'content/spotlights/2026/story.mdx:1:1: <script> is not an allowed component.'],
  ['<PulQuote>Hi</PulQuote>', 'did you mean <PullQuote>?'],
  ['<PullQuote onClick="x()">Hi</PullQuote>', '<PullQuote> has no onClick attribute.'],
  ['<PullQuote by={name}>Hi</PullQuote>', 'the by attribute of <PullQuote> must be plain text in quotes'],
  ['<Photo src="./beds.jpg" alt="Beds" src="../people/wil.jpg" />', 'content/spotlights/2026/story.mdx:1:1: <Photo> has the src attribute twice; keep one.'],
  ['<Photo src="./beds.jpg" alt="Beds" alt="" />', '<Photo> has the alt attribute twice; keep one.'],
  [
    '[click](javascript:alert(1))',
    'content/spotlights/2026/story.mdx:1:1: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
  ],
  ['[click](JaVaScRiPt:alert(1))', 'not "javascript:"'],
  ['# Second title', 'a heading with a single # is the page title'],
  [
    '[the old portrait](/_img/0123456789ab-480.jpg)',
    'content/spotlights/2026/story.mdx:1:1: links may not point at an image address (/_img/...); link to the page that shows the photo.',
  ],
])('rejects %j before it is evaluated', async (source, message) => {
  await expect(compileMdx(source)).rejects.toThrow(message);
});

test('allows plain Markdown and allowlisted components with text attributes', async () => {
  const result = await compileMdx('## Hello\n\n<PullQuote by="Ana">Kind words</PullQuote>\n\n[A link](https://example.org) and [mail](mailto:a@example.org).');
  expect(String(result)).toContain('PullQuote');
});

test.each([
  ['https://example.org', 'https'],
  [' java\tscript:alert(1)', 'javascript'],
  ['/people/ana/', undefined],
  ['#section', undefined],
])('the scheme of %j is %s', (url, scheme) => {
  expect(linkScheme(url)).toBe(scheme);
});
