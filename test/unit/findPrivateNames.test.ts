import { describe, expect, test } from 'vitest';
import { findPrivateNames, fold, privateNames } from '../../src/lib/publication/findPrivateNames.ts';

const HIDDEN = [
  { id: 'ada-lovelace', name: 'Ada Lovelace' },
  { id: 'zoe-angstrom', name: 'Zoë Ångström-Núñez' },
  { id: 'kai', name: 'Kai Nakamura' },
  { id: 'taro-yamada', name: '山田太郎' },
  { id: 'maryam-alhaddad', name: 'مريم الحداد' },
  { id: 'sam-lee', name: 'Sam Lee' },
];
const SHOWN = [
  { id: 'ada-byron', name: 'Ada Lovelace-Byron' },
  { id: 'sam-lee-2', name: 'Sam Lee' },
];
const names = privateNames(HIDDEN, SHOWN);

describe('findPrivateNames finds a name however the text hides it', () => {
  test.each([
    ['as written', 'A night with Ada Lovelace.', ['ada-lovelace']],
    ['in another case', 'ADA LOVELACE and ada lovelace', ['ada-lovelace']],
    ['possessive', "Ada Lovelace's crew, Ada Lovelace’s van", ['ada-lovelace']],
    ['across a line break and several spaces', 'Ada\n   Lovelace', ['ada-lovelace']],
    ['with emphasis around one word', '*Ada* Lovelace', ['ada-lovelace']],
    ['with emphasis inside a word', 'Ada **Love**lace', ['ada-lovelace']],
    ['joined by an underscore', 'Ada_Lovelace', ['ada-lovelace']],
    ['with a non-breaking space entity', 'Ada&nbsp;Lovelace', ['ada-lovelace']],
    ['with numeric character references', '&#65;da&#x20;Lovelace', ['ada-lovelace']],
    ['split by a line-break tag', 'Ada<br>Lovelace', ['ada-lovelace']],
    ['split by an inline tag inside a word', 'Ada Love<b>lace</b>', ['ada-lovelace']],
    ['in an attribute', '<img src="x.jpg" alt="Ada Lovelace at work">', ['ada-lovelace']],
    ['with a zero-width space', 'Ada\u200BLovelace', ['ada-lovelace']],
    ['with a soft hyphen', 'Ada Love\u00ADlace', ['ada-lovelace']],
    ['in full-width letters', 'Ａｄａ Ｌｏｖｅｌａｃｅ', ['ada-lovelace']],
    ['in NFD with accents', 'Zoe\u0308 A\u030Angstro\u0308m-Nu\u0301n\u0303ez', ['zoe-angstrom']],
    ['in NFC with accents', 'Zo\u00EB \u00C5ngstr\u00F6m-N\u00FA\u00F1ez', ['zoe-angstrom']],
    ['without its accents', 'Zoe Angstrom Nunez', ['zoe-angstrom']],
    ['in a script without spaces', '会議で山田太郎さんが話した', ['taro-yamada']],
    ['in Arabic script, with vowel marks', 'شكرا مَرْيَم الحداد', ['maryam-alhaddad']],
    ['as an id in a link', 'see [her page](/people/ada-lovelace/)', ['ada-lovelace']],
    ['as an id in text', 'tagged #ada-lovelace today', ['ada-lovelace']],
    ['as a one-word id in a link to the page', '/people/kai/', ['kai']],
    ['in a link after another `people/`', '/people/people/kai/', ['kai']],
    ['as an id between other ids', 'tags: night-shift,ada-lovelace,crew', ['ada-lovelace']],
    ['inside a longer tag', 'ada-lovelace-fan-club', ['ada-lovelace']],
    ['twice, with a longer public name beside it', 'Ada Lovelace-Byron met Ada Lovelace', ['ada-lovelace']],
    ['two people, in the order they were given', 'Kai Nakamura and Ada Lovelace', ['ada-lovelace', 'kai']],
  ])('%s', (_, text, expected) => {
    expect(findPrivateNames(text, names)).toEqual(expected);
  });
});

describe('findPrivateNames does not fire', () => {
  test.each([
    ['inside another word', 'Adam Lovelace, Ada Lovelaces, Nada Lovelace'],
    ['on a first name alone', 'Ada fixed it; Lovelace checked it.'],
    ['on a one-word id as an ordinary word', 'Kai means sea; the kai was good.'],
    ['on a longer public name that contains it', 'Ada Lovelace-Byron leads the crew.'],
    ['on a name a public person shares', 'Sam Lee joined in May.'],
    ['on an id that reads as a public name', 'the sam-lee tag'],
    ['on a one-word id that begins a longer id', '/people/kai-2/'],
    ['on text without names', ''],
  ])('%s', (_, text) => {
    expect(findPrivateNames(text, names)).toEqual([]);
  });

  test('but a link to the page of a person who shares a public name still names them', () => {
    expect(findPrivateNames('/people/sam-lee/', names)).toEqual(['sam-lee']);
  });
});

describe('tags', () => {
  test.each([
    ['the id', 'ada-lovelace', ['ada-lovelace']],
    ['a one-word id', 'kai', ['kai']],
    ['the name as a tag', 'zoe-angstrom-nunez', ['zoe-angstrom']],
    ['an unrelated tag', 'night-shift', []],
    ['the id of someone whose name is also public', 'sam-lee', []],
  ])('a tag equal to %s', (_, tag, expected) => {
    expect(findPrivateNames(tag, names, { tag: true })).toEqual(expected);
  });
});

test('an id with other characters than letters, digits and hyphens is found as written', () => {
  const dotted = privateNames([{ id: 'jo.doe-smith', name: 'Jo Doe' }]);
  expect(findPrivateNames('see /people/jo.doe-smith/', dotted)).toEqual(['jo.doe-smith']);
  expect(findPrivateNames('tagged jo.doe-smith here', dotted)).toEqual(['jo.doe-smith']);
  expect(findPrivateNames('tagged xjo.doe-smith here', dotted)).toEqual([]);
});

test('with nobody hidden, nothing is found', () => {
  expect(findPrivateNames('Ada Lovelace', privateNames([], SHOWN))).toEqual([]);
});

test('fold removes case, normalisation form and accents', () => {
  expect(fold('Zoe\u0308 ÅNGSTRÖM Straße Søren')).toBe('zoe angstrom strasse soren');
});

describe('an id of more than one word is found only as a whole run of letters, digits and hyphens', () => {
  const joDoe = privateNames([{ id: 'jo-doe', name: 'Joanna Doe' }]);
  test.each([
    ['on its own', 'met jo-doe today', ['jo-doe']],
    ['at the start and the end of the text', 'jo-doe', ['jo-doe']],
    ['between punctuation and emoji', '(🙂jo-doe🙂).', ['jo-doe']],
    ['twice, after a longer run', 'jo-doe-2 and jo-doe', ['jo-doe']],
    ['after a letter outside the Basic Multilingual Plane', '𐐀jo-doe', []],
    ['before a letter outside the Basic Multilingual Plane', 'jo-doe𐐀', []],
    ['inside a longer id', 'jo-doe-2', []],
    ['after hyphens', '--jo-doe', []],
    ['after a digit', '2jo-doe', []],
    ['written without its hyphen', 'jodoe', []],
  ])('%s', (_, text, expected) => {
    expect(findPrivateNames(text, joDoe)).toEqual(expected);
  });
});
