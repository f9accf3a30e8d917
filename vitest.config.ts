import { defineConfig } from 'vitest/config';

/**
 * Two projects. `unit` tests pure logic and needs no build: `npm run test:unit` runs in seconds.
 * `build` builds the fixture site once (global setup) and runs the build tests, the privacy scan, the
 * hostile-content builds and the browser gates one file at a time, since Astro builds in one checkout
 * share its generated `.astro/` folder.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests share a worker's module cache (no isolation per file): the same tests, about 12 s
        // instead of 30 s, nearly all of the difference being imports. They pass in any file order.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          globalSetup: ['test/setup/buildFixture.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
