import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { SOURCE_DATE_EPOCH: '1795478400' },
  },
});
