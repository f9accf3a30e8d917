import { describe, expect, test } from 'vitest';
import { contactKey, findContactDetails } from '../../src/lib/output/findContactDetails.ts';

describe('finds', () => {
  test.each([
    ['Write to ana.silva@lindenbrook.example any time', 'ana.silva@lindenbrook.example'],
    ['<a href="mailto:zoë@wasser.example">', 'zoë@wasser.example'],
    ['an invisible space inside: ada\u200b@example.org', 'ada@example.org'],
    ['a soft hyphen inside: ada\u00ad.lovelace@example.org', 'ada.lovelace@example.org'],
    ['a full-width at sign: ada＠example.org', 'ada@example.org'],
  ])('the e-mail address in %j', (text, hit) => {
    expect(findContactDetails(text)).toEqual([hit]);
  });

  test.each([
    ['Call +44 20 7946 0958 after six', '+44 20 7946 0958'],
    ['Call +442079460958', '+442079460958'],
    ['Call (020) 7946 0958', '(020) 7946 0958'],
    ['Call +44 (0)20 7946 0958', '+44 (0)20 7946 0958'],
    ['Call 0044 20 7946 0958', '0044 20 7946 0958'],
    ['Call 44 20 7946 0958', '44 20 7946 0958'],
    ['Mobile 0151-496-0123', '0151-496-0123'],
    ['Call Ada on 07700 900123 tonight', '07700 900123'],
    ['US office 555-0142-7788', '555-0142-7788'],
    ['Call (555) 014 2778', '(555) 014 2778'],
    ['Call (555) 014-2778', '(555) 014-2778'],
    ['no-break spaces: +44\u00a07700\u00a0900123', '+44 7700 900123'],
    ['narrow no-break spaces: 07700\u202f900123', '07700 900123'],
    ['thin spaces: 0151\u2009496\u20090123', '0151 496 0123'],
    ['en dashes: 0151\u2013496\u20130123', '0151\u2013496\u20130123'],
    ['em dashes: 0151\u2014496\u20140123', '0151\u2014496\u20140123'],
    ['minus signs: 0151\u2212496\u22120123', '0151\u2212496\u22120123'],
    ['non-breaking hyphens: 0151\u2011496\u20110123', '0151\u2010496\u20100123'],
    ['double spaces: 0151  496  0123', '0151 496 0123'],
    ['a dash with spaces: 0151 - 496 - 0123', '0151 - 496 - 0123'],
    ['slashes: 0151/496/0123', '0151/496/0123'],
    ['a German area code: 030/12345678', '030/12345678'],
    ['dots: 0151.496.0123', '0151.496.0123'],
    ['US dots: 1.800.555.0199', '1.800.555.0199'],
    ['international dots: +44.20.7946.0958', '+44.20.7946.0958'],
    ['French pairs: 06 12 34 56 78', '06 12 34 56 78'],
    ['full-width digits: \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13', '07700 900123'],
    ['a long number from 0: 07700900123', '07700900123'],
  ])('the phone number in %s', (text, hit) => {
    expect(findContactDetails(text)).toEqual([hit]);
  });

  test.each([
    ['<a href="tel:07700900123">ring her</a>', '07700900123'],
    ['without +: tel:442079460958', '442079460958'],
    ['however short: tel:999', '999'],
    ['even when it reads as a date: tel:2026-03-14', '2026-03-14'],
    ['or as a large number: tel:120 000 000', '120 000 000'],
    ['with brackets: tel:+44(0)2079460958', '+44(0)2079460958'],
    ['in capitals: TEL:+442079460958', '+442079460958'],
  ])('the tel: target %s, whatever its digits', (text, hit) => {
    expect(findContactDetails(text)).toEqual([hit]);
  });
});

test.each([
  ['a date and a time', '<time datetime="2026-03-14">14 March 2026</time>, 05:00 to 13:30'],
  ['ISO dates', '2026-03-14, 2026/03/14 and 2026.03.14'],
  ['European and US dates', '14.03.2026, 14/03/2026, 14-03-2026, 3/14/2026 and 14.03.26'],
  ['ISO date-times', '2026-03-14T05:00:00Z, 2026-03-14T05:00:00+01:00 and 20260314T053000Z'],
  ['a range of dates', '1.3.2026 - 5.3.2026 and 14/03/2026–15/03/2026'],
  ['times and ranges of times', '05:00–13:30, 05.00 – 13.30 and 05:00:00'],
  ['a year range with an en dash', 'Champions 1998–2004'],
  ['a year range with spaces and a dash', 'from 1998 – 2004'],
  ['a run of years', 'Champions in 1998-2004-2010'],
  ['seasons', 'the 2019/2020 and 2020/2021 seasons'],
  ['image widths and hashes', 'srcset="/_img/f36f620a853c-480.avif 480w, /_img/f36f620a853c-800.avif 800w"'],
  ['a Mastodon link and CSS at-rules', 'https://mastodon.social/@ana @media (min-width: 40rem) { @font-face {} }'],
  ['years and counts', 'Since 2019, 1200 km of mains and 36 000 homes'],
  ['a large number with thousands separators', 'We treat 120 000 000 litres, or 120,000,000, a day'],
  ['thousands separated by no-break and thin spaces', '120\u00a0000\u00a0000 and 120\u202f000\u202f000 and 120\u2009000\u2009000'],
  ['thousands separated by dots', '120.000.000 Liter'],
  ['a range of large numbers', 'between 1 200 000–1 500 000 people'],
  ['a long plain number', 'Asset 123456789 in the register'],
  ['version numbers', 'Lighthouse 12.2.3, Windows 10.0.19041.1234 and v1.2.3456789'],
  ['an IP address', 'the logger at 192.168.100.200'],
  ['a decimal number', 'pi is 3.14159265'],
  ['a sequence of single digits', 'steps 1-2-3-4-5-6-7 and 1 2 3 4 5 6 7 8'],
  ['numbers inside file names and hashes', '/_img/0123456789ab-480.jpg and photo-20260314-0830.jpg'],
  ['ids and hashes in paths', '/_img/1a2b3c4d5e6f-480.avif, /_astro/page.07700900.js, pagefind/fragment/en_102080a.pf_fragment, #call-07700-900123'],
  ['a commit hash', 'fixed in 9f86d081884c7d65 and 0777009001234567abcdef'],
  ['a label for a number on another line', 'Tel:\n0151\n496'],
])('ignores %s', (_, text) => {
  expect(findContactDetails(text)).toEqual([]);
});

test('the organisation may publish its own contacts, however they are written', () => {
  const text = 'Write to Stories@Lindenbrook.example or call +44 20 7946 0000 (tel:+442079460000).';
  expect(findContactDetails(text, ['stories@lindenbrook.example', '+44 (0)20 7946 0000'])).toEqual(['+44 20 7946 0000', '+442079460000']);
  expect(findContactDetails(text, ['stories@lindenbrook.example', '+44 20 7946 0000'])).toEqual([]);
  expect(findContactDetails('call 0044\u00a020\u00a07946\u00a00000 or tel:%2B', ['+44 20 7946 0000'])).toEqual([]);
});

test.each([
  ['Stories@Lindenbrook.example', 'stories@lindenbrook.example'],
  ['+44 20 7946 0000', '442079460000'],
  ['0044 20 7946 0000', '442079460000'],
  ['+44\u00a020\u00a07946\u00a00000', '442079460000'],
  ['07700 900123', '07700900123'],
])('%s is known by %s', (contact, key) => {
  expect(contactKey(contact)).toBe(key);
});
