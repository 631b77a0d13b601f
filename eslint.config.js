// ESLint flat config: TypeScript strict rules, React hooks, and the import boundaries of docs/architecture.md.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream'];

/** What no file in shared/ may import: it runs in the page, the main process and the CLI alike. */
const SHARED_BANS = [
  ...nodeBuiltins,
  'electron',
  'electron/*',
  'react',
  'react-dom',
  'react/*',
  'lowdb',
  'lowdb/*',
  'pdfkit',
];

/** The shell around the core: the desktop app, the browser host and the CLI. electron/core imports none of it. */
const SHELL = [
  '**/main',
  '**/menu',
  '**/ipc',
  '**/preload',
  '**/window',
  '**/app-protocol',
  '**/web-host',
  '**/web-files',
  '**/web-main',
  '**/desktop/*',
  '**/cli/*',
  '**/cli/**',
];

/** A `no-restricted-imports` rule that forbids the given module patterns, saying why. */
function forbid(patterns, why) {
  return ['error', { patterns: [{ group: patterns, message: why }] }];
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // No import cycles anywhere in our code (a cycle makes load order, and so behaviour, fragile).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Promises are awaited or handed on on purpose: a forgotten one loses its error (type-aware).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(SHARED_BANS, 'shared/ is pure: no Node, Electron, React, lowdb or pdfkit.'),
    },
  },
  {
    // shared/ has layers: dates and quantities at the bottom, then the entity schemas, then the
    // rules (domain), then the contract. Nothing imports upward.
    files: ['shared/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [
          ...SHARED_BANS,
          '../domain/*',
          '!../domain/calendar-date',
          '!../domain/quantity',
          '../contract',
          '../api-shape',
        ],
        'shared/schemas sits below the rules and the contract: it may use only dates and quantities from shared/domain.',
      ),
    },
  },
  {
    files: ['shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...SHARED_BANS, '**/contract', '**/api-shape'],
        'The rules sit below the contract: shared/domain never imports it.',
      ),
    },
  },
  {
    files: ['shared/domain/calendar-date.ts', 'shared/domain/quantity.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...SHARED_BANS, './*', '../*'],
        'Dates and quantities are the bottom layer of shared/: they import nothing of ours.',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'electron/*', 'lowdb', 'lowdb/*', '**/electron/**'],
        'The page runs sandboxed: no Node or Electron; reach the core through renderer/src/api.ts.',
      ),
    },
  },
  {
    // The page's model is pure: no React, no calls to the core, no components (it has its own tests).
    files: ['renderer/src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...nodeBuiltins, 'electron', 'electron/*', 'lowdb', 'react', 'react-dom', 'react/*', '**/api', '**/*.tsx'],
        'renderer/src/model is pure view logic: no React, no api calls, no components.',
      ),
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', 'electron/*', 'react', 'react-dom', ...SHELL],
        'electron/core runs in plain Node and knows no shell: it never imports electron, the desktop app, the browser host or the CLI (they import it).',
      ),
    },
  },
  {
    // A handler is a few lines over the domain and the core's services; it never reaches into
    // another handler (shared logic lives in shared/domain or electron/core/files, store…).
    files: ['electron/core/handlers/*.ts'],
    ignores: ['electron/core/handlers/handler-table.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['electron', 'electron/*', 'react', 'react-dom', ...SHELL, './*', '!./context', '!./deliver'],
        'Handlers do not import each other, Electron or the shell: move shared logic to shared/domain or electron/core.',
      ),
    },
  },
  {
    // The CLI is a client of the contract, like the page: only its session opens the core.
    files: ['electron/cli/**/*.ts'],
    ignores: ['electron/cli/session.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [
          '../core/*',
          '../core/**',
          '../../core/*',
          '../../core/**',
          '**/shared/domain/rules/evaluate',
          '**/core/pdf/*',
        ],
        'The CLI calls the contract through electron/cli/session.ts; it has no domain or export logic of its own.',
      ),
    },
  },
  {
    // Only ipc.ts touches ipcMain, only preload.ts touches ipcRenderer.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only electron/ipc.ts may use ipcMain.' },
        {
          selector: "ImportSpecifier[imported.name='ipcRenderer']",
          message: 'Only electron/preload.ts may use ipcRenderer.',
        },
      ],
    },
  },
);
