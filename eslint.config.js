import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import keel from './eslint/boundaries.js';

/**
 * Pure engines: data and `now` in, data out. `lib/temperature` today; the next issues add the
 * others listed here (a folder matching the glob is governed from its first file).
 */
const ENGINES = ['temperature', 'lifecycle', 'playbook', 'updates', 'promises', 'cadence'];
const ENGINE_FILES = [`lib/{${ENGINES.join(',')}}/**`];

/**
 * The page half: everything a content script imports (they run inside the desk's page, so stay
 * tiny: no React, no zod). test/unit/lint-rules.test.ts walks the content scripts' imports and
 * checks that each file they reach is listed here.
 */
const PAGE_HALF_FILES = [
  'entrypoints/*.content/**',
  'lib/content/**',
  'lib/hosts/{registry,detect,types,http,url,timeouts,append}.ts',
  'lib/hosts/*/{client,api,desk,detect,dom,endpoints,errors,ids,keys,locate,selectors,soql,write,detect-cases}.ts',
  'lib/messaging/{page-client,envelope}.ts',
  'lib/model/case-key.ts',
  'lib/i18n/index.ts',
];

/** Shipped code: what the extension is built from. Tests next to it are not shipped. */
const SHIPPED_FILES = ['lib/**', 'components/**', 'entrypoints/**'];
const TESTS = ['**/*.test.{ts,tsx}'];

const BROWSER_AND_WXT = ['wxt', 'wxt/**', '@wxt-dev/**', 'webextension-polyfill', 'chrome', '#imports'].map((pattern) => ({ pattern }));
const REACT = ['react', 'react/**', 'react-dom', 'react-dom/**', 'zustand', 'zustand/**'].map((pattern) => ({ pattern }));

export const POLICIES = [
  {
    name: 'pure engine',
    files: ENGINE_FILES,
    ignores: TESTS,
    message: 'Engines are pure (data and `now` in, data out): no browser, WXT, React or storage; the worker calls them.',
    forbid: [
      ...BROWSER_AND_WXT,
      ...REACT,
      { pattern: 'idb' },
      ...['lib/db/**', 'lib/worker/**', 'lib/messaging/**', 'lib/cases/**', 'lib/settings/**', 'lib/ui/**', 'lib/content/**', 'components/**', 'entrypoints/**'].map((pattern) => ({ pattern })),
    ],
  },
  {
    name: 'page half',
    files: PAGE_HALF_FILES,
    ignores: TESTS,
    message: "Content scripts run inside the desk's page: no React, no zod, no worker-half (parser/schemas) or storage code. Types may be imported.",
    forbid: [
      ...REACT,
      { pattern: 'zod' },
      { pattern: 'zod/**' },
      { pattern: 'idb' },
      { pattern: '#imports' },
      // The worker half of a desk and everything built on zod: values never, types only.
      { pattern: 'lib/hosts/*/{parser,parse,parse-dom,schemas}.ts' },
      { pattern: 'lib/hosts/{parsers,parse-helpers}.ts' },
      { pattern: 'lib/model/**', typeOnlyAllowed: true, except: ['lib/model/case-key.ts'] },
      { pattern: 'lib/messaging/**', typeOnlyAllowed: true, except: ['lib/messaging/{page-client,envelope}.ts'] },
      ...['lib/db/**', 'lib/worker/**', 'lib/cases/**', 'lib/ui/**', 'lib/settings/**', 'components/**'].map((pattern) => ({ pattern })),
    ],
  },
  {
    name: 'extension page',
    files: ['lib/ui/**', 'components/**', 'entrypoints/{popup,sidepanel,options,strip}/**'],
    ignores: TESTS,
    message:
      "Pages send requests as they are and take answers and events as the worker checked them: the protocol's schemas stay in the worker (a value from lib/messaging/protocol brings every message's schemas into the page). Types may be imported.",
    forbid: [
      { pattern: 'lib/messaging/protocol/**', typeOnlyAllowed: true, except: ['lib/messaging/protocol/view.ts'] },
      { pattern: 'lib/messaging/{emit,server}.ts' },
    ],
  },
  {
    name: 'components',
    files: ['components/**'],
    ignores: TESTS,
    message: 'Components are props in, callbacks out: no database or worker code (ask through lib/ui).',
    forbid: ['lib/db/**', 'lib/worker/**', 'lib/cases/**', 'idb', 'entrypoints/**'].map((pattern) => ({ pattern })),
  },
  {
    name: 'lib',
    files: ['lib/**'],
    message: 'lib/ never imports from entrypoints/ or components/.',
    forbid: [{ pattern: 'entrypoints/**' }, { pattern: 'components/**' }],
  },
  {
    name: 'shipped code',
    files: SHIPPED_FILES,
    ignores: TESTS,
    message: 'Nothing shipped imports from test/ or a development-only package.',
    forbid: ['test/**', 'vitest', 'vitest/**', 'playwright-core', 'happy-dom', 'fake-indexeddb', 'fake-indexeddb/**', 'sentiment', 'tsx', 'wxt/testing/**'].map((pattern) => ({ pattern })),
  },
];

/**
 * WXT auto-imports (`.wxt/types/imports-module.d.ts`): used as globals, `useState` or `DeskIcon`
 * would bring React into a content script and `browser` the extension API into an engine, with
 * no import for the policies above to see. Names by source, read from WXT's generated file.
 */
function autoImports() {
  const file = resolve(import.meta.dirname, '.wxt/types/imports-module.d.ts');
  const bySource = [];
  if (existsSync(file)) {
    for (const [, names, source] of readFileSync(file, 'utf8').matchAll(/export \{([^}]*)\} from '([^']+)'/g)) {
      for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) bySource.push({ name, source });
    }
  }
  return bySource;
}
const AUTO = autoImports();
const REACT_GLOBALS = [...new Set(['useState', 'useEffect', 'useMemo', 'useCallback', 'useRef', 'useContext', 'useReducer', ...AUTO.filter((a) => a.source === 'react' || a.source.includes('components/')).map((a) => a.name)])];
const ENGINE_GLOBALS = [...new Set(['browser', 'chrome', 'storage', ...REACT_GLOBALS, ...AUTO.map((a) => a.name)])];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench-results/**', 'docs/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, keel },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'keel/boundaries': ['error', { policies: POLICIES }],
    },
  },
  {
    // The build takes every call on a name `z` for zod's, free of side effects (wxt.config.ts,
    // `manualPureFunctions`): `z.setDate(…)` on a local `z` was left out of the built worker and
    // broke the business-hours arithmetic. So `z` names zod's import and nothing else.
    files: SHIPPED_FILES,
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "VariableDeclarator > Identifier.id[name='z']",
          ":function > Identifier[name='z']",
          "CatchClause > Identifier[name='z']",
          "Property > Identifier.value[name='z']",
          "ArrayPattern > Identifier[name='z']",
          "AssignmentPattern > Identifier.left[name='z']",
          "ClassDeclaration > Identifier.id[name='z']",
          "ImportDeclaration[source.value!=/^zod/] > ImportSpecifier[local.name='z']",
        ].map((selector) => ({ selector, message: '`z` is kept for zod: the build treats any `z.…()` call as free of side effects, so a call on another `z` would be left out. Pick another name.' })),
      ],
    },
  },
  {
    files: ENGINE_FILES,
    ignores: TESTS,
    rules: { 'no-restricted-globals': ['error', ...ENGINE_GLOBALS.map((name) => ({ name, message: 'Engines are pure: no browser, WXT or React (this is a WXT auto-import or a browser global).' }))] },
  },
  {
    files: PAGE_HALF_FILES,
    ignores: TESTS,
    rules: { 'no-restricted-globals': ['error', ...REACT_GLOBALS.map((name) => ({ name, message: 'Content scripts carry no React (this is a WXT auto-import).' }))] },
  },
);
