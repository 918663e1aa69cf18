import { defineConfig } from 'vitest/config';

// Mutation testing runs the tests of the mutated pure modules in this process: the end-to-end tests
// run the built binary, which never contains a mutant, and the scenario tests only slow every
// mutant down, so they are left out here.
export default defineConfig({
  test: {
    include: [
      'test/gate/host-glob.test.ts',
      'test/gate/host-scope-index.test.ts',
      'test/gate/suppression.test.ts',
      'test/parse/yaml/*.test.ts',
      'test/parse/text/*.test.ts',
      'test/parse/hosts/csv-records.test.ts',
      'test/render/sarif/*.test.ts',
      'test/render/junit/*.test.ts',
      'test/shared/*.test.ts',
    ],
    env: { SOURCE_DATE_EPOCH: '1795478400' },
    testTimeout: 60_000,
  },
});
