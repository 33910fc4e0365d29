import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One build of dist/ per run (test/global-setup.ts): no test reads a stale bundle.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report feeds the "N passed, N failed" line CI prints.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/vitest.json' },
  },
});
