import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';
import { serveDist, type DistServer } from './serveDist.ts';

/**
 * Browser tests skip on a machine without Chromium, with this reason, but never in CI: there a missing
 * browser must fail the run instead of passing it silently.
 */
const NO_BROWSER = existsSync(CHROMIUM) || process.env['CI'] ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** A suite of browser tests: skipped, with the reason in its name, where Chromium is missing outside CI. */
export function describeInBrowser(name: string, suite: () => void): void {
  describe.skipIf(NO_BROWSER)(NO_BROWSER ? `${name} (skipped: ${NO_BROWSER})` : name, suite);
}

/** Starts headless Chromium with the shared flags; a missing browser is an error with the install command. */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install chromium".`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}

/** A browser context that may only reach `origin`: every other request is aborted, so no test touches the network. */
export async function openContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient')));
  return context;
}

/** How long a browser test waits for the page to show something: generous, so a slow machine does not fail a test. */
export const PAGE_WAIT_MS = 15_000;

/**
 * Waits until the text of the element matching `selector` matches `pattern`, and returns that text. Gives up
 * after PAGE_WAIT_MS with the text the element showed last.
 */
export async function waitForText(page: Page, selector: string, pattern: RegExp): Promise<string> {
  try {
    const shown = await page.waitForFunction(
      ([target, source, flags]) => {
        const text = document.querySelector(target)?.textContent ?? '';
        return new RegExp(source, flags).test(text) && [text];
      },
      [selector, pattern.source, pattern.flags] as const,
      { timeout: PAGE_WAIT_MS },
    );
    const [text] = (await shown.jsonValue()) as [string];
    return text;
  } catch (error) {
    const last = await page
      .locator(selector)
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(`${selector} did not show ${pattern} within ${PAGE_WAIT_MS} ms; it showed ${JSON.stringify(last)}`, { cause: error });
  }
}

/** The built fixture site as a browser test sees it: its address, and a fresh page for the current test. */
export interface FixtureInBrowser {
  readonly origin: string;
  readonly page: Page;
}

/**
 * Serves the built fixture site and opens a new page for each test in one offline browser context; the
 * server and browser close after the suite. Call it inside describeInBrowser.
 */
export function browseFixture(contextOptions: Parameters<Browser['newContext']>[0] = {}): FixtureInBrowser {
  let server: DistServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    server = await serveDist(FIXTURE_OUT);
    browser = await launchBrowser();
    context = await openContext(browser, server.origin, contextOptions);
  });
  beforeEach(async () => {
    page = await context.newPage();
    return () => page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server.origin;
    },
    get page() {
      return page;
    },
  };
}
