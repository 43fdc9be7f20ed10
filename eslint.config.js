import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import architecture from './eslint-rules/architecture.js';

/** Deep paths into the engine, by alias or relative: outside src/lib/engine only '$lib/engine' (its index) may be imported. */
const ENGINE_DEEP = ['$lib/engine/*', '**/lib/engine/*', '../engine/*', '../../engine/*', './engine/*'];
const oneDoor = (allowed = []) => [
  'error',
  {
    patterns: [
      {
        group: [...ENGINE_DEEP, ...allowed.map((p) => `!${p}`)],
        message:
          "One public door: import from '$lib/engine' (src/lib/engine/index.ts); export what you need there."
      }
    ]
  }
];

export default ts.config(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'static/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-undef': 'off',
      // The app is served from the origin root (the service worker's scope is '/'), so links need no base path.
      'svelte/no-navigation-without-resolve': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    // Type-aware checks for TypeScript modules (the .svelte files above already have types): a promise nobody
    // awaits loses its error, such as a Dexie write that failed.
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' }
  },
  {
    // How the layers may depend on each other, on resolved paths (eslint-rules/architecture.js).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { architecture },
    rules: { 'architecture/no-import-cycle': 'error' }
  },
  {
    // Tests may read across layers (an engine test checks the locale files name every key it emits).
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: ['**/*.test.ts'],
    plugins: { architecture },
    rules: {
      'architecture/layers': [
        'error',
        [
          {
            from: 'src/lib/engine',
            allow: ['src/lib/engine'],
            message: 'The engine imports nothing outside itself: the shell passes data in.'
          },
          {
            from: 'src/lib/pdf',
            deny: ['src/lib/ui', 'src/lib/state', 'src/routes'],
            // Plain text and number formatting the screens and the PDF share; they are not components.
            except: [
              'src/lib/ui/glossary.ts',
              'src/lib/ui/readiness/texts.ts',
              'src/lib/ui/source-text.ts',
              'src/lib/ui/valuation/format.ts'
            ],
            message: 'The PDF builds from the engine and the texts, never from screens or their state.'
          },
          {
            from: 'src/lib/db',
            deny: ['src/lib/state', 'src/lib/ui', 'src/routes', 'src/lib/pdf', 'src/lib/pwa'],
            message: 'Storage knows records, not the screens or their state.'
          }
        ]
      ]
    }
  },
  {
    // The engine is a pure functional core: no UI, no storage, no SvelteKit, no DOM.
    files: ['src/lib/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'The engine is pure TypeScript: no Svelte.' },
            { group: ['dexie', 'dexie/*'], message: 'The engine never touches storage: pass data in.' },
            { group: ['$app/*'], message: 'The engine does not know SvelteKit.' },
            {
              group: [
                '$lib/db',
                '$lib/db/*',
                '$lib/ui/*',
                '$lib/state/*',
                '$lib/pwa/*',
                '$lib/i18n',
                '$lib/i18n/*',
                '*.svelte'
              ],
              message: 'The engine imports no shell code.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No DOM in the engine.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'localStorage', message: 'No storage in the engine.' },
        { name: 'indexedDB', message: 'No storage in the engine.' },
        { name: 'navigator', message: 'No browser APIs in the engine.' }
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Pass the date in (asOf): the engine never reads the clock.'
        }
      ]
    }
  },
  {
    // The engine's one public door: everything outside it imports '$lib/engine', never a file inside.
    files: ['**/*.ts', '**/*.js', '**/*.svelte'],
    ignores: ['src/lib/engine/**'],
    rules: { 'no-restricted-imports': oneDoor() }
  },
  {
    // Tests may also use the engine's record fixtures (never shipped: only tests import them). Playwright specs run
    // without Vite's $lib alias: they reach the same door by its path (src/lib/engine/index).
    files: [
      '**/*.test.ts',
      'src/lib/db/test-fixtures.ts',
      'src/lib/pdf/test-fixtures.ts',
      'tests/**/*.ts',
      'bench/**/*.ts'
    ],
    ignores: ['src/lib/engine/**'],
    rules: {
      'no-restricted-imports': oneDoor([
        '$lib/engine/test-fixtures',
        '**/lib/engine/test-fixtures',
        '**/lib/engine/index'
      ])
    }
  }
);
