import { describe, expect, test } from 'vitest';
import { findWritten } from '../../src/lib/output/findWritten.ts';

const SOURCE = [
  '---',
  'title: A story',
  '---',
  'See [Ada](/people/ada-exmaple/) and [Zoë](/people/zoë-ng/).',
  '<a href="/search/?q=a&amp;type=Person">search</a> and [Ada again](/people/ada-exmaple/)',
].join('\n');

describe('where a link is written in its content file', () => {
  test.each([
    [
      'as written, each time',
      '/people/ada-exmaple/',
      [
        { line: 4, column: 11 },
        { line: 5, column: 67 },
      ],
    ],
    ['as typed before Markdown percent-encoded it', '/people/zo%C3%AB-ng/', [{ line: 4, column: 43 }]],
    ['with & written &amp; in raw HTML', '/search/?q=a&type=Person', [{ line: 5, column: 10 }]],
    ['nowhere', '/people/nobody/', []],
  ])('%s', (_, href, positions) => {
    expect(findWritten(SOURCE, href)).toEqual(positions);
  });
});
