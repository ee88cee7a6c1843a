/** Jest runs the TypeScript sources as ESM through ts-jest (transpile only); tests talk to a real Neo4j (tests/global-setup.ts). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        useESM: true,
        diagnostics: false,
        tsconfig: {
          isolatedModules: true,
          module: 'ESNext',
          moduleResolution: 'Bundler',
          target: 'ES2022',
          verbatimModuleSyntax: false,
        },
      },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  globalSetup: '<rootDir>/tests/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  testTimeout: 60000,
};
