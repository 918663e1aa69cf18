import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests start the binary many times; on a machine busy with other runs, 5 s is too short.
    testTimeout: 20_000,
    env: { SOURCE_DATE_EPOCH: '1795478400' },
  },
});
