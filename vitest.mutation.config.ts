import { defineConfig } from 'vitest/config';

// Mutation testing runs the unit tests of the pure stages in this process: the end-to-end tests
// run the built binary, which never contains a mutant, so they are left out here.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/scenarios/**', 'test/architecture.test.ts', 'test/test-map.test.ts', 'node_modules/**'],
    env: { SOURCE_DATE_EPOCH: '1795478400' },
    testTimeout: 60_000,
  },
});
