import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { frameHostPatterns, hostPermissions } from './lib/hosts/registry';

// Host patterns of the desks' cloud domains, from the desk registry. Self-hosted Jira Data Center
// and custom Salesforce domains are optional permissions, requested when the user adds them in
// Options.
export const DESK_HOST_PATTERNS = hostPermissions();
/** Pages that may frame Keel's strip: the desks' cloud hosts (the same patterns). */
export const DESK_FRAME_PATTERNS = frameHostPatterns();

/** Bench copy only: a mark before the first statement of each content script (after WXT's own output steps). */
const benchEvalMark: Plugin = {
  name: 'keel-bench-eval-mark',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `performance.mark('keel:content-eval');${chunk.code}`;
  },
};

/** An HTML page of the extension (popup, side panel, options, strip; the bench's pages). */
const isPage = (entry: Entrypoint) => entry.inputPath.endsWith('.html');

/**
 * Extension pages get their stylesheets inline: a linked stylesheet is one more file to fetch from
 * the extension before the page may run its module or paint (`npm run bench`: 10–20 ms of the
 * popup's first render here). The MV3 page policy restricts scripts, not styles. A stylesheet a
 * lazy chunk also loads stays a file.
 */
const inlinePageCss: Plugin = {
  name: 'keel-inline-page-css',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
      file.source = String(file.source).replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (link, name: string) => {
        const css = bundle[name];
        if (css?.type !== 'asset') return link;
        if (!Object.values(bundle).some((chunk) => chunk.type === 'chunk' && chunk.code.includes(name))) delete bundle[name];
        return `<style>${String(css.source)}</style>`;
      });
    }
  },
};

/**
 * A hash of the code that reads a thread's words for the prompts (the playbook and temperature
 * engines, the models they fill): the worker keeps such readings with each ticket under this name
 * (lib/worker/thread-reading.ts), so a build whose reading may differ reads the thread again.
 */
function threadReader(): string {
  const hash = createHash('sha256');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : [join(dir, entry.name)]))
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file));
  const files = [...sources(resolve(import.meta.dirname, 'lib/playbook')), ...sources(resolve(import.meta.dirname, 'lib/temperature')), resolve(import.meta.dirname, 'lib/model/prompt.ts'), resolve(import.meta.dirname, 'lib/model/snapshot.ts')].sort();
  for (const file of files) hash.update(file.slice(import.meta.dirname.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** Hashed once per build, not once per page built. */
const THREAD_READER = threadReader();

// `npm run bench` builds a separate copy with a dev-only benchmark page (test/bench/page, never shipped).
const BENCH = process.env.KEEL_BENCH === '1';

export default defineConfig({
  outDirTemplate: BENCH ? '{{browser}}-mv{{manifestVersion}}-bench' : undefined,
  // The bench build also writes per-module sizes (raw data), to report the engine's share.
  analysis: BENCH ? { enabled: true, template: 'raw-data', outputFile: 'bench-results/bundle-stats.json', open: false } : undefined,
  hooks: {
    // Each extension page is built on its own, into one module (and its lazy chunks): built together,
    // they shared a dozen chunks, and the popup fetched ten files before it could run a line. Every
    // fetch from the extension is a round trip through the browser process; one file per page took
    // 25–65 ms off the popup's first render and 20–30 ms off the side panel's page load
    // (`npm run bench`, paired runs). The price is size: React and zod are in each page's file.
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.findIndex((group) => Array.isArray(group) && group.some(isPage));
      if (pages >= 0) groups.splice(pages, 1, ...(groups[pages] as Entrypoint[]).map((entry) => [entry]));
    },
    // Extension pages inline their stylesheets. The bench copy marks the moment a content script
    // starts to run, so `npm run bench` can measure its evaluation as well as its start-up task.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some(isPage)) config.plugins = [...(config.plugins ?? []), inlinePageCss];
      if (BENCH && entrypoints.every((entry) => entry.type === 'content-script')) config.plugins = [...(config.plugins ?? []), benchEvalMark];
    },
    // The bench page lives with the benchmarks in test/bench/page (it uses their fixtures) and is
    // built into the bench copy only: it is never an entrypoint of the shipped extension.
    'entrypoints:found': (wxt, infos) => {
      if (BENCH) infos.push({ name: 'bench', inputPath: resolve(wxt.config.root, 'test/bench/page/index.html'), type: 'unlisted-page' });
      // A blank page with one tiny module: the browser's own floor for opening an extension page.
      if (BENCH) infos.push({ name: 'blank', inputPath: resolve(wxt.config.root, 'test/bench/blank/index.html'), type: 'unlisted-page' });
    },
  },
  vite: () => ({
    define: { __KEEL_READER__: JSON.stringify(THREAD_READER) },
    build: {
      // KEEL_PROFILE=1 builds without minifying, so a CPU profile of the worker or a page names functions.
      minify: process.env.KEEL_PROFILE ? false : undefined,
      // Building a zod schema changes nothing else (`z.string().check(z.maxLength(9))` and every
      // other `z.` chain), so one nothing uses is left out of a page's file: zod marks its own
      // functions so, but not a call on what they return (`.check`), which kept the statement and
      // built the schema as the page loaded. The setting goes by name, so `z` names zod and
      // nothing else in Keel's code (a lint rule; a local `z.setDate(…)` was once left out), and
      // `lib/model/zod-setup.ts` calls `config`, not `z.config`.
      rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
    },
  }),
  // No webextension-polyfill: `wxt/browser` is the browser's own promise-based API everywhere
  // (chrome.* in Chrome MV3, browser.* in Firefox). The polyfill was 40% of a content script's code;
  // in the worker it took 5.5 ms of every start (per-module marks, median of 5 starts), wrapping
  // an API that already returns promises. Keel's listeners answer through `sendResponse`, the one
  // thing the polyfill changed that Keel could have relied on.
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Private windows: Keel is not allowed there (see the README's Privacy section). An escalation
    // record is meant to outlive the window; a private window's tickets must not. Firefox has no
    // split mode (it installs "split" extensions as not_allowed), so both browsers behave alike.
    incognito: 'not_allowed',
    permissions: [
      'storage',
      'contextMenus',
      // Salesforce: the worker reads the org's `sid` session cookie to call its REST API.
      'cookies',
      // Jira Data Center: the content script is registered at runtime for user-added domains.
      'scripting',
      // Reminders: one alarm wakes the worker when the next update or promise falls due; retention:
      // old readings and snapshots are pruned daily (alarm `keel:retention`).
      'alarms',
      // Reminders: a notification when an update or a promise falls due (click: open the ticket).
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: DESK_HOST_PATTERNS,
    // Asked for one domain at a time, when the user adds a self-hosted Jira in Options.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    // Keyboard commands, shown and changeable on the browser's shortcuts page: the popup (the
    // queue), the side panel for this tab, escalate this ticket, and the strip on the desk page
    // (lib/worker/commands.ts; Chrome takes at most four suggested keys).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_commandOpenQueue__' },
      'open-side-panel': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandOpenPanel__' },
      'escalate-ticket': { suggested_key: { default: 'Alt+Shift+E' }, description: '__MSG_commandEscalate__' },
      'focus-strip': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandFocusStrip__' },
    },
    // Firefox: `data_collection_permissions` (which addons.mozilla.org requires) is understood from
    // Firefox 140 on desktop and 142 on Android (MDN, browser_specific_settings); older versions
    // reject the manifest. storage.session, scripting.registerContentScripts and the sidebar are older.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'keel@keel-extension.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    web_accessible_resources: [
      {
        resources: ['strip.html'],
        // Only the desks' own pages may frame the strip (and learn that Keel is installed): a
        // manifest cannot name the self-hosted Jira domains a user adds later, so those show no
        // strip (the side panel and popup serve them). The strip also checks its ancestors'
        // origins before it shows anything or takes a click (lib/hosts/frame-origins.ts).
        // use_dynamic_url gives the frame a per-session random URL in Chrome; Firefox ignores it
        // (its URL there is stable per install), which is why the list matters.
        matches: DESK_FRAME_PATTERNS,
        use_dynamic_url: true,
      },
    ],
  }),
});
