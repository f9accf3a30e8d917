import { LinkChecker, LinkState } from 'linkinator';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { serveDist, type DistServer } from '../helpers/serveDist.ts';
import { FIXTURE_OUT } from '../setup/buildFixture.ts';

/** The site's public address, as its pages write it in canonical, Open Graph and feed URLs. */
const SITE_ORIGIN = new URL((await readPage(FIXTURE_OUT, '/')).querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

let server: DistServer;
beforeAll(async () => {
  server = await serveDist(FIXTURE_OUT);
});
afterAll(() => server?.close());

test('no internal link or #fragment in the built site is broken', async () => {
  const { links } = await new LinkChecker().check({
    // The home page leads everywhere published; the 404 page is reached by no link.
    path: [`${server.origin}/`, `${server.origin}/404.html`],
    recurse: true,
    checkFragments: true,
    // Absolute links to the site itself (canonical, og:image) must resolve too: check them locally.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE_ORIGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`), replacement: server.origin }],
    linksToSkip: async (link) => !link.startsWith(server.origin),
  });
  const broken = links.filter((link) => link.state === LinkState.BROKEN);
  expect(links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(20);
  expect([
    ...new Set(broken.map((link) => `${link.url.replace(server.origin, '')} (${link.status}) linked from ${link.parent?.replace(server.origin, '')}`)),
  ]).toEqual([]);
});
