import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { describeInBrowser, launchBrowser, openContext, waitForText } from './helpers/browser.ts';
import { listedResults, openSearch, SEARCH_BOX, SEARCH_STATUS } from './helpers/search.ts';
import { serveDist, type DistServer } from './helpers/serveDist.ts';
import { FIXTURE_OUT } from './setup/buildFixture.ts';

describeInBrowser('searching the built site in a browser', () => {
  let server: DistServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await serveDist(FIXTURE_OUT);
    browser = await launchBrowser();
    context = await openContext(browser, server.origin);
  });
  beforeEach(async () => {
    page = await context.newPage();
    return () => page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('typing a published name finds the person and keeps the words in the address; a withdrawn person finds nothing', async () => {
    await openSearch(page, `${server.origin}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search stories, people and departments' });
    await box.fill('Quietphoto');
    await waitForText(page, SEARCH_STATUS, /^\d+ results? for “Quietphoto”\.$/);
    expect(await listedResults(page)).toContain('/people/nora-nophoto/');
    expect(page.url()).toBe(`${server.origin}/search/?q=Quietphoto`);

    await box.fill('Wilhelmina');
    await waitForText(page, SEARCH_STATUS, /^No results for “Wilhelmina”\.$/);
    expect(await listedResults(page)).toEqual([]);
  });

  test('a search in the address runs on arrival, with its filters checked and announced by their labels', async () => {
    await openSearch(page, `${server.origin}/search/?q=lab&type=Person`);
    await waitForText(page, SEARCH_STATUS, /^\d+ results? for “lab” in People\.$/);
    expect(await page.locator(SEARCH_BOX).inputValue()).toBe('lab');
    expect(await page.locator('details.filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'People' }).isChecked()).toBe(true);
    const people = await listedResults(page);
    expect(people).toContain('/people/paula-public/');
    expect(people.every((href) => href?.startsWith('/people/'))).toBe(true);
  });
});
