// `npm run lint` part 1 (see scripts/lint.mjs): ESLint over the sources, tests and scripts.
// Type errors are tsc's job (tsconfig.test.json) and template bindings lit-analyzer's, so the
// typescript-eslint rules here are the syntactic ones that need no type information (and no second compile).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'src/content/', 'bench/.pages/', '.test-results/', 'demo/vendor/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: {globals: {...globals.browser}},
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    rules: {
      // `try {...} catch {}` around an optional step with a fallback value already set is the idiom we use.
      'no-empty': ['error', {allowEmptyCatch: true}],
      // `_`-prefixed parameters are deliberately unused (a callback's position fixes them).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'bin/**', 'test/node/**', 'test/embedding/**', 'test/gallery/**', 'test/support/**/*.mjs', '*.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    languageOptions: {globals: {...globals.mocha}},
    // chai's property assertions (`expect(x).to.be.empty`, `.to.exist`) are expressions by design.
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
