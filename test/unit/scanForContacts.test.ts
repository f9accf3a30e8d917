import { expect, test } from 'vitest';
import { scanForContacts } from '../helpers/scanForContacts.ts';

/** The tests' own blunt scan must not have the holes the build's scan once had: it reads decoded text too. */
test.each([
  ['an address split by markup', '<p><em>ada</em>@example.org</p>', 'ada@example.org'],
  ['a numeric entity', '<p>ada&#64;example.org</p>', 'ada@example.org'],
  ['a named entity', '<p>ada&commat;example.org</p>', 'ada@example.org'],
  ['a zero-width space', '<p>ada&#8203;@example.org</p>', 'ada@example.org'],
  ['a percent-encoded mailto: link', '<a href="mailto:ada%40example.org">write</a>', 'ada@example.org'],
  ['a query string', '<a href="https://forms.example/?email=ada%40example.org">form</a>', 'ada@example.org'],
  ['a JSON escape', '{"name":"ada\\u0040example.org"}', 'ada@example.org'],
  ['no-break spaces', '<p>07700\u00a0900123</p>', '07700 900123'],
  ['no-break spaces as entities', '<p>07700&nbsp;900123</p>', '07700 900123'],
  ['narrow no-break spaces', '<p>07700\u202f900123</p>', '07700 900123'],
  ['en dashes', '<p>0151\u2013496\u20130123</p>', '0151\u2013496\u20130123'],
  ['double spaces', '<p>0151  496  0123</p>', '0151 496 0123'],
  ['slashes', '<p>0151/496/0123</p>', '0151/496/0123'],
  ['dots', '<p>0151.496.0123</p>', '0151.496.0123'],
  ['a number split by markup', '<p><b>07700</b><i> 900123</i></p>', '07700 900123'],
  ['a tel: link without +', '<a href="tel:447700900123">call</a>', '447700900123'],
  ['a short tel: link', '<a href="tel:999">call</a>', '999'],
  ['a percent-encoded tel: link', '<a href="tel:%2B447700900123">call</a>', '+447700900123'],
])('sees %s', (_, text, hit) => {
  expect(scanForContacts(text)).toContain(hit);
});

test('still reads text that is not HTML', () => {
  expect(scanForContacts('Ring +44 20 7946 0321 or write to wilhelmina.h@crew.fixture.example')).toEqual([
    'wilhelmina.h@crew.fixture.example',
    '+44 20 7946 0321',
  ]);
});
