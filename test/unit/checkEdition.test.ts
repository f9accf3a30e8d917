import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkEdition, GMAIL_CLIP_BYTES } from '../../src/lib/newsletter/checkEdition.ts';
import { run } from '../../scripts/newsletter.ts';

const SITE = 'https://org.example/';
const built = new Set(['/_img/a-320.jpg']);
const options = { siteUrl: SITE, exists: (p: string) => built.has(p) };
const img = (attrs: string) => `<img ${attrs}>`;

describe('checks of a built email edition', () => {
  test('a good edition has no warnings', () => {
    expect(checkEdition(img('src="https://org.example/_img/a-320.jpg" alt="" width="64" height="80"'), options)).toEqual([]);
  });

  test('over Gmail’s clipping size', () => {
    const [warning] = checkEdition(`<p>${'x'.repeat(GMAIL_CLIP_BYTES)}</p>`, options);
    expect(warning).toMatch(/^The HTML is 102\.0 KB, over Gmail's 102\.0 KB: Gmail will clip it\./);
  });

  test('images missing from the build, relative, or without alt text or size', () => {
    expect(
      checkEdition(
        [
          img('src="https://org.example/_img/gone.jpg" alt="x" width="1" height="1"'),
          img('src="/_img/a-320.jpg" alt="x" width="1" height="1"'),
          img('src="https://org.example/_img/a-320.jpg" width="1"'),
          img('src="https://elsewhere.example/x.jpg" alt="" width="1" height="1"'),
        ].join(''),
        options,
      ),
    ).toEqual([
      'The image https://org.example/_img/gone.jpg is missing from the built site: build again before sending.',
      'An image has no absolute address ("/_img/a-320.jpg"): mail clients cannot load it.',
      'The image https://org.example/_img/a-320.jpg has no alt text.',
      'The image https://org.example/_img/a-320.jpg has no width or height.',
    ]);
  });
});

describe('npm run newsletter', () => {
  async function capture(args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const [write, error] = [process.stdout.write, console.error];
    process.stdout.write = ((chunk: string) => out.push(chunk)) as never;
    console.error = (message: string) => err.push(message);
    try {
      return { code: await run(args, { INSOURCE_CONTENT: 'test/fixtures/site' }), out: out.join(''), err: err.join('\n') };
    } finally {
      process.stdout.write = write;
      console.error = error;
    }
  }

  test('prints the editions, the email size and a warning for a missing image', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'newsletter-'));
    await mkdir(path.join(dist, 'newsletter/2026-02'), { recursive: true });
    await writeFile(path.join(dist, 'newsletter/2026-02/email.html'), img('src="https://fixture.example/_img/gone.jpg" alt="" width="1" height="1"'));
    const { code, out } = await capture(['2026-02', '--dist', dist]);
    expect(code).toBe(0);
    expect(out).toContain(`${path.join(path.relative(process.cwd(), dist), 'newsletter/2026-02/email.html')}  0.1 KB`);
    expect(out).toContain('email.txt');
    expect(out).toContain('warning: The image https://fixture.example/_img/gone.jpg is missing from the built site');
  });

  test('says how to get an edition that is not built, and refuses a name that is not a month', async () => {
    const missing = await capture(['2030-01', '--dist', tmpdir()]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Is content/newsletter/2030-01.md approved and dated today or earlier? Then run npm run build.');
    expect((await capture(['november'])).code).toBe(2);
  });
});
