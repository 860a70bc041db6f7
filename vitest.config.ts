import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/property-seed.ts'],
    testTimeout: 30_000,
    // End-to-end tests start real processes and pseudo-terminals; two cores are all there is.
    maxWorkers: 2,
  },
});
