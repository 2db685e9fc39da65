/** Jest in ESM mode: ts-jest transpiles, `tsc --noEmit` type-checks separately. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Each test file loads the whole rule set again into ESM's module registry, which is not freed
  // between files. A worker that grows past this is replaced, so a long run stays within a small
  // machine's default heap; setting it also makes jest use a worker on a two-core machine.
  workerIdleMemoryLimit: '800MB',
  testResultsProcessor: './scripts/jest-results.cjs',
  // The run's temporary files go to a folder of its own, removed at the end.
  globalSetup: './test-support/jest/temp-setup.mjs',
  globalTeardown: './test-support/jest/temp-teardown.mjs',
};
