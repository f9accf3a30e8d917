import { expect, test } from 'vitest';
import { browseFixture, describeInBrowser, waitForText } from '../helpers/browser.ts';
import { listedResults, openSearch, SEARCH_BOX, SEARCH_STATUS } from '../helpers/search.ts';

describeInBrowser('searching the built site in a browser', () => {
  const site = browseFixture();

  test('typing a published name finds the person and keeps the words in the address; a withdrawn person finds nothing', async () => {
    await openSearch(site.page, `${site.origin}/search/`);
    const box = site.page.getByRole('searchbox', { name: 'Search stories, people and departments' });
    await box.fill('Quietphoto');
    await waitForText(site.page, SEARCH_STATUS, /^\d+ results? for “Quietphoto”\.$/);
    expect(await listedResults(site.page)).toContain('/people/nora-nophoto/');
    expect(site.page.url()).toBe(`${site.origin}/search/?q=Quietphoto`);

    await box.fill('Wilhelmina');
    await waitForText(site.page, SEARCH_STATUS, /^No results for “Wilhelmina”\.$/);
    expect(await listedResults(site.page)).toEqual([]);
  });

  test('a search in the address runs on arrival, with its filters checked and announced by their labels', async () => {
    await openSearch(site.page, `${site.origin}/search/?q=lab&type=Person`);
    await waitForText(site.page, SEARCH_STATUS, /^\d+ results? for “lab” in People\.$/);
    expect(await site.page.locator(SEARCH_BOX).inputValue()).toBe('lab');
    expect(await site.page.locator('details.filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await site.page.getByRole('checkbox', { name: 'People' }).isChecked()).toBe(true);
    const people = await listedResults(site.page);
    expect(people).toContain('/people/paula-public/');
    expect(people.every((href) => href?.startsWith('/people/'))).toBe(true);
  });
});
