import { describe, expect, test } from 'vitest';
import { markdownToText } from '../../src/lib/publication/listPublishedText.ts';
import { publish, whyPersonIsPrivate, whySpotlightIsUnpublished, type Content } from '../../src/lib/publication/publish.ts';
import { content, date, NOW, person, ref, SETTINGS, spotlight } from '../helpers/entries.ts';

describe('whyPersonIsPrivate', () => {
  test.each([
    ['granted with profile scope', {}, []],
    ['withdrawn', { status: 'withdrawn' as const }, ['consent is withdrawn']],
    ['scope without profile', { scope: ['photo' as const, 'newsletter' as const] }, ['consent scope does not include profile']],
    ['expired the day before', { expires: date('2026-06-14') }, ['consent expired after 2026-06-14']],
    ['expiring today (still valid through its last day)', { expires: date('2026-06-15') }, []],
    ['expiring later', { expires: date('2027-01-01') }, []],
    ['consent dated tomorrow (not given yet)', { date: date('2026-06-16') }, ['consent counts only from 2026-06-16']],
    ['consent dated later today', { date: date('2026-06-15T18:00:00Z') }, ['consent counts only from 2026-06-15T18:00:00Z']],
    ['consent dated today', { date: date('2026-06-15') }, []],
    ['consent dated exactly now', { date: NOW }, []],
    ['withdrawn with a future date (withdrawn at once)', { status: 'withdrawn' as const, date: date('2026-07-01') }, ['consent is withdrawn']],
  ])('%s', (_, consent, reasons) => {
    expect(whyPersonIsPrivate(person('x', consent).data, NOW)).toEqual(reasons);
  });
});

describe('whySpotlightIsUnpublished', () => {
  const isPublic = (id: string) => id === 'ana';
  test.each([
    ['approved, both approvals, past date, public people', {}, []],
    ['a draft', { status: 'draft' as const }, ['status is draft']],
    ['in review', { status: 'review' as const }, ['status is review']],
    ['missing the hr approval', { approvals: [{ role: 'communications', by: 'C', date: date('2026-04-30') }] }, ['missing approval by hr']],
    [
      'with the hr approval dated in the future',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-04-30') },
          { role: 'hr', by: 'H', date: date('2026-06-20') },
        ],
      },
      ['missing approval by hr', 'approval by hr counts only from 2026-06-20'],
    ],
    [
      'with both approvals dated later today',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-06-15T13:00:00Z') },
          { role: 'hr', by: 'H', date: date('2026-06-15T12:30:00+00:30') },
        ],
      },
      ['missing approval by communications', 'approval by communications counts only from 2026-06-15T13:00:00Z'],
    ],
    [
      'with one future and one past approval by hr (the past one counts)',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-04-30') },
          { role: 'hr', by: 'H', date: date('2026-07-01') },
          { role: 'hr', by: 'H2', date: date('2026-05-01') },
        ],
      },
      [],
    ],
    [
      'with approvals dated today',
      {
        approvals: [
          { role: 'communications', by: 'C', date: date('2026-06-15') },
          { role: 'hr', by: 'H', date: NOW },
        ],
      },
      [],
    ],
    ['dated in the future', { date: date('2026-07-01') }, ['scheduled for 2026-07-01']],
    ['dated later today', { date: date('2026-06-15T18:00:00Z') }, ['scheduled for 2026-06-15T18:00:00Z']],
    ['dated exactly now', { date: NOW }, []],
    ['featuring a person who is not public', { people: [ref('people', 'ana'), ref('people', 'ben')] }, ['features people who are not public: ben']],
  ])('%s', (_, overrides, reasons) => {
    expect(whySpotlightIsUnpublished(spotlight('s', overrides).data, SETTINGS, NOW, isPublic)).toEqual(reasons);
  });

  test('with no required approvals, an approved story needs none', () => {
    expect(whySpotlightIsUnpublished(spotlight('s', { approvals: [] }).data, { approvals: [] }, NOW, isPublic)).toEqual([]);
  });
});

describe('publish', () => {
  test('keeps only public people and removes photos outside the consent scope', () => {
    const result = publish(content({ people: [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', { scope: ['profile'] })] }), SETTINGS, NOW);
    expect(result.people.map((p) => p.id)).toEqual(['ana', 'cy']);
    expect(result.people[0]!.data.photo).toBeDefined();
    expect(result.people[1]!.data.photo).toBeUndefined();
    expect('photo' in result.people[1]!.data).toBe(false);
  });

  test('keeps every department but drops a lead who is not public', () => {
    const result = publish(content(), SETTINGS, NOW);
    expect(result.departments.map((d) => d.id)).toEqual(['lab']);
    expect(result.departments[0]!.data.lead).toBeUndefined();
  });

  test('drops a spotlight whose person withdrew consent, sorts the rest newest first and resolves the department', () => {
    const result = publish(
      content({
        spotlights: [spotlight('old', { date: date('2026-01-01') }), spotlight('new'), spotlight('with-ben', { people: [ref('people', 'ben')] })],
      }),
      SETTINGS,
      NOW,
    );
    expect(result.spotlights.map((s) => s.id)).toEqual(['new', 'old']);
    expect(result.spotlights[0]!.data.department).toEqual(ref('departments', 'lab'));
  });

  test('a person whose consent is dated in the future, and the stories featuring them, wait for that date', () => {
    const parts = {
      people: [person('ana'), person('cy', { date: date('2026-07-01') })],
      spotlights: [spotlight('with-cy', { people: [ref('people', 'cy')] }), spotlight('with-ana')],
    };
    expect(publish(content(parts), SETTINGS, NOW).people.map((p) => p.id)).toEqual(['ana']);
    expect(publish(content(parts), SETTINGS, NOW).spotlights.map((s) => s.id)).toEqual(['with-ana']);
    const then = new Date('2026-07-01T00:00:00Z');
    expect(publish(content(parts), SETTINGS, then).people.map((p) => p.id)).toEqual(['ana', 'cy']);
    expect(
      publish(content(parts), SETTINGS, then)
        .spotlights.map((s) => s.id)
        .sort(),
    ).toEqual(['with-ana', 'with-cy']);
  });

  test('a story whose approval is dated in the future waits for that date', () => {
    const approvals = [
      { role: 'communications', by: 'C', date: date('2026-04-30') },
      { role: 'hr', by: 'H', date: date('2026-06-20') },
    ];
    const parts = { spotlights: [spotlight('early', { approvals })] };
    expect(publish(content(parts), SETTINGS, NOW).spotlights).toEqual([]);
    expect(publish(content(parts), SETTINGS, new Date('2026-06-20T00:00:00Z')).spotlights.map((s) => s.id)).toEqual(['early']);
  });

  test.each([
    ['public between public people', { public: true }, true],
    ['marked private', { public: false }, false],
    ['to a withdrawn person', { public: true, to: [ref('people', 'ana'), ref('people', 'ben')] }, false],
    ['from a withdrawn person', { public: true, from: ref('people', 'ben') }, false],
    ['dated in the future', { public: true, date: date('2027-01-01') }, false],
    ['dated later today', { public: true, date: date('2026-06-15T12:00:01Z') }, false],
    ['dated exactly now', { public: true, date: NOW }, true],
    ['to a person whose consent is dated in the future', { public: true, to: [ref('people', 'cy')] }, false],
  ])('kudos %s: published = %s', (_, overrides, expected) => {
    const kudos = {
      id: 'k',
      data: { from: ref('people', 'ana'), to: [ref('people', 'ana')], date: date('2026-02-01'), badge: 'b', message: 'Thanks', ...overrides },
    };
    const people = [person('ana'), person('ben', { status: 'withdrawn' }), person('cy', { date: date('2026-06-16') })];
    expect(publish(content({ people, kudos: [kudos] }), SETTINGS, NOW).kudos.length === 1).toBe(expected);
  });

  test('newsletter issues publish when approved and due, listing only published spotlights', () => {
    const issue = (id: string, status: 'draft' | 'approved', iso: string) => ({
      id,
      data: { title: id, date: date(iso), department: ref('departments', 'lab'), spotlights: [ref('spotlights', 'new'), ref('spotlights', 'draft')], status },
    });
    const result = publish(
      content({
        spotlights: [spotlight('new'), spotlight('draft', { status: 'draft' })],
        newsletter: [
          issue('2026-05', 'approved', '2026-05-01'),
          issue('2026-06', 'draft', '2026-06-01'),
          issue('2026-06-evening', 'approved', '2026-06-15T18:00:00Z'),
          issue('2026-07', 'approved', '2026-07-01'),
        ],
      }),
      SETTINGS,
      NOW,
    );
    expect(result.newsletter.map((n) => n.id)).toEqual(['2026-05']);
    expect(result.newsletter[0]!.data.spotlights.map((s) => s.id)).toEqual(['new']);
  });
});

describe('names of people who are not public', () => {
  const BEN = 'withheld: it names ben (not public: consent is withdrawn)';
  const people = () => [person('ana', {}, { name: 'Ana Arce' }), person('ben', { status: 'withdrawn' }, { name: 'Ben Bloggs' })];
  const run = (parts: Partial<Content>, now = NOW) => publish(content({ people: people(), ...parts }), SETTINGS, now);

  test.each([
    ['title', { title: 'Ben Bloggs at night' }, 'title'],
    ['summary', { summary: 'With ben bloggs.' }, 'summary'],
    ['hero alt text', { hero: { src: './h.jpg', alt: 'Ben Bloggs at the pump' } }, 'hero.alt'],
    ['hero credit', { hero: { src: './h.jpg', alt: 'A pump', credit: 'Photo: Ben Bloggs' } }, 'hero.credit'],
    ['a tag equal to their id', { tags: ['night-shift', 'ben'] }, 'tags[1]'],
    ['a tag equal to their name', { tags: ['ben-bloggs'] }, 'tags[0]'],
    ['a share text', { share: { x: 'Thanks Ben Bloggs! #Works' } }, 'share.x'],
  ])('withholds a story that names them in its %s, with a notice', (_, overrides, field) => {
    const result = run({ spotlights: [{ ...spotlight('s', overrides), filePath: 'content/spotlights/2026/s.md' }] });
    expect(result.spotlights).toEqual([]);
    expect(result.notices).toEqual([
      { file: 'content/spotlights/2026/s.md', message: `withheld: it names ben (not public: consent is withdrawn) in ${field}` },
    ]);
  });

  test('reads the body of a story as written and as it renders, pull quotes included', () => {
    const md = { ...spotlight('md'), body: 'We met *Ben*&nbsp;**Bloggs**’s crew.' };
    const mdx = { ...spotlight('mdx'), filePath: 'content/spotlights/2026/mdx.mdx', body: 'A quote.\n\n<PullQuote by="Ben Bloggs">Water first.</PullQuote>' };
    const result = run({ spotlights: [md, mdx] });
    expect(result.spotlights).toEqual([]);
    expect(result.notices.map((n) => n.message)).toEqual([`${BEN} in body`, `${BEN} in body`]);
  });

  test('does not read what is never published, and says nothing about a story that would not publish anyway', () => {
    const approvedBy = spotlight('by', {
      approvals: [
        { role: 'communications', by: 'Ben Bloggs', date: date('2026-04-30') },
        { role: 'hr', by: 'H', date: date('2026-04-30') },
      ],
    });
    const draft = spotlight('draft', { status: 'draft', title: 'Ben Bloggs' });
    const result = run({ spotlights: [approvedBy, draft] });
    expect(result.spotlights.map((s) => s.id)).toEqual(['by']);
    expect(result.notices).toEqual([]);
  });

  test('reads bodies with the reader it is given, the same answers as its own, and not the body of a story that would not publish anyway', () => {
    const named = { ...spotlight('named'), body: 'We met *Ben* **Bloggs**.' };
    const draft = { ...spotlight('draft', { status: 'draft' }), body: 'Ben Bloggs again.' };
    const read: string[] = [];
    const toText = (body: string, options: { mdx: boolean }) => {
      read.push(body);
      return markdownToText(body, options);
    };
    const given = publish(content({ people: people(), spotlights: [named, draft] }), SETTINGS, NOW, toText);
    expect(given).toEqual(run({ spotlights: [named, draft] }));
    expect(given.notices.map((n) => n.message)).toEqual([`${BEN} in body`]);
    expect(read).toEqual([named.body]);
  });

  test('a name that a public person shares does not withhold anything', () => {
    const twin = person('ben-2', {}, { name: 'Ben Bloggs' });
    const result = publish(content({ people: [...people(), twin], spotlights: [spotlight('s', { title: 'Ben Bloggs at night' })] }), SETTINGS, NOW);
    expect(result.spotlights.map((s) => s.id)).toEqual(['s']);
  });

  test('an expiry takes effect at the next build, with nothing to commit', () => {
    const expiring = [person('ana', {}, { name: 'Ana Arce' }), person('cy', { expires: date('2026-06-15') }, { name: 'Cy Cole' })];
    const parts = { people: expiring, spotlights: [spotlight('s', { summary: 'Cy Cole helped.' })] };
    expect(publish(content(parts), SETTINGS, NOW).spotlights.map((s) => s.id)).toEqual(['s']);
    const later = publish(content(parts), SETTINGS, date('2026-06-16T06:00:00Z'));
    expect(later.spotlights).toEqual([]);
    expect(later.notices.map((n) => n.message)).toEqual(['withheld: it names cy (not public: consent expired after 2026-06-15) in summary']);
  });

  test('a story that features them is withheld with a notice too', () => {
    const result = run({ spotlights: [spotlight('s', { people: [ref('people', 'ana'), ref('people', 'ben')], title: 'Ben Bloggs' })] });
    expect(result.notices.map((n) => n.message)).toEqual(['withheld: it features ben (not public: consent is withdrawn)']);
  });

  test('withholds kudos whose message names them', () => {
    const kudos = {
      id: 'k',
      filePath: 'content/kudos/2026/k.yaml',
      data: { from: ref('people', 'ana'), to: [ref('people', 'ana')], date: date('2026-02-01'), badge: 'b', message: 'Like BEN BLOGGS did.', public: true },
    };
    const result = run({ kudos: [kudos] });
    expect(result.kudos).toEqual([]);
    expect(result.notices).toEqual([{ file: 'content/kudos/2026/k.yaml', message: `${BEN} in message` }]);
  });

  test('withholds a newsletter issue whose title or letter names them', () => {
    const issue = (id: string, title: string, body: string) => ({
      id,
      body,
      data: { title, date: date('2026-05-01'), department: ref('departments', 'lab'), spotlights: [], status: 'approved' as const },
    });
    const result = run({ newsletter: [issue('a', 'May with Ben Bloggs', ''), issue('b', 'May', 'Ben Bloggs says hello.'), issue('c', 'May', 'Hello.')] });
    expect(result.newsletter.map((n) => n.id)).toEqual(['c']);
    expect(result.notices.map((n) => n.message)).toEqual([`${BEN} in title`, `${BEN} in body`]);
  });

  test('keeps a department but leaves out each field that names them', () => {
    const lab = {
      id: 'lab',
      filePath: 'content/departments/lab.md',
      body: 'Founded by Ben Bloggs.',
      rendered: { html: '<p>Founded by Ben Bloggs.</p>' },
      data: { name: 'Lab', summary: 'Where Ben Bloggs worked.', photo: { src: './lab.jpg', alt: 'Ben Bloggs at the bench' } },
    };
    const result = run({ departments: [lab] });
    const [published] = result.departments;
    expect(published).toEqual({ id: 'lab', filePath: 'content/departments/lab.md', data: { name: 'Lab', summary: '' } });
    expect(result.notices).toEqual([
      { file: 'content/departments/lab.md', message: 'left out summary, photo, body, which name ben (not public: consent is withdrawn)' },
    ]);
  });

  test('keeps the name of a department that names them, and says so', () => {
    const result = run({ departments: [{ id: 'bb', data: { name: 'The Ben Bloggs Lab', summary: 'Tests.' } }] });
    expect(result.departments[0]!.data.name).toBe('The Ben Bloggs Lab');
    expect(result.notices).toEqual([
      { file: 'departments/bb', message: 'kept name, which names ben (not public: consent is withdrawn): change it if it is about them' },
    ]);
  });

  test("leaves out a public person's bio, role, photo and link that name them", () => {
    const ana = {
      ...person(
        'ana',
        {},
        { name: 'Ana Arce', role: 'Deputy to Ben Bloggs', links: { website: 'https://ben-bloggs.example', linkedin: 'https://linkedin.example/ana' } },
      ),
      body: 'Ana took over from Ben Bloggs.',
      rendered: { html: '' },
    };
    const result = publish(content({ people: [ana, person('ben', { status: 'withdrawn' }, { name: 'Ben Bloggs' })] }), SETTINGS, NOW);
    const [published] = result.people;
    expect(published!.data.role).toBe('');
    expect(published!.data.links).toEqual({ linkedin: 'https://linkedin.example/ana' });
    expect('body' in published! || 'rendered' in published!).toBe(false);
    expect(result.notices.map((n) => n.message)).toEqual(['left out role, links.website, body, which name ben (not public: consent is withdrawn)']);
  });
});

describe('social and newsletter consent', () => {
  const ALL = ['profile', 'photo', 'newsletter', 'social'] as const;
  const people = [
    person('ana', { scope: [...ALL] }, { name: 'Ana Arce' }),
    person('dee', { scope: ['profile', 'photo', 'newsletter'] }, { name: 'Dee Dunn' }),
    person('eli', { scope: ['profile', 'photo', 'social'] }, { name: 'Eli Eze' }),
  ];
  const hero = { src: './h.jpg', alt: 'The pump house' };
  const run = (parts: Partial<Content>) => publish(content({ people, ...parts }), SETTINGS, NOW);

  test('a person without social consent keeps their photo on their page but not in link previews, cards or share kits', () => {
    const result = run({});
    expect(result.people.map((p) => [p.id, Boolean(p.data.photo), p.previewImage, p.shareable])).toEqual([
      ['ana', true, true, true],
      ['dee', true, false, false],
      ['eli', true, true, true],
    ]);
  });

  test('a story shows its hero in link previews only when everyone it features, or its hero names, has social consent', () => {
    const result = run({
      spotlights: [
        spotlight('all-social', { hero, share: { x: 'Hi' } }),
        spotlight('features-dee', { hero, people: [ref('people', 'ana'), ref('people', 'dee')], share: { x: 'Hi' } }),
        spotlight('hero-names-dee', { hero: { src: './h.jpg', alt: 'Dee Dunn at the pump' } }),
        spotlight('no-hero'),
      ],
    });
    const byId = new Map(result.spotlights.map((s) => [s.id, s]));
    expect([...byId].map(([id, s]) => [id, s.previewImage])).toEqual([
      ['all-social', true],
      ['features-dee', false],
      ['hero-names-dee', false],
      ['no-hero', false],
    ]);
    // No share kit for a story whose people did not all agree to social sharing.
    expect(byId.get('all-social')!.data.share).toEqual({ x: 'Hi' });
    expect('share' in byId.get('features-dee')!.data).toBe(false);
    expect([...byId].map(([id, s]) => [id, s.shareable])).toEqual([
      ['all-social', true],
      ['features-dee', false],
      ['hero-names-dee', true],
      ['no-hero', true],
    ]);
  });

  test('newsletter issues list only stories whose people all have newsletter consent, and say which were left out', () => {
    const issue = {
      id: '2026-05',
      filePath: 'content/newsletter/2026-05.md',
      data: {
        title: 'May',
        date: date('2026-05-01'),
        department: ref('departments', 'lab'),
        spotlights: [ref('spotlights', 'ana'), ref('spotlights', 'eli'), ref('spotlights', 'names-eli')],
        status: 'approved' as const,
      },
    };
    const result = run({
      spotlights: [spotlight('ana'), spotlight('eli', { people: [ref('people', 'eli')] }), spotlight('names-eli', { summary: 'With Eli Eze.' })],
      newsletter: [issue],
    });
    expect(result.people.map((p) => [p.id, p.inNewsletter])).toEqual([
      ['ana', true],
      ['dee', true],
      ['eli', false],
    ]);
    expect(result.newsletter[0]!.data.spotlights.map((s) => s.id)).toEqual(['ana']);
    expect(result.notices).toEqual([
      {
        file: 'content/newsletter/2026-05.md',
        message:
          'left out spotlight eli: it features eli (no newsletter consent); left out spotlight names-eli: it names eli (no newsletter consent) in summary',
      },
    ]);
  });

  test('an issue whose letter names someone without newsletter consent is withheld', () => {
    const issue = {
      id: 'n',
      body: 'Eli Eze writes.',
      data: { title: 'May', date: date('2026-05-01'), department: ref('departments', 'lab'), spotlights: [], status: 'approved' as const },
    };
    const result = run({ newsletter: [issue] });
    expect(result.newsletter).toEqual([]);
    expect(result.notices.map((n) => n.message)).toEqual(['withheld: it names eli (no newsletter consent) in body']);
  });
});
