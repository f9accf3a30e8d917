import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { THEMES } from '../../src/lib/content/schema/index.ts';
import { siteSchema } from '../../src/lib/content/schema/site.ts';
import { editionContent, firstSentence, listNames } from '../../src/lib/newsletter/editionContent.ts';
import { emailBody, emailHtml, emailText } from '../../src/lib/newsletter/emailHtml.ts';
import { planEdition } from '../../src/lib/newsletter/planEdition.ts';
import { htmlToText, inlineStyles } from '../../src/lib/newsletter/styleHtml.ts';
import { isMergeTag } from '../../src/lib/output/classifyLink.ts';
import { publish } from '../../src/lib/publication/publish.ts';
import { resolveSite } from '../../src/lib/publication/resolveSite.ts';
import { content, date, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

const SITE = {
  ...SETTINGS,
  name: 'Org',
  url: 'https://org.example/',
  description: 'Stories.',
  locale: 'en-GB',
  badges: [{ id: 'thanks', name: 'Thanks', description: 'x' }],
};
const NO_NEWSLETTER = ['profile', 'photo', 'social'] as const;

/** Ana leads the lab and agreed to everything; Cy is in the lab without newsletter consent; Di agreed. */
function model() {
  const kudos = (id: string, from: string, to: string[], when: string, isPublic = true) => ({
    id,
    data: { from: ref('people', from), to: to.map((p) => ref('people', p)), date: date(when), badge: 'thanks', message: `Message ${id}`, public: isPublic },
  });
  const entries = content({
    people: [person('ana'), person('cy', { scope: [...NO_NEWSLETTER] }), person('di')],
    departments: [{ id: 'lab', data: { name: 'Lab', summary: 'Tests the water.', lead: ref('people', 'ana') } }],
    spotlights: [spotlight('with-ana'), spotlight('with-cy', { people: [ref('people', 'cy')] }), spotlight('by-cy', { author: ref('people', 'cy') })],
    kudos: [
      kudos('recent', 'ana', ['di'], '2026-05-20'),
      kudos('to-cy', 'ana', ['cy'], '2026-05-21'),
      kudos('private', 'di', ['ana'], '2026-05-22', false),
      kudos('too-old', 'di', ['ana'], '2025-12-01'),
      kudos('after', 'di', ['ana'], '2026-06-10'),
    ],
    newsletter: [
      {
        id: '2026-06',
        data: {
          title: 'June',
          date: date('2026-06-01'),
          department: ref('departments', 'lab'),
          spotlights: ['with-ana', 'with-cy', 'by-cy'].map((id) => ref('spotlights', id)),
          status: 'approved',
        },
      },
    ],
  } as never);
  return resolveSite(publish(entries, SETTINGS, NOW), SITE as never, NOW, THEMES);
}

describe('an edition shows only people who agreed to the newsletter', () => {
  const site = model();
  const edition = planEdition(site, site.newsletter[0]!);

  test('the department lists its lead and members who agreed; the others are named as left out', () => {
    expect(edition.department?.lead?.id).toBe('ana');
    expect(edition.department?.members.map((p) => p.id)).toEqual(['ana', 'di']);
    expect(edition.leftOut.map((p) => p.id)).toEqual(['cy']);
  });

  test('a story featuring, or written by, someone without newsletter consent is left out', () => {
    expect(edition.spotlights.map((s) => s.id)).toEqual(['with-ana']);
    const built = editionContent(edition, {
      siteName: 'Org',
      siteUrl: SITE.url,
      locale: 'en-GB',
      badges: SITE.badges,
      unsubscribe: '*|UNSUB|*',
      letterHtml: '',
      letterText: '',
      images: { person: () => undefined, story: () => undefined, department: undefined },
    });
    expect(built.spotlights.map((s) => s.byline)).toEqual(['With ANA']);
    expect(JSON.stringify(built)).not.toContain('CY');
  });

  test('kudos: public, within the months before the issue, with everyone involved agreeing', () => {
    expect(edition.kudos.map((k) => k.id)).toEqual(['recent']);
  });
});

const ISSUE = {
  id: '2026-06',
  title: 'June & more',
  date: new Date('2026-06-01T00:00:00Z'),
  locale: 'en-GB',
  siteName: 'Org',
  siteUrl: 'https://org.example/',
  webUrl: 'https://org.example/newsletter/2026-06/',
  preheader: 'This month: the lab.',
  letterHtml: '<p>Hello <a href="https://org.example/people/ana/">Ana</a>.</p><ul><li>One</li></ul>',
  department: {
    name: 'Lab',
    summary: 'Tests the water.',
    url: 'https://org.example/departments/lab/',
    members: [
      {
        name: 'Ana Ames',
        role: 'Chemist',
        roleSummary: 'Runs the tests.',
        url: 'https://org.example/people/ana/',
        initials: 'AA',
        lead: true,
        photo: { src: 'https://org.example/_img/ana-320.jpg', alt: 'Ana', width: 720, height: 900 },
      },
      { name: 'Di Dee', role: 'Sampler', roleSummary: 'Takes the samples.', url: 'https://org.example/people/di/', initials: 'DD', lead: false },
    ],
  },
  spotlights: [
    {
      title: 'Morning',
      summary: 'Early tests.',
      url: 'https://org.example/spotlights/morning/',
      byline: 'With Ana Ames',
      image: { src: 'https://org.example/_img/m-800.jpg', alt: 'Bottles', width: 1600, height: 900 },
    },
  ],
  kudos: [{ message: 'Thank you!', from: 'Ana Ames', to: 'Di Dee', badge: 'Thanks' }],
  unsubscribe: '*|UNSUB|*',
};

describe('the email edition', () => {
  const html = emailHtml(ISSUE);
  const doc = parseHTML(html).document;

  test('has no script, no external or embedded CSS, and a style on every text element', () => {
    expect(doc.querySelectorAll('script, link, style').length).toBe(0);
    for (const element of doc.querySelectorAll('body p, body h1, body h2, body h3, body a, body li, body td'))
      expect(element.getAttribute('style'), element.outerHTML).toBeTruthy();
  });

  test('every image has alt text, width, height and an absolute JPEG address; photos of people are decorative next to their names', () => {
    const images = [...doc.querySelectorAll('img')];
    expect(images).toHaveLength(2);
    for (const img of images) {
      expect(img.hasAttribute('alt')).toBe(true);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      expect(img.getAttribute('src')).toMatch(/^https:\/\/.+\.jpg$/);
    }
    expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['64', '80'],
      ['536', '302'],
    ]);
  });

  test('someone without a photo gets initials; the lead is marked', () => {
    expect(doc.body.textContent).toContain('DD');
    expect(doc.body.textContent).toContain('Chemist · team lead');
  });

  test('a 600 px table layout, a hidden preheader, colour-scheme meta, view on the web and the unsubscribe merge tag', () => {
    expect(doc.querySelector('table[width="600"]')).not.toBeNull();
    expect(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).toBe('light dark');
    const preheader = doc.querySelector('body > div')!;
    expect(preheader.getAttribute('style')).toContain('display:none');
    expect(preheader.textContent).toBe('This month: the lab.');
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toContainEqual(['View on the web', ISSUE.webUrl]);
    expect(links).toContainEqual(['Unsubscribe', '*|UNSUB|*']);
    expect(doc.querySelector('title')?.textContent).toBe('June & more');
  });

  test('the body alone (the newsletter feed’s content) is the same column without the document around it', () => {
    expect(html).toContain(emailBody(ISSUE));
    expect(emailBody(ISSUE)).not.toMatch(/<(html|head|body|meta)\b/);
  });
});

describe('the text edition', () => {
  const text = emailText(ISSUE);

  test('carries every section, with links as numbered footnotes', () => {
    expect(text).toContain('June & more\n===========');
    expect(text).toContain('Hello Ana [1].');
    expect(text).toContain('- One');
    expect(text).toContain('Ana Ames [3]\nChemist · team lead\nRuns the tests.');
    expect(text).toContain('Thanks: “Thank you!”\nAna Ames to Di Dee');
    expect(text).toContain('Unsubscribe: *|UNSUB|*');
    expect(text).toMatch(/\[1\] https:\/\/org\.example\/people\/ana\/\n\[2\] https:\/\/org\.example\/departments\/lab\/\n/);
    expect(text).not.toMatch(/<[a-z]/);
  });
});

describe('helpers', () => {
  test('inline styles replace any written style', () => {
    expect(inlineStyles('<p style="x">a <a href="h">b</a></p>', { p: 'margin:0;', a: 'color:red;' })).toBe(
      '<p style="margin:0;">a <a href="h" style="color:red;">b</a></p>',
    );
  });
  test('HTML as text: blocks, list items, image alt text, footnotes', () => {
    const links: string[] = [];
    expect(htmlToText('<h2>Hi</h2><p>See <a href="https://a.example/">this</a>, <img alt="a map"></p><ol><li>x</li></ol>', links)).toBe(
      'Hi\n\nSee this [1], [a map]\n\n- x',
    );
    expect(links).toEqual(['https://a.example/']);
  });
  test('names and the preheader sentence', () => {
    expect([listNames([]), listNames(['A']), listNames(['A', 'B']), listNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
    expect(firstSentence('First one. Second.')).toBe('First one.');
    expect(firstSentence('x'.repeat(200), 10)).toBe('xxxxxxxxx…');
  });
  test('merge tags of the common mail tools are addresses the mail tool fills in', () => {
    for (const tag of ['*|UNSUB|*', '{{ unsubscribe_url }}', '{$unsubscribe}', '[unsubscribe]', '%unsubscribe%']) expect(isMergeTag(tag), tag).toBe(true);
    for (const href of ['/people/', 'https://a.example/', '../x/', '#top']) expect(isMergeTag(href), href).toBe(false);
  });
  test('the unsubscribe merge tag defaults to Mailchimp’s and can be set in site.yaml', () => {
    const base = { name: 'Org', url: 'https://org.example', description: 'Stories.' };
    expect(siteSchema.parse(base).newsletter.unsubscribe).toBe('*|UNSUB|*');
    expect(siteSchema.parse({ ...base, newsletter: { unsubscribe: '{{ unsubscribe_url }}' } }).newsletter.unsubscribe).toBe('{{ unsubscribe_url }}');
  });
});
