import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { browseFixture, describeInBrowser, waitForText } from '../helpers/browser.ts';
import { listedResults, openSearch, SEARCH_BOX, SEARCH_STATUS } from '../helpers/search.ts';

const SPOTLIGHT = '/spotlights/morning-samples/';
/** More Tab presses than any page has stops: past this, focus is stuck in a loop. */
const MAX_TABS = 300;

/** Where focus stopped after one Tab, and whether a person could see it there. */
interface FocusStop {
  element: string;
  href: string | null;
  indicator: boolean;
  inViewport: boolean;
}

/** Remembers every element's outline and box shadow before anything has focus, to compare focus against. */
async function recordUnfocusedStyles(page: Page): Promise<void> {
  await page.evaluate(() => {
    const styles = new Map<Element, string>();
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      styles.set(element, `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`);
    }
    (window as unknown as { unfocusedStyles: Map<Element, string> }).unfocusedStyles = styles;
  });
}

/** Describes the focused element: a focus indicator is an outline or shadow, on it or an ancestor, that only focus added. */
function describeFocus(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return null;
    const unfocused = (window as unknown as { unfocusedStyles?: Map<Element, string> }).unfocusedStyles;
    if (!unfocused) throw new Error('Call recordUnfocusedStyles before moving focus, to have something to compare focus against.');
    let indicator = false;
    for (let element: Element | null = focused; element && !indicator; element = element.parentElement) {
      const style = getComputedStyle(element);
      const now = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} / ${style.boxShadow}`;
      const drawn = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      indicator = drawn && now !== unfocused.get(element);
    }
    const box = focused.getBoundingClientRect();
    const classes = [...focused.classList].map((name) => `.${name}`).join('');
    return {
      element: `${focused.tagName.toLowerCase()}${focused.id ? `#${focused.id}` : ''}${classes} "${(focused.textContent ?? '').trim().slice(0, 40)}"`,
      href: focused.getAttribute('href'),
      indicator,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
    };
  });
}

/** Presses Tab from the top of the page until focus leaves the page, and returns every stop. */
async function tabThrough(page: Page): Promise<FocusStop[]> {
  await recordUnfocusedStyles(page);
  const stops: FocusStop[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop === null) return stops;
    stops.push(stop);
  }
  throw new Error(`Focus never left the page after ${MAX_TABS} presses of Tab: a keyboard trap?`);
}

/** Presses Tab until the element matching `selector` has focus, and returns every stop on the way, that one last. */
async function tabTo(page: Page, selector: string): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (stop === null) break;
    stops.push(stop);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return stops;
  }
  throw new Error(`Tab never reached ${selector}; it stopped on ${stops.map((stop) => stop.element).join(', ') || 'nothing'}`);
}

/** The stops where a person could not see focus: not drawn, or out of view. */
const unseen = (stops: FocusStop[]) => stops.filter((stop) => !stop.indicator || !stop.inViewport).map((stop) => stop.element);

describeInBrowser('keyboard', () => {
  const site = browseFixture({ viewport: { width: 1280, height: 900 } });

  test.each(['/', SPOTLIGHT])('on %s the first Tab shows the skip link, and it moves focus to the main content', async (url) => {
    await site.page.goto(site.origin + url);
    await recordUnfocusedStyles(site.page);
    await site.page.keyboard.press('Tab');
    expect(await describeFocus(site.page)).toMatchObject({ href: '#main', indicator: true, inViewport: true });
    await site.page.keyboard.press('Enter');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('main');
    await site.page.keyboard.press('Tab');
    expect(await site.page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
  });

  test.each(['/', SPOTLIGHT])('on %s every element Tab reaches shows where focus is', async (url) => {
    await site.page.goto(site.origin + url);
    const stops = await tabThrough(site.page);
    expect(stops.length).toBeGreaterThan(5);
    expect(unseen(stops)).toEqual([]);
  });

  test.each(['/', SPOTLIGHT])('on %s Tab reaches every link of the main menu, and Enter follows it', async (url) => {
    await site.page.goto(site.origin + url);
    const menu = await site.page.locator('header nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const reached = (await tabThrough(site.page)).map((stop) => stop.href);
    expect(menu.length).toBeGreaterThan(0);
    expect(reached).toEqual(expect.arrayContaining(menu));

    await site.page.goto(site.origin + url);
    await recordUnfocusedStyles(site.page);
    await tabTo(site.page, 'header nav a[href="/people/"]');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(`${site.origin}/people/`);
  });

  test('on /search/ the keyboard alone finds a person, narrows the results by a filter and follows one, with focus always shown', async () => {
    await openSearch(site.page, site.origin + '/search/');
    await recordUnfocusedStyles(site.page);
    const header = await site.page.locator('header a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    const toBox = await tabTo(site.page, SEARCH_BOX);
    expect(toBox.map((stop) => stop.href)).toEqual(['#main', ...header, null]);

    await site.page.keyboard.type('Paula');
    expect(await site.page.locator(SEARCH_STATUS).getAttribute('role')).toBe('status');
    await waitForText(site.page, SEARCH_STATUS, /^\d+ results for “Paula”\.$/);
    const everything = await listedResults(site.page);
    expect(everything).toContain('/people/paula-public/');
    expect(everything.some((href) => !href?.startsWith('/people/'))).toBe(true);

    const toFilters = await tabTo(site.page, 'details.filters > summary');
    await site.page.keyboard.press('Enter');
    expect(await site.page.locator('details.filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    const toPeople = await tabTo(site.page, 'input[type="checkbox"][name="type"][value="Person"]');
    await site.page.keyboard.press('Space');
    await waitForText(site.page, SEARCH_STATUS, /^\d+ results? for “Paula” in People\.$/);
    expect(await site.page.getByRole('checkbox', { name: 'People' }).isChecked()).toBe(true);
    const people = await listedResults(site.page);
    expect(people[0]).toBe('/people/paula-public/');
    expect(people.every((href) => href?.startsWith('/people/'))).toBe(true);
    expect(people.length).toBeLessThan(everything.length);

    const toResult = await tabTo(site.page, '[data-search-results] a');
    expect(toResult.at(-1)?.href).toBe('/people/paula-public/');
    expect(unseen([...toBox, ...toFilters, ...toPeople, ...toResult])).toEqual([]);
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(`${site.origin}/people/paula-public/`);
  });
});
