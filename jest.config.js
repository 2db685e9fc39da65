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
  testResultsProcessor: './scripts/jest-results.cjs',
};
