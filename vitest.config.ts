import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/buildFixture.ts'],
    // Build tests wait their turn: builds run one at a time (see test/helpers/buildSite.ts).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
