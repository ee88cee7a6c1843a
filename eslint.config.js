// ESLint flat config: the recommended TypeScript rules over the project's sources, and the layers of the project
// (graph-model <- db <- graph-import <- server; the client imports only graph-model) as import restrictions.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'client/dist', '.neo4j', '.neo4j-test', '.cache', '.scratch', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The launcher is plain JavaScript run by node.
  { files: ['bin/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // graph-model depends on nothing of ours.
  layer(
    ['graph-model/**/*.ts'],
    ['**/db/**', '**/graph-import/**', '**/server/**', '**/client/**'],
    'graph-model depends on nothing of ours',
  ),
  // db knows the model only.
  layer(['db/**/*.ts'], ['**/graph-import/**', '**/server/**', '**/client/**'], 'db imports only graph-model'),
  // The importer knows the model and the database, never the server or the client.
  layer(
    ['graph-import/**/*.ts'],
    ['**/server/**', '**/client/**'],
    'graph-import never imports the server or the client',
  ),
  // The server uses the importer through its face (graph-import/index.ts) only.
  layer(
    ['server/**/*.ts'],
    ['**/client/**', '**/graph-import/*/**', '**/graph-import/!(index).js'],
    'the server imports the importer from graph-import/index.js only, and never the client',
  ),
  // The client is the browser's: it shares the model and nothing else.
  layer(
    ['client/**/*.ts'],
    ['**/db/**', '**/graph-import/**', '**/server/**', 'node:*'],
    'the client imports only graph-model (it runs in the browser)',
  ),
);

/** An import restriction: `files` may not import from `patterns`; `rule` says the layering rule broken. */
function layer(files, patterns, rule) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: patterns, message: `${rule} (README, Layout)` }] }],
    },
  };
}
