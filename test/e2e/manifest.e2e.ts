/**
 * The built extension (`.output/chrome-mv3`, from `wxt build` before this suite): its manifest
 * asks for the desk registry's hosts and runs each desk's content script where the registry
 * says; the content scripts carry no React and no zod, and no script carries
 * webextension-polyfill; each page opens from one module with its styles inline; the dev-only
 * bench page is not in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESK_IDS, deskEntry, hostPermissions } from '../../lib/hosts/registry';

const OUT = resolve(import.meta.dirname, '../../.output/chrome-mv3');

interface BuiltManifest {
  permissions: string[];
  host_permissions: string[];
  incognito?: string;
  web_accessible_resources: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  content_scripts: { matches: string[]; exclude_matches?: string[]; js: string[] }[];
}

const manifest = (): BuiltManifest => JSON.parse(readFileSync(resolve(OUT, 'manifest.json'), 'utf8')) as BuiltManifest;

/** Strings each library's code contains even when minified. */
const MARKERS: Record<string, RegExp> = {
  React: /react\.(transitional\.)?element/,
  zod: /\$ZodType|ZodError/,
  'webextension-polyfill': /This script should only be loaded in a browser extension/,
  'markdown-it': /Input data should be a String/,
};

describe('the built extension', () => {
  it("asks for exactly the registry's host permissions, HTTPS only, and no *.force.com", () => {
    expect(manifest().host_permissions).toEqual(hostPermissions());
    expect(manifest().host_permissions.every((p) => p.startsWith('https://'))).toBe(true);
    expect(manifest().host_permissions).not.toContain('https://*.force.com/*');
  });

  it('asks for each API permission once, and only the ones Keel uses', () => {
    const asked = manifest().permissions;
    expect(new Set(asked).size).toBe(asked.length);
    expect([...asked].sort()).toEqual(['alarms', 'contextMenus', 'cookies', 'notifications', 'scripting', 'sidePanel', 'storage']);
  });

  it('declares that Keel does not run in private windows', () => {
    expect(manifest().incognito).toBe('not_allowed');
  });

  it('lets only the desks’ pages frame the strip', () => {
    expect(manifest().web_accessible_resources).toEqual([{ resources: ['strip.html'], matches: hostPermissions(), use_dynamic_url: true }]);
  });

  it('runs each desk content script exactly where the registry says, and no other', () => {
    const scripts = manifest().content_scripts;
    expect(scripts.map((s) => s.js).flat().sort()).toEqual(DESK_IDS.map((id) => `content-scripts/${id}.js`).sort());
    for (const id of DESK_IDS) {
      const script = scripts.find((s) => s.js.includes(`content-scripts/${id}.js`))!;
      const { contentScript } = deskEntry(id);
      expect(script.matches, id).toEqual(contentScript.matches);
      expect(script.exclude_matches ?? [], id).toEqual(contentScript.excludeMatches ?? []);
    }
  });

  it('content scripts carry no React, zod or webextension-polyfill', () => {
    const files = readdirSync(resolve(OUT, 'content-scripts')).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThanOrEqual(DESK_IDS.length);
    for (const file of files) {
      const code = readFileSync(resolve(OUT, 'content-scripts', file), 'utf8');
      for (const [library, marker] of Object.entries(MARKERS)) expect(marker.test(code), `${file} contains ${library}`).toBe(false);
    }
    // The markers do find the libraries where they are bundled (the worker has zod).
    expect(MARKERS.zod!.test(readFileSync(resolve(OUT, 'background.js'), 'utf8'))).toBe(true);
  });

  it('no script of the extension carries webextension-polyfill (Keel uses the browser’s own promise-based API)', () => {
    const scripts = ['background.js', ...readdirSync(resolve(OUT, 'chunks')).map((f) => `chunks/${f}`), ...readdirSync(resolve(OUT, 'content-scripts')).map((f) => `content-scripts/${f}`)].filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(DESK_IDS.length + 4);
    for (const file of scripts) expect(MARKERS['webextension-polyfill']!.test(readFileSync(resolve(OUT, file), 'utf8')), file).toBe(false);
  });

  it('the worker carries no Markdown parser (the panel turns an update into a note’s plain text), the update section does', () => {
    expect(MARKERS['markdown-it']!.test(readFileSync(resolve(OUT, 'background.js'), 'utf8'))).toBe(false);
    const chunks = readdirSync(resolve(OUT, 'chunks')).filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => f.startsWith('UpdateSection') && MARKERS['markdown-it']!.test(readFileSync(resolve(OUT, 'chunks', f), 'utf8')))).toBe(true);
  });

  it('opens each extension page from one module file, with its styles inline', () => {
    for (const page of ['popup', 'sidepanel', 'options', 'strip']) {
      const html = readFileSync(resolve(OUT, `${page}.html`), 'utf8');
      const modules = [...html.matchAll(/<script type="module"[^>]* src="\/([^"]+)"/g)].map((m) => m[1]!);
      expect(modules, page).toHaveLength(1);
      expect(html, page).not.toMatch(/rel="stylesheet"/);
      expect(html, page).toMatch(/<style>[^<]*\S[^<]*<\/style>/);
      // The one module imports no other file before it runs (lazy parts of a page may still load later).
      const code = readFileSync(resolve(OUT, modules[0]!), 'utf8');
      const imported = [...code.matchAll(/(?:^|[;}])\s*import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
      const preloaded = [...html.matchAll(/rel="modulepreload"[^>]* href="([^"]+)"/g)].map((m) => m[1]);
      expect([...imported, ...preloaded].filter((file) => !/rolldown-runtime/.test(file!)), page).toEqual([]);
    }
  });

  it('does not ship the benchmark page', () => {
    expect(existsSync(resolve(OUT, 'bench.html'))).toBe(false);
    expect(readdirSync(OUT).some((name) => name.startsWith('bench'))).toBe(false);
  });
});
