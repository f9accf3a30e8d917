import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serveSite } from './helpers/serve.ts';
import { FIXTURE_OUT } from './setup/buildFixture.ts';

const CHROMIUM = '/usr/bin/chromium';

describe.runIf(existsSync(CHROMIUM) || process.env['CI'])('searching the built site in a browser', () => {
  let browser: Browser;
  let page: Page;
  let site: Awaited<ReturnType<typeof serveSite>>;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is required in CI at ${CHROMIUM}: apt-get install chromium`).toBe(true);
    site = await serveSite(FIXTURE_OUT);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    page = await browser.newPage();
    // Only the local site: nothing may be fetched from elsewhere.
    await page.route('**/*', (route) => (route.request().url().startsWith(site.url) ? route.continue() : route.abort()));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const results = () => page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

  test('typing a published name finds the person, a withdrawn person finds nothing, and filters narrow a search from the address', async () => {
    await page.goto(`${site.url}/search/`);
    const box = page.getByRole('searchbox', { name: 'Search stories, people and departments' });
    const status = page.getByRole('status');
    await box.fill('Quietphoto');
    await expect.poll(() => status.textContent()).toMatch(/results? for “Quietphoto”/);
    expect(await results()).toContain('/people/nora-nophoto/');
    expect(page.url()).toBe(`${site.url}/search/?q=Quietphoto`);

    await box.fill('Wilhelmina');
    await expect.poll(() => status.textContent()).toBe('No results for “Wilhelmina”.');
    expect(await results()).toEqual([]);

    await page.goto(`${site.url}/search/?q=lab`);
    await expect.poll(() => box.inputValue()).toBe('lab');
    await expect.poll(results).toEqual(expect.arrayContaining(['/departments/lab/', '/people/paula-public/']));
    await page.getByText('Filters').click();
    await page.getByRole('checkbox', { name: 'People' }).check();
    await expect.poll(() => status.textContent()).toMatch(/for “lab” in People\.$/);
    const people = await results();
    expect(people).toContain('/people/paula-public/');
    expect(people.every((href) => href?.startsWith('/people/'))).toBe(true);
    expect(page.url()).toBe(`${site.url}/search/?q=lab&type=Person`);
  });
});
