import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once (npm run build) before any test file; SITE_DIST=dist reuses a build.
    globalSetup: ['tests/site/global-setup.ts'],
    testTimeout: 60_000,
    // A missing golden file fails, as in CI, instead of writing itself from the code under test
    // and passing: golden files are written only on request (`-u`) and then reviewed.
    update: 'none',
  },
});
