import type { Page } from 'playwright-core';
import { PAGE_WAIT_MS } from './browser.ts';

/** The search box of the search page. */
export const SEARCH_BOX = '[data-search] input[type="search"]';
/** The live region (role=status) that announces how many results a search found. */
export const SEARCH_STATUS = '[data-search-status]';

/** Opens the search page at `url` and waits until its search is ready to use (it stays hidden until Pagefind loads). */
export async function openSearch(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(SEARCH_BOX).waitFor({ state: 'visible', timeout: PAGE_WAIT_MS });
}

/** The addresses of the results listed, in order. */
export function listedResults(page: Page): Promise<(string | null)[]> {
  return page.locator('[data-search-results] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}
