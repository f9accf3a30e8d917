import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from '../helpers/buildSite.ts';
import { findLostContentWarnings } from '../../src/lib/output/lostContentWarnings.ts';

test.each([
  ['[WARN] [assets] Image content/people/a.heic could not be processed and was used unoptimized', 'copied as it is'],
  ['[WARN] [glob-loader] Duplicate id "ana" found in content/people/ana.md. Later items with the same id will overwrite earlier ones.', 'same id'],
  ['[WARN] [markdown] The remark plugin "remarkToc" is ignored by the satteri processor', 'did not run'],
])('flags a lost-content warning: %s', (line, meaning) => {
  const [found, ...rest] = findLostContentWarnings(`12:00:00 [build] ok\n${line}\n12:00:01 [build] Complete!`);
  expect(rest).toEqual([]);
  expect(found).toContain(line);
  expect(found).toContain(meaning);
});

test('an ordinary build log has no lost-content warnings', () => {
  expect(findLostContentWarnings('[build] 16 page(s) built in 3.14s\n[build] Complete!')).toEqual([]);
});

test('an error the content layer only logs fails the build, with the editor message that follows it', () => {
  const log = [
    '01:31:42 [ERROR] [glob-loader] Error rendering 2026/a-link.md: Failed to parse Markdown file "content/spotlights/2026/a-link.md":',
    'content/spotlights/2026/a-link.md:12:25: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
    '',
    '01:31:43 [build] generating static routes',
  ].join('\n');
  expect(findLostContentWarnings(log)).toEqual([
    [
      '01:31:42 [ERROR] [glob-loader] Error rendering 2026/a-link.md: Failed to parse Markdown file "content/spotlights/2026/a-link.md":',
      '    content/spotlights/2026/a-link.md:12:25: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
      '    means: a file could not be processed, so its page would be built without it',
    ].join('\n'),
  ]);
});

/** Lines of Astro's own source that print the warnings, so a change of wording in an upgrade fails here. */
test.each([
  ['astro/dist/assets/services/sharp.js', 'used unoptimized', 'copied as it is'],
  ['astro/dist/core/errors/errors-data.js', 'contains multiple entries with the same slug', 'same id'],
  ['astro/dist/core/config/validate.js', "processor doesn't run them", 'did not run'],
  ['@astrojs/mdx/dist/index.js', 'does not run remark/rehype plugins', 'did not run'],
])('%s still words its warning the way the build looks for: %s', async (file, phrase, meaning) => {
  const source = await readFile(path.join(ROOT, 'node_modules', file), 'utf8');
  const line = source.split('\n').find((candidate) => candidate.includes(phrase));
  expect(line, `${file} no longer says "${phrase}"`).toBeDefined();
  expect(findLostContentWarnings(line!).join('\n')).toContain(meaning);
});
