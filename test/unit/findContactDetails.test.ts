import { expect, test } from 'vitest';
import { findContactDetails } from '../../src/lib/findContactDetails.ts';

test.each([
  ['Write to ana.silva@lindenbrook.example any time', 'ana.silva@lindenbrook.example'],
  ['<a href="mailto:zoë@wasser.example">', 'zoë@wasser.example'],
  ['Call +44 20 7946 0958 after six', '+44 20 7946 0958'],
  ['Call +442079460958', '+442079460958'],
  ['Call (020) 7946 0958', '(020) 7946 0958'],
  ['Mobile 0151-496-0123', '0151-496-0123'],
  ['Call Ada on 07700 900123 tonight', '07700 900123'],
  ['<a href="tel:07700900123">ring her</a>', '07700900123'],
  ['US office 555-0142-7788', '555-0142-7788'],
  ['Call (555) 014 2778', '(555) 014 2778'],
])('finds the contact detail in %j', (text, hit) => {
  expect(findContactDetails(text)).toEqual([hit]);
});

test.each([
  ['a date and a time', '<time datetime="2026-03-14">14 March 2026</time>, 05:00 to 13:30'],
  ['image widths and hashes', 'srcset="/_img/f36f620a853c-480.avif 480w, /_img/f36f620a853c-800.avif 800w"'],
  ['a Mastodon link and CSS at-rules', 'https://mastodon.social/@ana @media (min-width: 40rem) { @font-face {} }'],
  ['years and counts', 'Since 2019, 1200 km of mains and 36 000 homes'],
  ['a large number with thousands separators', 'We treat 120 000 000 litres, or 120,000,000, a day'],
  ['a run of years', 'Champions in 1998-2004-2010'],
  ['a long plain number', 'Asset 123456789 in the register'],
  ['numbers inside file names and hashes', '/_img/0123456789ab-480.jpg and photo-20260314-0830.jpg'],
])('ignores %s', (_, text) => {
  expect(findContactDetails(text)).toEqual([]);
});

test('the organisation may publish its own contacts, however they are written', () => {
  const text = 'Write to Stories@Lindenbrook.example or call +44 20 7946 0000 (tel:+442079460000).';
  expect(findContactDetails(text, ['stories@lindenbrook.example', '+44 (0)20 7946 0000'])).toEqual(['+44 20 7946 0000', '+442079460000']);
  expect(findContactDetails(text, ['stories@lindenbrook.example', '+44 20 7946 0000'])).toEqual([]);
});
