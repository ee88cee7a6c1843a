// ESLint flat config: the recommended TypeScript rules over the project's sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'client/dist', '.neo4j', '.neo4j-test', '.cache', 'scratch', 'coverage'] },
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
);
