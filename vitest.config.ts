import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { SOURCE_DATE_EPOCH: '1795478400' },
    // The machine is small and shared: generous, so that load never fails a test.
    testTimeout: 60_000,
  },
});
