import { expect, test } from 'vitest';
import { summarizeBuildLog } from '../../src/lib/output/summarizeBuildLog.ts';

const ROOT = '/work/site';

test('schema errors become one problem per field, with the file relative to the project', () => {
  const log = [
    '01:32:08 [content] Syncing content',
    '[InvalidContentEntryDataError] people → ada-example data does not match collection schema.',
    '',
    '  links.linkedin: expected a full https:// address, such as https://www.linkedin.com/in/your-name. Links starting with "javascript:" are not accepted.',
    '  email: "email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.',
    '',
    '  Hint:',
    '    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.',
    '  Location:',
    '    /work/site/content/people/ada-example.md:0:0',
    '  Stack trace:',
    '    at getEntryData (/work/site/node_modules/astro/dist/content/utils.js:126:9)',
  ].join('\n');
  expect(summarizeBuildLog(log, ROOT)).toEqual([
    {
      file: 'content/people/ada-example.md',
      field: 'links.linkedin',
      message: 'expected a full https:// address, such as https://www.linkedin.com/in/your-name. Links starting with "javascript:" are not accepted.',
    },
    {
      file: 'content/people/ada-example.md',
      field: 'email',
      message: '"email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.',
    },
  ]);
});

test('content-rule errors keep their line and column, once even when Astro repeats them', () => {
  const log = [
    '01:31:42 [ERROR] [glob-loader] Error rendering 2026/a-link.md: Failed to parse Markdown file "/work/site/content/spotlights/2026/a-link.md":',
    'content/spotlights/2026/a-link.md:12:25: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
    '01:31:45 [ERROR] [vite] ✗ Build failed in 413ms',
    'content/spotlights/2026/a-link.md:12:25: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
  ].join('\n');
  expect(summarizeBuildLog(log, ROOT)).toEqual([
    {
      file: 'content/spotlights/2026/a-link.md',
      field: 'line 12, column 25',
      message: 'links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".',
    },
  ]);
});

test('a YAML syntax error in front matter names the line in the file and how to fix the usual causes', () => {
  const log = [
    '01:40:11 [content] Syncing content',
    'bad indentation of a mapping entry',
    '  Location:',
    '    /work/site/content/people/ada-example.md:1:9',
    '  Stack trace:',
    '    at generateError (file:///work/site/node_modules/js-yaml/dist/js-yaml.mjs:1140:12)',
  ].join('\n');
  expect(summarizeBuildLog(log, ROOT)).toEqual([
    {
      file: 'content/people/ada-example.md',
      field: 'line 2',
      message:
        'this is not valid YAML (bad indentation of a mapping entry). Check the indentation, and put text that contains a colon, # or quotes in double quotes, such as title: "Night shift: the sequel"',
    },
  ]);
});

test('a log without editor problems gives none', () => {
  expect(summarizeBuildLog('01:00:00 [build] 73 page(s) built in 21s\n01:00:00 [build] Complete!', ROOT)).toEqual([]);
});
