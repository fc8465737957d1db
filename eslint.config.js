// One ESLint configuration for the whole repository: every workspace, scripts/, e2e/ and bench/.
// `npm run lint` runs it, then `prettier --check`; the typecheck step of `npm test` runs `npm run lint`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', '**/build/', '**/coverage/', 'artifacts/', '.data/', 'tmp/', 'backend/data/']),

  js.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    // `let self` read by a callback made before the object it names exists (the simulator's servers).
    rules: { 'prefer-const': ['error', { ignoreReadBeforeAssign: true }] },
  },

  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    // Each file is typed by the tsconfig.json nearest to it, for the promise rules below: the type-aware
    // rules that find bugs (a rejection nobody handles, an `await` that waits for nothing). The rest of
    // `recommendedTypeChecked` is left out: its no-unsafe-* rules (about 1,100 findings) are about the
    // tests reading untyped JSON answers, and an explicit `any` is refused already (no-explicit-any).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // A promise-returning handler in a JSX attribute is how react-hook-form's `handleSubmit` is used
      // (it handles its own promise); everywhere else a promise where nothing awaits it is an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // `_name`: deliberately unused (a rest-omitted field, an Express error handler's fourth parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },

  // The frontend runs in the browser and its components follow the rules of hooks (and of the React Compiler).
  {
    files: ['frontend/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: { ...globals.browser } },
  },

  // No import cycles. import-x's own resolver (unrs-resolver, which jest already uses) with the two ways the
  // code names a module: `./x.js` for `./x.ts` (NodeNext workspaces) and `./x` (the frontend's bundler
  // resolution); `types` resolves the contract workspace (types only) to its source. This rule does not
  // follow `import type` (types vanish at run time); codeShape.test.ts checks cycles through types as well.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
          conditionNames: ['types', 'import', 'default'],
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // Formatting belongs to Prettier: last, so that it turns off every stylistic rule above.
  prettier,
);
