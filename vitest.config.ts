import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { SOURCE_DATE_EPOCH: '1795478400' },
    // The end-to-end tests start the binary many times; on a small machine busy with other runs, generous.
    testTimeout: 60_000,
  },
});
