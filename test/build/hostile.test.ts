import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { OUT, type BuildResult } from '../helpers/buildSite.ts';
import { IMAGE_PRESETS } from '../../src/data/images.ts';
import { optimizeImage } from '../../src/lib/images/optimizeImage.ts';
import { scanForContacts } from '../helpers/scanForContacts.ts';
import { listFiles } from '../../scripts/lib/files.ts';
import { readPage } from '../helpers/dist.ts';
import { buildHostile, HOSTILE } from '../helpers/hostile.ts';
import { decompressed } from '../helpers/pagefind.ts';

/** The content folder of a case, as the build names it in messages. */
const at = (name: string, file: string) => `test/.out/hostile-${name}-content/${file}`;

/** The end of the message for contact details in the output. */
const NEVER_PUBLISHED =
  "People's e-mail addresses and phone numbers are never published: remove them from the content. If one is the organisation's own, list it under contacts in site.yaml.";
/** A page of the search index, whose file Pagefind names by a hash of the page's content. */
const FRAGMENT = 'pagefind/fragment/<hash>.pf_fragment';
const withoutFragmentHashes = (result: BuildResult): BuildResult => ({
  ...result,
  output: result.output.replace(/pagefind\/fragment\/\w+\.pf_fragment/g, FRAGMENT),
});

/** Asserts that a build failed with each message, and left nothing behind that could be deployed. */
function expectRefused(result: BuildResult, ...messages: string[]) {
  for (const message of messages) expect(result.output).toContain(message);
  expect(result.code).not.toBe(0);
  expect(existsSync(result.outDir)).toBe(false);
  expect(existsSync(`${result.outDir}.partial`)).toBe(false);
}

/** Adds files whose names differ only in Unicode normalisation, case or a trailing space: they cannot be committed portably. */
async function addClashingNames(dir: string) {
  const source = path.join(dir, 'people', 'ada-example.md');
  for (const name of ['zo\u00eb', 'zoe\u0308', 'Kai', 'kai', 'mo ', 'mo']) await cp(source, path.join(dir, 'people', `${name}.md`));
}

/** Adds symbolic links: a story that links to a file outside the repository, and a photo that links to a portrait. */
async function addSymbolicLinks(dir: string) {
  const outside = path.join(OUT, 'hostile-stray-files-outside.md');
  await cp(path.join(dir, 'spotlights', '2026', 'first-light.md'), outside);
  await symlink(outside, path.join(dir, 'spotlights', '2026', 'linked.md'));
  await symlink(path.join(HOSTILE, 'raw-html', 'spotlights', '2026', 'works.jpg'), path.join(dir, 'people', 'ada-example.jpg'));
}

/**
 * Failing cases whose messages one build reports together, so they are laid over the base at once: every
 * Markdown file that breaks a content rule is reported at file:line:col, and the file checks report every
 * file. An MDX error stops the build at its first file and a schema error at its first entry, so those
 * cases build alone, as do cases that change the same file (most change people/ada-example.md).
 */
const TOGETHER: Record<'content-rules' | 'file-checks', { layers: readonly string[]; arrange?: (dir: string) => Promise<void> }> = {
  'content-rules': { layers: ['link-scheme', 'image-url', 'image-outside', 'image-address'] },
  'file-checks': {
    layers: ['duplicate-ids', 'stray-files', 'photo-public'],
    arrange: async (dir) => {
      await addClashingNames(dir);
      await addSymbolicLinks(dir);
    },
  },
};
type Group = keyof typeof TOGETHER;
const refusals = new Map<Group, Promise<BuildResult>>();

/** The build of a group of failing cases, run once. */
function refused(group: Group): Promise<BuildResult> {
  if (!refusals.has(group)) refusals.set(group, buildHostile(group, TOGETHER[group].arrange, TOGETHER[group].layers));
  return refusals.get(group)!;
}

describe('hostile content is refused before anything runs, with file:line:col or file and field', () => {
  test('an MDX import that would write a file', async () => {
    const result = await buildHostile('mdx-import');
    expectRefused(
      result,
      `${at('mdx-import', 'spotlights/2026/an-import.mdx')}:14:1: import and export are not allowed in content. The components in src/components/content/ can be used without importing them.`,
    );
    expect(existsSync('test/.out/hostile-mdx-import-owned.txt')).toBe(false);
  });

  test('an MDX expression that would read the environment', async () => {
    expectRefused(
      await buildHostile('mdx-expression'),
      `${at('mdx-expression', 'spotlights/2026/an-expression.mdx')}:12:20: code in curly braces { } is not allowed in content. To show a brace as text, write \\{ or \\}.`,
    );
  });

  test('an element that is not an allowlisted component, with an event handler', async () => {
    expectRefused(
      await buildHostile('mdx-component'),
      `${at('mdx-component', 'spotlights/2026/a-component.mdx')}:14:1: <img> is not an allowed component. Content may use <Photo>, <PullQuote>.`,
    );
  });

  test('a Markdown link to JaVaScRiPt: fails even when the file was built before', async () => {
    const message = `${at('content-rules', 'spotlights/2026/a-link.md')}:12:25: links may start with http:, https:, mailto:, tel: or point within the site, not "javascript:".`;
    expectRefused(await refused('content-rules'), message);
    // The content cache remembers a file that failed to render as an empty page; a rebuild must still refuse it.
    expectRefused(await buildHostile('content-rules', undefined, TOGETHER['content-rules'].layers), message);
  });

  test('javascript:, data: and JaVaScRiPt: in link fields', async () => {
    const result = await buildHostile('url-fields');
    expectRefused(
      result,
      'links.linkedin: expected a full https:// address, such as https://www.linkedin.com/in/your-name. Links starting with "javascript:" are not accepted.',
      'links.mastodon: expected a full https:// address, such as https://mastodon.social/@your-name. Links starting with "data:" are not accepted.',
      'links.website: expected a full https:// address, such as https://your-name.example. Links starting with "javascript:" are not accepted.',
    );
    expect(result.output).toContain(at('url-fields', 'people/ada-example.md'));
  });

  test('an image from another site, which would tell it who reads the story', async () => {
    expectRefused(
      await refused('content-rules'),
      `${at('content-rules', 'spotlights/2026/remote-image.md')}:14:1: the image "https://tracker.example/pixel.gif?reader=1": expected a relative path to an image next to this file (such as ./photo.jpg), not a URL or an absolute path.`,
    );
  });

  test("a photo path that climbs into another folder, such as a withdrawn colleague's portrait", async () => {
    expectRefused(
      await refused('content-rules'),
      `${at('content-rules', 'spotlights/2026/climb.md')}:12:1: the image "../../people/ada-example.jpg": expected an image next to this file (such as ./photo.jpg); a path may not climb out of its folder with ../, since the picture might be someone else's.`,
    );
  });

  test('a link to the address of an image made for an unpublished story', async () => {
    expectRefused(
      await refused('content-rules'),
      `${at('content-rules', 'spotlights/2026/old-address.md')}:12:5: links may not point at an image address (/_img/...); link to the page that shows the photo.`,
    );
  });

  test('a link to a page that does not exist, in a story and written as the site’s address in a bio', async () => {
    const typo = (file: string, line: string, href: string, closest: string) =>
      `${at('link-typo', file)}:${line}: the link to "${href}" goes to no page of the site. The closest existing page is "${closest}".`;
    expectRefused(
      await buildHostile('link-typo'),
      'Links in the text go to pages that do not exist:\n' +
        `  ${typo('people/ada-example.md', '13:34', 'https://hostile.example/spotlight/first-light', '/spotlights/first-light/')}\n` +
        `  ${typo('spotlights/2026/a-typo.md', '12:52', '/people/ada-exmaple/', '/people/ada-example/')}\n` +
        'Correct the address, or remove the link.',
    );
  });

  test('an e-mail address and phone number typed into a bio, found on the page and in the search index', async () => {
    const written = `written in ${at('contact-in-text', 'people/ada-example.md')}`;
    const on = `on people/ada-example/index.html, ${FRAGMENT}`;
    expectRefused(
      withoutFragmentHashes(await buildHostile('contact-in-text')),
      `The site would publish contact details:\n  "+44 7700 900123" ${on}, ${written}\n  "ada.example@hostile.example" ${on}, ${written}\n${NEVER_PUBLISHED}`,
    );
  });

  test('contact details in disguise: markup, entities, invisible and no-break spaces, dashes, slashes, dots and encoded links', async () => {
    const story = 'spotlights/2026/night-numbers.md';
    // The disguises nobody can see in an editor must really be in the file.
    const source = await readFile(path.join(HOSTILE, 'contact-disguised', story), 'utf8');
    for (const disguise of ['+44\u00a07700\u00a0900102', '07700\u202f900103', '0151\u2013496\u20130104', '0151  496  0105']) expect(source).toContain(disguise);
    // The page first, then the feeds that carry the whole story (the site's, its department's, JSON Feed), then the search index.
    const hit = (contact: string, inIndex = true) =>
      `  "${contact}" on spotlights/night-numbers/index.html, departments/works/rss.xml, feed.json and ${inIndex ? 2 : 1} more, written in ${at('contact-disguised', story)}`;
    expectRefused(
      withoutFragmentHashes(await buildHostile('contact-disguised')),
      [
        'The site would publish contact details:',
        // The text as readers see it, on the page and in the search index.
        hit('ada.split@hostile.example'),
        hit('ada.entity@hostile.example'),
        hit('ada.named@hostile.example'),
        hit('ada.zero@hostile.example'),
        hit('+44 7700 900102'),
        hit('07700 900103'),
        hit('0151\u2013496\u20130104'),
        hit('0151 496 0105'),
        hit('0151/496/0106'),
        hit('0151.496.0107'),
        // Link targets, which the search index does not hold.
        hit('ada.percent@hostile.example', false),
        hit('+447700900100', false),
        hit('ada.query@hostile.example', false),
        hit('447700900101', false),
        NEVER_PUBLISHED,
      ].join('\n'),
    );
  });

  test('an SVG photo, which can carry script', async () => {
    expectRefused(
      await buildHostile('photo-svg'),
      `${at('photo-svg', 'people/ada-example.md')}\n  photo.src: expected a jpg, jpeg, png, webp, avif file; SVG and other formats are not accepted for photos`,
    );
  });

  test('a photo that is not a picture at all', async () => {
    expectRefused(
      await buildHostile('photo-unreadable'),
      `${at('photo-unreadable', 'people/ada-example.md')}\n  photo.src: the image "./ada-example.jpg" cannot be read as a picture: the file is damaged or is not an image. Export it again as JPEG, PNG, WebP or AVIF`,
    );
  });

  test('a 20000 × 20000 photo', async () => {
    expectRefused(
      await buildHostile('photo-huge'),
      `${at('photo-huge', 'people/ada-example.md')}\n  photo.src: the image "./ada-example.png" is 20000 × 20000 pixels, too large to process; photos may be at most 16383 pixels on a side and 120 megapixels. Resize it (3000 pixels on the long side is plenty)`,
    );
  });

  test('a PNG named .jpg', async () => {
    expectRefused(
      await buildHostile('photo-wrong-type'),
      `${at('photo-wrong-type', 'people/ada-example.md')}\n  photo.src: the image "./ada-example.jpg" is named .jpg but holds a PNG picture; rename it to end in .png or export it again as JPEG`,
    );
  });

  test('an oversized photo in the text of a story', async () => {
    expectRefused(
      await buildHostile('photo-inline'),
      `${at('photo-inline', 'spotlights/2026/inline-photo.mdx')}:14:1: <Photo>: the image "./night-shift.png" is 20000 × 20000 pixels, too large to process; photos may be at most 16383 pixels on a side and 120 megapixels. Resize it (3000 pixels on the long side is plenty).`,
    );
  });

  test('a photo under public/, which would be published with its metadata', async () => {
    expectRefused(
      await refused('file-checks'),
      'test/hostile/photo-public/public/team/ada.jpg\n  (file): pictures in public/ are published byte for byte, with any location and camera data they carry.',
    );
  });

  test('files that resolve to one id: year folders, NFC and NFD, case, a trailing space', async () => {
    const result = await refused('file-checks');
    expectRefused(
      result,
      `${at('file-checks', 'spotlights/2025/first-light.md')}\n  (file name): "${at('file-checks', 'spotlights/2026/first-light.md')}" has the same id "first-light" as this file; ids must be unique in spotlights, across year folders, so one would silently replace the other.`,
      `"${at('file-checks', 'people/kai.md')}" has the same id "kai" as this file`,
      `"${at('file-checks', 'people/mo.md')}" has the same id "mo" as this file`,
      `"${at('file-checks', 'people/zo\u00eb.md')}" has the same id "zoe" as this file; ids must be unique in people, so one would silently replace the other. Rename or remove one of them. The two names look the same but are written with different Unicode characters, such as ë typed as one letter or as e followed by a dot mark.`,
    );
  });

  test('a symbolic link to a file outside the repository, a photo that links to a portrait, and a story saved as .MD', async () => {
    const result = await refused('file-checks');
    const link =
      'this is a symbolic link, and content must be real files in the repository: a link can point outside it or at another person’s photo. Replace the link with the file itself.';
    expectRefused(
      result,
      `${at('file-checks', 'people/ada-example.jpg')}\n  (file): ${link}`,
      `${at('file-checks', 'spotlights/2026/linked.md')}\n  (file): ${link}`,
      `${at('file-checks', 'spotlights/2026/second-light.MD')}\n  (file): this file is not read: files in ${at('file-checks', 'spotlights')}/ must end in .md or .mdx (lowercase), so it would be left out of the site without a word. Rename it to second-light.md.`,
    );
  });

  test("a withdrawn colleague's portrait, renamed, as another person's photo, and a scheduled story's picture in a published one", async () => {
    expectRefused(
      await buildHostile('borrowed-photo'),
      `${at('borrowed-photo', 'people/wil-example.md')}\n  photo.src: the image "./wil-example.jpg" is the same picture as the portrait in ${at('borrowed-photo', 'people/ada-example.md')}. A portrait is published only as its own person's photo, under their consent; use another picture here.`,
      `${at('borrowed-photo', 'spotlights/2026/harbour.md')}\n  the text: the image "./harbour.jpg" is the same picture as one in ${at('borrowed-photo', 'spotlights/2027/launch.md')}, which is not published (scheduled for 2027-02-15). It may appear only once that story does; use another picture here.`,
    );
  });

  test('a name made only of invisible characters', async () => {
    expectRefused(
      await buildHostile('invisible-name'),
      `${at('invisible-name', 'people/ada-example.md')}\n  name: expected the person’s name; it is empty or holds only invisible characters`,
    );
  });

  test('dates that YAML rolls over into another day, which would stretch a consent or record an approval on a day that never was', async () => {
    expectRefused(
      await buildHostile('rolled-over-dates'),
      `${at('rolled-over-dates', 'people/ada-example.md')}\n  consent.expires: "2026-11-31" is not a date: November 2026 has 30 days (dates are written YYYY-MM-DD, for example 2026-03-14)`,
      `${at('rolled-over-dates', 'spotlights/2026/first-light.md')}\n  approvals[0].date: "2026-13-01" is not a date: there is no month 13, months run from 01 to 12; if 13 is the day, write 2026-01-13`,
    );
  });

  test('an e-mail address and phone number typed as fields', async () => {
    const result = await buildHostile('unknown-keys');
    expectRefused(
      result,
      `${at('unknown-keys', 'people/ada-example.md')}\n  email: "email" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.\n  phone: "phone" is not a field: contact details such as e-mail addresses and phone numbers are never published. Remove it.`,
    );
  });
});

describe('hostile content that is left out without failing the build', () => {
  test('a story naming a withdrawn person, hidden by markup, is withheld and the build summary says which and why', async () => {
    const result = await buildHostile('private-name');
    expect(result.code).toBe(0);
    expect(result.output).toContain(
      [
        'Left out of this build (1), nothing to fix unless it is a surprise:',
        '',
        at('private-name', 'spotlights/2026/cover-shift.md'),
        '  withheld: it names beatrix-withdrawn (not public: consent is withdrawn) in body',
      ].join('\n'),
    );
    expect(existsSync(path.join(result.outDir, 'spotlights', 'first-light', 'index.html'))).toBe(true);
    expect(existsSync(path.join(result.outDir, 'spotlights', 'cover-shift'))).toBe(false);
    const texts = await Promise.all(
      (await listFiles(result.outDir)).filter((file) => /\.(html|xml|json|txt)$/.test(file)).map((file) => readFile(path.join(result.outDir, file), 'utf8')),
    );
    expect(texts.join('\n').toLowerCase()).not.toContain('hiddenworth');
  });
});

/** The address the draft's picture in image-text-address gets, as the build will name it. */
let draftImageAddress = '';

/** Writes the address the draft's picture will get into the story that mentions it as text. */
async function writeDraftImageAddress(dir: string) {
  const image = await optimizeImage(path.join(dir, 'spotlights', '2026', 'secret-plans.jpg'), {
    ...IMAGE_PRESETS.inline,
    cacheDir: path.join(OUT, 'hostile-image-text-address-probe'),
  });
  draftImageAddress = image.src;
  const story = path.join(dir, 'spotlights', '2026', 'mentions-address.md');
  await writeFile(story, (await readFile(story, 'utf8')).replaceAll('PATH', draftImageAddress));
}

/** The cases that publish, and combined's own files, laid over the base together: one build, run once. */
const PUBLISHING = ['raw-html', 'jsonld-name', 'unpublished-links', 'image-text-address', 'combined'];
let published: Promise<BuildResult> | undefined;

/** The build of all the publishing cases. */
function build(): Promise<BuildResult> {
  published ??= buildHostile('combined', writeDraftImageAddress, PUBLISHING).then((result) => {
    if (result.code !== 0) throw new Error(`The publishing hostile cases did not build:\n${result.output}`);
    return result;
  });
  return published;
}

/** The output folder of the publishing cases. */
const site = async (): Promise<string> => (await build()).outDir;

describe('hostile content that may publish is published as harmless text', () => {
  /** The GPS-tagged works.jpg as the site publishes it: AVIF at each width and one JPEG, named by a hash of it and its encoding. */
  const picture = (alt: string, hash: string) => {
    const srcset = [480, 800, 900].map((w) => `/_img/${hash}-${w}.avif ${w}w`).join(', ');
    return (
      `<picture><source type="image/avif" srcset="${srcset}" sizes="(min-width: 72rem) 42rem, 92vw">` +
      `<img src="/_img/${hash}-800.jpg" alt="${alt}" width="900" height="600" loading="lazy" decoding="async"></picture>`
    );
  };
  /** The hash that names the encodings of works.jpg, read from the page that shows it. */
  const worksHash = async () => /\/_img\/([a-f0-9]{12})-480\.avif/.exec((await readPage(await site(), '/spotlights/raw-html/')).documentElement.outerHTML)![1]!;

  test('raw HTML keeps its formatting and images, and loses script, handlers, javascript: links, frames and styles', async () => {
    const doc = await readPage(await site(), '/spotlights/raw-html/');
    const body = doc.querySelector('.story')!.innerHTML.replace(/\n+/g, '\n').trim();
    expect(body).toBe(
      [
        '<p>Before the script.</p>',
        '<p>A paragraph with a <strong>bold</strong> word and a <a>sneaky link</a>.</p>',
        picture('The works at dawn', await worksHash()),
        `<p>${picture('The filter beds', await worksHash())}</p>`,
        '<table><thead><tr><th>Shift</th><th>Start</th></tr></thead><tbody><tr><td>Early</td><td>05:00</td></tr></tbody></table>',
        '<figure><blockquote>Water first.</blockquote><figcaption>Ada</figcaption></figure>',
        '<p><a href="https://example.org/filters">Filter notes</a> and <abbr title="Parts per million">ppm</abbr>.</p>',
      ].join('\n'),
    );
  });

  test('the photo in the text, GPS and all, is published only as re-encodes without metadata', async () => {
    const out = await site();
    const hash = await worksHash();
    const published = (await listFiles(out)).filter((file) => file.startsWith(`_img/${hash}-`)).map((file) => path.join(out, file));
    expect(published.map((file) => path.basename(file)).sort()).toEqual([`${hash}-480.avif`, `${hash}-800.avif`, `${hash}-800.jpg`, `${hash}-900.avif`]);
    const tags = (files: string[]) =>
      (
        JSON.parse(
          execFileSync('exiftool', ['-json', '-G1', '-gps:all', '-xmp:all', '-iptc:all', '-Artist', '-Copyright', ...files], { encoding: 'utf8' }),
        ) as Record<string, unknown>[]
      ).map(({ SourceFile: _, ...rest }) => rest);
    // The original really carries what must not be published, so the check below can fail.
    expect(tags([path.join(HOSTILE, 'raw-html', 'spotlights', '2026', 'works.jpg')])[0]).toMatchObject({
      'IFD0:Artist': 'Hostile Photographer',
      'GPS:GPSLatitudeRef': 'North',
    });
    expect(tags(published)).toEqual(published.map(() => ({})));
  });

  test('a name that closes a script element stays text in the page and in the JSON-LD', async () => {
    const name = '</script><script>alert(1)</script> Ada';
    const doc = await readPage(await site(), '/people/ada-example/');
    expect(doc.querySelector('h1')!.textContent).toBe(name);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(scripts[0]!.textContent).not.toContain('<');
    expect(JSON.parse(scripts[0]!.textContent!).mainEntity.name).toBe(name);
  });

  test('a title and role with markup render as text, and a bio loses its script link and handlers', async () => {
    const out = await site();
    const story = await readPage(out, '/spotlights/three-names/');
    expect(story.querySelector('h1')!.textContent).toBe('Three names, one shift <script>alert(3)</script>');
    expect(JSON.parse(story.querySelector('script[type="application/ld+json"]')!.textContent!).headline).toBe(
      'Three names, one shift <script>alert(3)</script>',
    );
    const maryam = await readPage(out, '/people/maryam-alhaddad/');
    expect(maryam.querySelector('.role')!.textContent).toContain('Chemist <b>senior</b>');
    expect(maryam.querySelector('.profile .prose')!.innerHTML.trim()).toBe('<p>Maryam runs the afternoon tests and keeps <a>her notes</a> <b>tidy</b>.</p>');
  });

  test('names in Arabic, with emoji and with combining marks render as written', async () => {
    const out = await site();
    expect((await readPage(out, '/people/maryam-alhaddad/')).querySelector('h1')!.textContent).toBe('مريم الحداد');
    expect((await readPage(out, '/people/kai-nakamura/')).querySelector('h1')!.textContent).toBe('Kai 🌊 Nakamura-Zoe\u0308');
  });

  test('no page of all the publishing cases together has an active element, an event handler or a script link, and no script but the site’s own', async () => {
    const out = await site();
    const pages = (await listFiles(out)).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(8);
    for (const page of pages) {
      const doc = await readPage(out, page);
      // The search page's script and the share links' script are the site's own; content never reaches them.
      const own = page === 'search/index.html' || doc.querySelector('[data-copy]');
      const scripts = own ? '' : 'script:not([type="application/ld+json"]), ';
      expect(doc.querySelectorAll(`${scripts}iframe, object, embed, main style, form[action^="javascript"]`), page).toHaveLength(0);
      for (const element of doc.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          expect(attribute.name, `${page}: <${element.tagName.toLowerCase()} ${attribute.name}>`).not.toMatch(/^on/i);
          // The site's own icon is an inline SVG; no content can reach it.
          const siteIcon = element.matches('link[rel="icon"]');
          if (!siteIcon && /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name))
            expect(attribute.value.replace(/\s/g, ''), page).not.toMatch(/^(javascript|data|vbscript):/i);
        }
      }
    }
  });

  test("an image address written as text publishes nothing: a draft's picture stays unpublished", async () => {
    const result = await build();
    const address = draftImageAddress;
    const page = await readPage(result.outDir, '/spotlights/mentions-address/');
    // The danger is real: the published page names the draft's image...
    expect(page.querySelector('.story')!.textContent).toContain(address);
    // ...and the build encoded it, for the draft...
    expect(existsSync(path.join(OUT, 'hostile-combined-images', path.basename(address)))).toBe(true);
    // ...but publishes none of its files.
    const digest = path.basename(address).slice(0, 12);
    expect((await listFiles(result.outDir)).filter((file) => file.includes(digest))).toEqual([]);
  });

  test('links to a withdrawn person and a story in review are published as their text, and listed in the summary', async () => {
    const result = await build();
    const story = await readPage(result.outDir, '/spotlights/links-to-come/');
    expect(story.querySelector('.story > p')!.innerHTML).toBe(
      'Ada learned from the crew lead and\na story to come.\n' +
        'See <a href="https://hostile.example/people/ada-example">Ada</a> and <a href="../first-light/">the first light</a>.' +
        '<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="user-content-footnote-label">1</a></sup>',
    );
    const file = at('combined', 'spotlights/2026/links-to-come.md');
    expect(result.output).toContain(
      `Left out of this build (2), nothing to fix unless it is a surprise:\n\n${file}\n` +
        '  12:34: the link to "/people/wren-withdrawn/" ("the crew lead") is published as plain text: that person is not public (consent is withdrawn).\n' +
        '  13:10: the link to "../in-review/#top" ("a story to come") is published as plain text: that story is not published (status is review; missing approval by communications).\n',
    );
    // Neither the pages nor the search index name them.
    const hits: string[] = [];
    for (const page of await listFiles(result.outDir)) {
      const text = decompressed(await readFile(path.join(result.outDir, page))).toString('utf8');
      if (/wren-withdrawn|in-review/.test(text)) hits.push(page);
    }
    expect(hits).toEqual([]);
  });

  test('no e-mail address or phone number is published but the contact the organisation lists', async () => {
    const out = await site();
    const files = (await listFiles(out)).filter((file) => /\.(html|xml|txt|json|pf_fragment)$/.test(file));
    const texts = await Promise.all(files.map(async (file) => decompressed(await readFile(path.join(out, file))).toString('utf8')));
    expect([...new Set(texts.flatMap((text) => scanForContacts(text)))]).toEqual(['stories@hostile.example']);
  });
});
