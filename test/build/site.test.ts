import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFiles } from '../../scripts/lib/files.ts';
import { readPage } from '../helpers/dist.ts';
import { isWebPage, urlOfFile } from '../helpers/pageTypes.ts';
import { readIndexedPages } from '../helpers/pagefind.ts';
import { FIXTURE_CONTENT_PAGES, FIXTURE_OUT } from '../setup/buildFixture.ts';

const pages = (await listFiles(FIXTURE_OUT)).filter(isWebPage);

/** A fixture title with characters share addresses must encode: &, #, quotes and an emoji. */
const ZOE_TITLE = 'From the sea to the mains: Zoë’s "#1" rule & 🌊';
const readUrl = (url: string) => readPage(FIXTURE_OUT, url === '/404.html' ? '404.html' : url);

/** The URLs of the built pages that contain an element matching a selector. */
async function pagesWith(selector: string): Promise<string[]> {
  const found: string[] = [];
  for (const url of pages.map(urlOfFile)) if ((await readUrl(url)).querySelector(selector)) found.push(url);
  return found.sort();
}

/** Whether a script is the share links' own, inline or bundled into /_astro/ (content never reaches it). */
async function isShareScript(script: Element): Promise<boolean> {
  const src = script.getAttribute('src');
  if (!src) return (script.textContent ?? '').includes('insource:mastodon-server');
  if (!/^\/_astro\/[\w.-]+\.js$/.test(src)) return false;
  // A bundled entry may only import the chunk that holds the code.
  const entry = await readFile(path.join(FIXTURE_OUT, src), 'utf8');
  const chunks = await Promise.all([...entry.matchAll(/["']\.\/([\w.-]+\.js)["']/g)].map((m) => readFile(path.join(FIXTURE_OUT, '_astro', m[1]!), 'utf8')));
  return [entry, ...chunks].some((code) => code.includes('insource:mastodon-server'));
}

describe('every page', () => {
  test.each(pages.map(urlOfFile))(
    '%s has one h1, a skip link first, landmarks, a canonical URL, a way to search, and no script but the site’s own on search and share pages',
    async (url) => {
      const doc = await readUrl(url);
      expect(doc.querySelectorAll('h1')).toHaveLength(1);
      expect(doc.querySelector('body a')?.getAttribute('href')).toBe('#main');
      expect(doc.querySelector('main#main')).not.toBeNull();
      expect(doc.querySelector('header nav[aria-label="Main"]')).not.toBeNull();
      expect(doc.documentElement.getAttribute('lang')).toBe('en-GB');
      // The 404 page has no address of its own, so it names none.
      const canonical = url === '/404.html' ? null : `https://fixture.example${url}`;
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null).toBe(canonical);
      expect(doc.querySelector('header nav[aria-label="Main"] a[href="/search/"]')?.textContent?.trim()).toBe('Search');
      const scripts = [...doc.querySelectorAll('script:not([type="application/ld+json"])')];
      // The search page's script and the share links' script are the site's own; content never reaches them.
      if (url === '/search/') expect(scripts).toHaveLength(1);
      else if (doc.querySelector('[data-copy]')) expect(await Promise.all(scripts.map(isShareScript))).toEqual([true]);
      else expect(scripts).toHaveLength(0);
      for (const img of doc.querySelectorAll('img')) expect(img.hasAttribute('alt')).toBe(true);
    },
  );
});

describe('spotlight page', async () => {
  const doc = await readPage(FIXTURE_OUT, '/spotlights/morning-samples/');

  test('shows title, date, reading time and links to the featured people', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Morning samples with Paula');
    expect(doc.querySelector('time')?.getAttribute('datetime')).toBe('2026-01-12');
    expect(doc.querySelector('.meta')?.textContent).toMatch(/1 min read/);
    // The author's consent expired: the story stays, the byline goes.
    expect(doc.querySelector('.meta')?.textContent).not.toMatch(/Words by/);
    const people = [...doc.querySelectorAll('.featuring a')].map((a) => a.getAttribute('href'));
    expect(people).toEqual(['/people/paula-public/', '/people/zoe-initials/']);
  });

  test('headings get ids from rehype-slug, so the unified processor ran', () => {
    const ids = [...doc.querySelectorAll('.story > h2')].map((h) => h.id);
    expect(ids).toEqual(['the-first-sample', 'what-happens-next']);
  });

  test('the hero is a responsive picture: AVIF at every width, one JPEG for browsers without AVIF', () => {
    const sources = [...doc.querySelectorAll('.hero source')].map((s) => s.getAttribute('type'));
    expect(sources).toEqual(['image/avif']);
    expect(doc.querySelector('.hero source')?.getAttribute('srcset')).toMatch(/^\/_img\/([a-f0-9]{12})-480\.avif 480w, \/_img\/\1-800\.avif 800w, /);
    expect(doc.querySelector('.hero img')?.getAttribute('src')).toMatch(/^\/_img\/[a-f0-9]{12}-800\.jpg$/);
    expect(doc.querySelector('.hero img')?.getAttribute('alt')).toBe('Sample bottles in morning light');
    // Link previews show the story's social card (see share.test.ts), not the hero itself.
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe('https://fixture.example/cards/spotlight/morning-samples.jpg');
  });

  test('links its theme, department and tags', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/themes/expertise/', '/departments/lab/', '/tags/water-quality/', '/tags/lab-life/']));
  });
});

test('an MDX spotlight renders its Markdown', async () => {
  const doc = await readPage(FIXTURE_OUT, '/spotlights/zoe-at-sea/');
  expect(doc.querySelector('.story h2')?.id).toBe('listening-for-leaks');
  expect(doc.querySelector('.meta')?.textContent).toMatch(/Words by Paula Public/);
});

test.each([
  [
    '/spotlights/morning-samples/',
    ['the crew lead', 'a story still to come'],
    ['#user-content-fn-early', 'https://fixture.example/people/zoe-initials/', '#user-content-fnref-early'],
  ],
  ['/spotlights/zoe-at-sea/', ['a former colleague'], []],
])('on %s, links in the text to pages that are not public are published as their text, and the others kept', async (page, texts, kept) => {
  const story = (await readPage(FIXTURE_OUT, page)).querySelector('.story')!;
  for (const text of texts) expect(story.textContent).toContain(text);
  expect([...story.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(kept);
});

describe('department page', () => {
  test('lists the lead and public staff with role summaries', async () => {
    const doc = await readPage(FIXTURE_OUT, '/departments/lab/');
    const names = [...doc.querySelectorAll('.team .name')].map((n) => n.textContent);
    expect(names).toEqual(['Paula Public', 'Nora Quietphoto', 'Sunniva Nosocial']);
    expect(doc.querySelector('.lead .badge')?.textContent).toBe('Leads the department');
    expect(doc.querySelector('.team')?.textContent).toContain('Collects samples across the valley.');
  });

  test('drops a lead whose consent was withdrawn and shows only public staff', async () => {
    const doc = await readPage(FIXTURE_OUT, '/departments/field/');
    expect(doc.querySelector('.lead')).toBeNull();
    expect([...doc.querySelectorAll('.team .name')].map((n) => n.textContent)).toEqual(['Zoë Ångström-Núñez']);
  });

  test('leaves out a profile that names a person who is not public, and keeps the rest of the page', async () => {
    const doc = await readPage(FIXTURE_OUT, '/departments/field/');
    expect(doc.querySelector('h1')?.textContent).toBe('Field Crew');
    expect(doc.querySelector('.lede')?.textContent).toBe('Keeps the pipes flowing.');
    expect(doc.querySelector('.profile')).toBeNull();
  });
});

describe('people', () => {
  test('a person without photo consent gets initials, never an image', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/nora-nophoto/');
    expect(doc.querySelector('.portrait img')).toBeNull();
    expect(doc.querySelector('.portrait .initials')?.textContent?.trim()).toBe('NQ');
  });

  test('names with diacritics render as written, and initials follow them', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/zoe-initials/');
    expect(doc.querySelector('h1')?.textContent).toBe('Zoë Ångström-Núñez');
    expect(doc.querySelector('.portrait .initials')?.textContent?.trim()).toBe('ZÅ');
  });

  test('a person page shows role, links, stories and kudos', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/paula-public/');
    expect(doc.querySelector('.role')?.textContent).toContain('Lab Chemist');
    expect(doc.querySelector('.links a')?.getAttribute('href')).toBe('https://www.linkedin.com/in/example-paula');
    expect([...doc.querySelectorAll('#stories ~ ul a, #stories + ul a')].map((a) => a.getAttribute('href'))).toContain('/spotlights/morning-samples/');
    expect(doc.querySelector('.kudos blockquote')?.textContent).toContain('drove the samples through the snow');
  });

  test('a person page links to where they can ask to change or remove it, naming the page', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/paula-public/');
    const link = doc.querySelector('.corrections a');
    expect(link?.textContent).toBe('Is this you? Ask to change or remove it');
    expect(link?.getAttribute('href')).toBe('https://forms.fixture.example/corrections?page=https%3A%2F%2Ffixture.example%2Fpeople%2Fpaula-public%2F');
  });

  test('the people index lists exactly the public people', async () => {
    const doc = await readPage(FIXTURE_OUT, '/people/');
    expect([...doc.querySelectorAll('.name a')].map((a) => a.textContent)).toEqual([
      'Nora Quietphoto',
      'Paula Public',
      'Sunniva Nosocial',
      'Zoë Ångström-Núñez',
    ]);
  });
});

test('the home page features the department of the latest newsletter issue, with only the people who agreed to the newsletter', async () => {
  const doc = await readPage(FIXTURE_OUT, '/');
  expect(doc.querySelector('#featured-department')?.textContent).toBe('In focus: The Lab');
  expect(doc.querySelector('.featured h2')?.textContent).toBe(ZOE_TITLE);
  // Nora Quietphoto works in the lab but has no newsletter consent.
  expect([...doc.querySelectorAll('.feature .faces span')].map((span) => span.textContent)).toEqual(['Paula Public', 'Sunniva Nosocial']);
});

describe('link previews', () => {
  /** Every image address a page gives link previews and search engines: og:image, twitter:image, JSON-LD image. */
  async function previewImages(url: string): Promise<string[]> {
    const doc = await readUrl(url);
    const meta = [...doc.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((m) => m.getAttribute('content')!);
    const jsonLd: string[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'image') jsonLd.push(...[inner].flat().map(String));
          else collect(inner);
        }
    };
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) collect(JSON.parse(script.textContent!));
    return [...meta, ...jsonLd];
  }
  /** The hash that names every encoding of the image a page shows in `selector`. */
  const imageHash = async (url: string, selector: string) =>
    /\/_img\/([a-f0-9]{12})-/.exec((await readUrl(url)).querySelector(selector)!.getAttribute('src')!)![1]!;

  test('a person who agreed to social sharing is shown in their card (og:image, twitter:image) and in JSON-LD', async () => {
    const [og, twitter, jsonLd, ...rest] = await previewImages('/people/paula-public/');
    expect([og, twitter, rest]).toEqual(['https://fixture.example/cards/person/paula-public.jpg', 'https://fixture.example/cards/person/paula-public.jpg', []]);
    expect(jsonLd).toContain(await imageHash('/people/paula-public/', '.portrait img'));
  });

  test.each([
    ['/people/sunniva-nosocial/', '.portrait img'],
    ['/spotlights/reservoir-dawn/', '.hero img'],
  ])('without social consent, %s shows its picture but gives link previews only the site card', async (url, selector) => {
    expect(await imageHash(url, selector)).toBeTruthy();
    expect(await previewImages(url)).toEqual(['https://fixture.example/cards/site.png', 'https://fixture.example/cards/site.png']);
  });

  test("no page gives link previews Sunniva's portrait or the hero of the story that features her", async () => {
    const hashes = [await imageHash('/people/sunniva-nosocial/', '.portrait img'), await imageHash('/spotlights/reservoir-dawn/', '.hero img')];
    const hits: string[] = [];
    for (const url of pages.map(urlOfFile)) for (const image of await previewImages(url)) if (hashes.some((hash) => image.includes(hash))) hits.push(url);
    expect(hits).toEqual([]);
  });
});

test('the spotlights list is split into pages of storiesPerPage, newest first, linked both ways', async () => {
  const first = await readUrl('/spotlights/');
  const second = await readUrl('/spotlights/page/2/');
  const titles = (doc: Document) => [...doc.querySelectorAll('main article .title')].map((h) => h.textContent!.trim());
  expect(titles(first)).toEqual([ZOE_TITLE, 'Morning samples with Paula']);
  expect(titles(second)).toEqual(['An open day at the lab', 'Dawn at the reservoir']);
  expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/spotlights/page/2/');
  expect(first.querySelector('a[rel="prev"]')).toBeNull();
  expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/spotlights/');
  expect(second.querySelector('a[rel="next"]')).toBeNull();
});

test.each([
  ['/spotlights/', 'page'],
  ['/spotlights/page/2/', 'true'],
  ['/themes/culture/', 'true'],
  ['/tags/lab-life/', 'true'],
  ['/people/', null],
])('on %s the main menu marks Spotlights as %s', async (url, current) => {
  const link = (await readUrl(url)).querySelector('header nav[aria-label="Main"] a[href="/spotlights/"]');
  expect(link?.getAttribute('aria-current') ?? null).toBe(current);
});

test('theme and tag pages exist only for published stories', async () => {
  const urls = pages.map(urlOfFile);
  expect(urls.filter((u) => u.startsWith('/themes/')).sort()).toEqual(['/themes/csr/', '/themes/culture/', '/themes/expertise/']);
  expect(urls.filter((u) => u.startsWith('/tags/')).sort()).toEqual(['/tags/lab-life/', '/tags/water-quality/']);
  const tag = await readPage(FIXTURE_OUT, '/tags/lab-life/');
  expect(tag.querySelectorAll('.grid > li')).toHaveLength(2);
});

test('the sitemap lists every page but the 404 page and the share kits, and nothing else', async () => {
  const xml = await readFile(path.join(FIXTURE_OUT, 'sitemap-0.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
  const expected = pages
    .map(urlOfFile)
    .filter((u) => u !== '/404.html' && !u.endsWith('/share/'))
    .map((u) => `https://fixture.example${u}`)
    .sort();
  expect(locs).toEqual(expected);
});

test('robots.txt lets crawlers in and points them to the sitemap index', async () => {
  const robots = (await readFile(path.join(FIXTURE_OUT, 'robots.txt'), 'utf8')).split('\n');
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain('Sitemap: https://fixture.example/sitemap-index.xml');
  const index = await readFile(path.join(FIXTURE_OUT, 'sitemap-index.xml'), 'utf8');
  expect(index).toContain('<loc>https://fixture.example/sitemap-0.xml</loc>');
});

describe('search', async () => {
  const doc = await readPage(FIXTURE_OUT, '/search/');
  const indexed = await readIndexedPages(FIXTURE_OUT);

  test('the search page has a labelled search box that submits ?q= to itself, filters in fieldsets and a live region', () => {
    const form = doc.querySelector('form[role="search"]')!;
    expect(form.getAttribute('action')).toBe('/search/');
    expect(form.getAttribute('method')).toBe('get');
    const input = form.querySelector('input[name="q"]')!;
    expect(input.getAttribute('type')).toBe('search');
    expect(doc.querySelector(`label[for="${input.id}"]`)?.textContent).toMatch(/Search/);
    const fieldsets = [...form.querySelectorAll('fieldset')].map((fieldset) => ({
      legend: fieldset.querySelector('legend')?.textContent,
      values: [...fieldset.querySelectorAll('input[type="checkbox"]')].map((box) => `${box.getAttribute('name')}=${box.getAttribute('value')}`),
    }));
    expect(fieldsets).toEqual([
      { legend: 'Show', values: ['type=Spotlight', 'type=Person', 'type=Department'] },
      { legend: 'Department', values: ['department=Field Crew', 'department=The Lab'] },
      { legend: 'Theme', values: ['theme=Culture', 'theme=Community', 'theme=Expertise'] },
    ]);
    expect(doc.querySelector('[role="status"]')).not.toBeNull();
  });

  test('without JavaScript, the page explains and links to the spotlights, departments and people', () => {
    // linkedom keeps <noscript> content as text, as a browser with scripting does.
    const fallback = doc.querySelector('noscript')!.innerHTML;
    expect(fallback).toContain('Search needs JavaScript');
    for (const href of ['/spotlights/', '/departments/', '/people/']) expect(fallback).toContain(`href="${href}"`);
  });

  test('only the search page and pages with share links load a script, and the search page loads the Pagefind index', async () => {
    const withScripts = await pagesWith('script:not([type="application/ld+json"])');
    const withShareLinks = await pagesWith('[data-copy]');
    expect(withShareLinks.length).toBeGreaterThan(0);
    expect(withScripts).toEqual(['/search/', ...withShareLinks].sort());
    expect(doc.querySelector('script:not([type="application/ld+json"])')?.textContent).toContain('/pagefind/pagefind.js');
    expect(await readFile(path.join(FIXTURE_OUT, 'pagefind', 'pagefind.js'), 'utf8')).not.toBe('');
  });

  test('the index holds exactly the published spotlights, public people and departments', async () => {
    const expected = FIXTURE_CONTENT_PAGES;
    expect(await pagesWith('[data-pagefind-body]')).toEqual(expected);
    expect(indexed.map((page) => page.url)).toEqual(expected);
    const entry = JSON.parse(await readFile(path.join(FIXTURE_OUT, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([expected.length]);
  });

  test.each([
    ['/spotlights/morning-samples/', { type: ['Spotlight'], department: ['The Lab'], theme: ['Expertise'] }, 'Morning samples with Paula'],
    ['/people/zoe-initials/', { type: ['Person'], department: ['Field Crew'] }, 'Zoë Ångström-Núñez'],
    ['/departments/lab/', { type: ['Department'], department: ['The Lab'] }, 'The Lab'],
  ])('%s is filed under its type, department and theme, titled by its heading', (url, filters, title) => {
    const page = indexed.find((p) => p.url === url)!;
    expect(page.filters).toEqual(filters);
    expect(page.meta['title']).toBe(title);
  });

  test('indexes what the page says, not the suggestions around it', () => {
    const lab = indexed.find((p) => p.url === '/departments/lab/')!;
    expect(lab.content).toContain('Collects samples across the valley.');
    expect(lab.content).not.toContain('Morning samples with Paula');
    const story = indexed.find((p) => p.url === '/spotlights/morning-samples/')!;
    expect(story.content).toContain('Paula Public Lab Chemist');
    expect(story.content).not.toContain('An open day at the lab');
  });
});

test('the 404 page offers a search and the latest stories', async () => {
  const doc = await readPage(FIXTURE_OUT, '404.html');
  const form = doc.querySelector('main form[role="search"]')!;
  expect(form.getAttribute('action')).toBe('/search/');
  expect(form.querySelector('input[name="q"]')).not.toBeNull();
  expect([...doc.querySelectorAll('#latest + ul .card-link-target')].map((a) => a.getAttribute('href'))).toEqual([
    '/spotlights/zoe-at-sea/',
    '/spotlights/morning-samples/',
    '/spotlights/open-lab-day/',
  ]);
});

describe('breadcrumbs', () => {
  test.each([
    ['/spotlights/morning-samples/', ['Home', 'Spotlights', 'Morning samples with Paula']],
    ['/departments/field/', ['Home', 'Departments', 'Field Crew']],
    ['/people/zoe-initials/', ['Home', 'People', 'Zoë Ångström-Núñez']],
    ['/themes/culture/', ['Home', 'Spotlights', 'Culture']],
    ['/tags/lab-life/', ['Home', 'Spotlights', '#lab-life']],
  ])('%s has a breadcrumb trail ending at the current page', async (url, labels) => {
    const doc = await readPage(FIXTURE_OUT, url);
    const links = [...doc.querySelectorAll('nav[aria-label="Breadcrumb"] > ol > li > a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual(labels);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, null, 'page']);
    expect(links.at(-1)?.getAttribute('href')).toBe(url);
  });

  test.each(['/', '/spotlights/', '/departments/', '/people/', '/search/'])('%s is not deep enough for a trail', async (url) => {
    expect((await readPage(FIXTURE_OUT, url)).querySelector('nav[aria-label="Breadcrumb"]')).toBeNull();
  });
});

describe('related stories on a spotlight', () => {
  const suggested = async (url: string, section: string) =>
    [...(await readPage(FIXTURE_OUT, url)).querySelectorAll(`section[aria-labelledby="${section}"] .card-link-target`)].map((a) => a.getAttribute('href'));

  test('a story suggests more from its department and more on its theme, never the same story twice', async () => {
    expect(await suggested('/spotlights/open-lab-day/', 'more-from')).toEqual(['/spotlights/morning-samples/', '/spotlights/reservoir-dawn/']);
    expect(await suggested('/spotlights/open-lab-day/', 'more-on')).toEqual(['/spotlights/zoe-at-sea/']);
    const doc = await readPage(FIXTURE_OUT, '/spotlights/open-lab-day/');
    expect(doc.querySelector('#more-on')?.textContent).toBe('More on culture');
  });

  test('a story alone in its department still gets stories on its theme, and none when it is alone in both', async () => {
    expect(await suggested('/spotlights/zoe-at-sea/', 'more-from')).toEqual([]);
    expect(await suggested('/spotlights/zoe-at-sea/', 'more-on')).toEqual(['/spotlights/open-lab-day/']);
    expect(await suggested('/spotlights/morning-samples/', 'more-on')).toEqual([]);
  });
});
