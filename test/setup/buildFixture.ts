import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, OUT } from '../helpers/buildSite.ts';

/** The fixture site every build test reads, built once per test run. */
export const FIXTURE = { content: 'test/fixtures/site', name: 'fixture', now: '2026-11-01T12:00:00Z' } as const;
/** The pages with content of their own that the fixture publishes at its "now": departments, public people, published spotlights. */
export const FIXTURE_CONTENT_PAGES = [
  '/departments/field/',
  '/departments/lab/',
  '/people/nora-nophoto/',
  '/people/paula-public/',
  '/people/sunniva-nosocial/',
  '/people/zoe-initials/',
  '/spotlights/morning-samples/',
  '/spotlights/open-lab-day/',
  '/spotlights/reservoir-dawn/',
  '/spotlights/zoe-at-sea/',
];
export const FIXTURE_OUT = path.join(OUT, FIXTURE.name);
export const FIXTURE_IMAGE_CACHE = path.join(OUT, `${FIXTURE.name}-image-cache`);
/** The fixture's own card cache, empty before each run so that the build draws every card. */
export const FIXTURE_CARD_CACHE = path.join(OUT, `${FIXTURE.name}-card-cache`);
/** Where the fixture build records its phases (`INSOURCE_PHASES`). */
export const FIXTURE_PHASES = path.join(OUT, `${FIXTURE.name}-phases.jsonl`);

export default async function setup(): Promise<void> {
  await rm(FIXTURE_IMAGE_CACHE, { recursive: true, force: true });
  await rm(FIXTURE_CARD_CACHE, { recursive: true, force: true });
  await rm(FIXTURE_PHASES, { force: true });
  const result = await buildSite({
    content: FIXTURE.content,
    name: FIXTURE.name,
    // Two card threads whatever the machine's cores, so the build always draws its cards on worker threads.
    env: {
      INSOURCE_NOW: FIXTURE.now,
      INSOURCE_IMAGE_CACHE: FIXTURE_IMAGE_CACHE,
      INSOURCE_CARD_CACHE: FIXTURE_CARD_CACHE,
      INSOURCE_CARD_WORKERS: '2',
      INSOURCE_PHASES: FIXTURE_PHASES,
    },
  });
  if (result.code !== 0) throw new Error(`The fixture site did not build:\n${result.output}`);
}
