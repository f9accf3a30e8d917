import { describe, expect, test } from 'vitest';
import { findNotices, formatNoticeLine, formatNotices } from '../../src/lib/output/buildNotices.ts';

describe('build notices', () => {
  test('are found in a log once each, whatever surrounds their line', () => {
    const notice = { file: 'content/spotlights/2026/a.md', message: 'withheld: it names Ada Example, who is not public.' };
    const log = ['12:00:01 [build] rendering', `12:00:02 ${formatNoticeLine(notice)}`, formatNoticeLine(notice), 'insource-notice: not json'].join('\n');
    expect(findNotices(log)).toEqual([notice]);
  });

  test('are listed grouped by file', () => {
    expect(
      formatNotices([
        { file: 'a.md', message: 'one' },
        { file: 'b.md', message: 'two' },
        { file: 'a.md', message: 'three' },
      ]),
    ).toBe(['Left out of this build (3), nothing to fix unless it is a surprise:', '', 'a.md', '  one', '  three', '', 'b.md', '  two'].join('\n'));
    expect(formatNotices([])).toBe('');
  });
});
