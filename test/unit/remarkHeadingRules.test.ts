import { expect, test } from 'vitest';
import { remarkHeadingRules } from '../../src/lib/markdown/remarkHeadingRules.ts';
import { compileMdx } from './markdown.ts';

test('refuses a heading with a single #, which would be a second page title', async () => {
  await expect(compileMdx('Intro.\n\n# Second title', [remarkHeadingRules])).rejects.toThrow(
    'content/spotlights/2026/story.mdx:3:1: a heading with a single # is the page title; start headings in the text with ## instead.',
  );
});

test('allows headings from ## down', async () => {
  expect(String(await compileMdx('## Part one\n\n### Detail', [remarkHeadingRules]))).toContain('Part one');
});
