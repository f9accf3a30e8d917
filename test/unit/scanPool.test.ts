import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createScanPool } from '../../scripts/lib/scanPool.ts';
import { scanBuiltFile } from '../../src/lib/output/scanBuiltFile.ts';

const settings = { site: 'https://org.example/', contacts: ['press@org.example'] };
const FILES: [string, string][] = [
  ['people/ada/index.html', '<p>Write to <em>ada</em>@example.org or press@org.example</p>'],
  ['people/bo/index.html', '<p>Nothing to see</p>'],
  ['feed.json', '{"items":[{"content_html":"call +44 20 7946 0958"}]}'],
];

describe('the contact-details scan of built files', () => {
  test('reads a file as readers do, inflating gzip, and leaves out the site’s own contacts', () => {
    expect(scanBuiltFile('people/ada/index.html', Buffer.from(FILES[0]![1]), settings)).toEqual(['ada@example.org']);
    expect(scanBuiltFile('pagefind/fragment/x.pf_fragment', gzipSync('pagefind_dcd{"content":"ada@example.org"}'), settings)).toEqual(['ada@example.org']);
  });

  test.each([1, 2])('gives each file its own answer on %i thread(s), the same as scanning in this thread', async (size) => {
    const pool = createScanPool(size, settings);
    try {
      const answers = await Promise.all(FILES.map(([file, text]) => pool.scan(file, Buffer.from(text))));
      expect(answers).toEqual(FILES.map(([file, text]) => scanBuiltFile(file, Buffer.from(text), settings)));
      expect(answers.map((hits) => hits.length)).toEqual([1, 0, 1]);
    } finally {
      await pool.close();
    }
  });
});
