import path from 'node:path';
import { expect, test } from 'vitest';
import { remarkPhotos } from '../../src/lib/markdown/remarkPhotos.ts';
import { compileMdx } from './markdown.ts';

test('each <Photo> is told the content file it is in, relative to the root, to resolve its src against', async () => {
  const result = String(
    await compileMdx('<Photo src="./beds.jpg" alt="Beds" />\n\nText <Photo src="./b.jpg" alt="B" />.', [[remarkPhotos, { root: process.cwd() }]]),
  );
  const entryFile = path.join('content', 'spotlights', '2026', 'story.mdx');
  expect(result.match(new RegExp(`entryFile: "${entryFile}"`, 'g'))).toHaveLength(2);
});
