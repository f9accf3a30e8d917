import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Axe from 'axe-core';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeInBrowser, launchBrowser, openContext } from '../helpers/browser.ts';
import { ROOT } from '../helpers/buildSite.ts';
import { findPageTypes, representativePages } from '../helpers/pageTypes.ts';
import { serveDist, type DistServer } from '../helpers/serveDist.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VARIANTS = [
  { scheme: 'light', width: 390 },
  { scheme: 'dark', width: 390 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
] as const;

const { types, unmatched } = await findPageTypes(FIXTURE_OUT, path.join(ROOT, 'src', 'pages'));
/** The search page is also checked as a visitor sees it after searching: filters open, results listed. */
const SEARCHED = '/search/?q=lab&type=Person';
const pages = [...representativePages(types), SEARCHED];

test('every page type in src/pages has a page in the fixture site, so the browser checks reach it', () => {
  expect(types.filter((type) => type.urls.length === 0).map((type) => type.route)).toEqual([]);
  expect(unmatched).toEqual([]);
});

interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string | undefined }[];
}

/** One line per element at fault: the rule, what to fix, where, and axe's explanation. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at \`${node.target}\`. ${node.summary?.replace(/\s+/g, ' ') ?? ''} See ${v.helpUrl}`),
  );
}

describeInBrowser('accessibility: axe finds no violation', () => {
  let server: DistServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist(FIXTURE_OUT);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(VARIANTS)('in the $scheme scheme at $width px', ({ scheme, width }) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await openContext(browser, server.origin, { viewport: { width, height: 900 } });
    });
    afterAll(() => context?.close());

    test.each(pages)('%s', async (url) => {
      const page = await context.newPage();
      try {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(server.origin + url);
        if (url === SEARCHED) await page.locator('[data-search-results] li').first().waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.addScriptTag({ content: AXE_SOURCE });
        const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
          const axe = (window as unknown as { axe: typeof Axe }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
          }));
        }, AXE_TAGS);
        expect(describeViolations(violations)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });
});
