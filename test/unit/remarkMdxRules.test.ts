import { expect, test } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/components/content/registry.ts';
import { remarkMdxRules } from '../../src/lib/markdown/remarkMdxRules.ts';
import { compileMdx } from './markdown.ts';

const compile = (source: string) => compileMdx(source, [[remarkMdxRules, { components: CONTENT_COMPONENTS }]]);

test.each([
  ['import fs from "node:fs"\n\nText.', 'content/spotlights/2026/story.mdx:1:1: import and export are not allowed in content.'],
  ['Text {1 + 1}.', 'content/spotlights/2026/story.mdx:1:6: code in curly braces { } is not allowed in content.'],
  ['<script>alert(1)</script>', 'content/spotlights/2026/story.mdx:1:1: <script> is not an allowed component.'],
  ['<PulQuote>Hi</PulQuote>', 'did you mean <PullQuote>?'],
  ['<PullQuote onClick="x()">Hi</PullQuote>', '<PullQuote> has no onClick attribute.'],
  ['<PullQuote by={name}>Hi</PullQuote>', 'the by attribute of <PullQuote> must be plain text in quotes'],
  ['<PullQuote {...props}>Hi</PullQuote>', '<PullQuote> may not spread attributes with { }; write each attribute as name="text".'],
  ['<Photo src="./beds.jpg" alt="Beds" src="../people/wil.jpg" />', 'content/spotlights/2026/story.mdx:1:1: <Photo> has the src attribute twice; keep one.'],
  ['<Photo src="./beds.jpg" alt="Beds" alt="" />', '<Photo> has the alt attribute twice; keep one.'],
])('rejects %j before it is evaluated', async (source, message) => {
  await expect(compile(source)).rejects.toThrow(message);
});

test('allows plain Markdown and allowlisted components with text attributes', async () => {
  const result = await compile('## Hello\n\n<PullQuote by="Ana">Kind words</PullQuote>\n\n[A link](https://example.org) and [mail](mailto:a@example.org).');
  expect(String(result)).toContain('PullQuote');
});
