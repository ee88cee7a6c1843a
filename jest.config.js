/**
 * Jest runs the TypeScript sources as ESM through ts-jest (transpile only), in three projects:
 * - unit: pure modules (extraction, scoring, parsing, the client's state), no database, in parallel when run alone
 *   (`npm run test:unit`);
 * - integration: against a real Neo4j (tests/global-setup.ts starts the local test instance), one file at a time,
 *   since every file wipes and fills the same database;
 * - browser: the explorer in Debian's Chromium against the real server and Neo4j.
 * `npm test` runs all three, one file at a time (`maxWorkers: 1` below); `npm run test:unit` overrides it.
 */
const transform = {
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
};

const common = {
  testEnvironment: 'node',
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  transform,
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** Test files that need no database. */
const UNIT = [
  '<rootDir>/tests/unit/**/*.test.ts',
  '<rootDir>/tests/graph-import/extract/**/*.test.ts',
  '<rootDir>/tests/graph-import/read-article.test.ts',
  '<rootDir>/tests/graph-import/cli-launcher.test.ts',
  '<rootDir>/tests/server/start.test.ts',
];

const withDatabase = {
  ...common,
  globalSetup: '<rootDir>/tests/global-setup.ts',
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
};

export default {
  maxWorkers: 1,
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT },
    {
      ...withDatabase,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/{db,server,graph-import}/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/tests/graph-import/extract/',
        'read-article',
        'cli-launcher',
        'server/start',
      ],
    },
    { ...withDatabase, displayName: 'browser', testMatch: ['<rootDir>/tests/client/**/*.test.ts'] },
  ],
};
