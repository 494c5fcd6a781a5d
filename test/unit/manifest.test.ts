/**
 * The manifest's host permissions, the desks' content-script matches and the context menu's
 * patterns all come from the desk registry. (test/e2e/manifest.e2e.ts checks the same against
 * the built .output/chrome-mv3/manifest.json.)
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { DESK_IDS, DESK_LIST, deskEntry, hostPermissions, ticketPatterns } from '../../lib/hosts/registry';
import { TICKET_URL_PATTERNS } from '../../lib/worker/menus';
import { COMMAND_ESCALATE, COMMAND_PANEL, COMMAND_STRIP } from '../../lib/worker/commands';

const ROOT = resolve(import.meta.dirname, '../..');

interface Manifest {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  incognito?: string;
  permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  browser_specific_settings?: { gecko?: { strict_min_version?: string; data_collection_permissions?: unknown }; gecko_android?: { strict_min_version?: string } };
}
type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest;
const manifestFor = (browser: string) => (config.manifest as ManifestFn)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });

describe('manifest from the desk registry', () => {
  it('asks for exactly the registry hosts, HTTPS only, in Chrome and Firefox', () => {
    const manifest = config.manifest as ManifestFn;
    for (const browser of ['chrome', 'firefox']) {
      const hosts = manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' }).host_permissions;
      expect(hosts).toEqual(hostPermissions());
      expect(hosts?.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    }
    expect(hostPermissions()).toEqual(['https://*.zendesk.com/*', 'https://*.atlassian.net/*', 'https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*']);
  });

  it('is not allowed in private windows, in Chrome and Firefox', () => {
    for (const browser of ['chrome', 'firefox']) expect(manifestFor(browser).incognito).toBe('not_allowed');
  });

  it('lets only the desks’ pages frame the strip', () => {
    for (const browser of ['chrome', 'firefox']) {
      const war = manifestFor(browser).web_accessible_resources ?? [];
      expect(war.flatMap((entry) => entry.resources)).toEqual(['strip.html']);
      expect(war[0]!.matches).toEqual(hostPermissions());
      expect(war[0]!.matches.some((m) => m === '<all_urls>' || /^\*:|^https?:\/\/\*\//.test(m))).toBe(false);
    }
  });

  it('asks Firefox for the version that understands data_collection_permissions (140 desktop, 142 Android)', () => {
    const gecko = manifestFor('firefox').browser_specific_settings;
    expect(gecko?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(gecko?.gecko?.strict_min_version).toBe('140.0');
    expect(gecko?.gecko_android?.strict_min_version).toBe('142.0');
  });

  it('keeps self-hosted domains optional, and schedules pruning with alarms', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(chrome.permissions).toContain('alarms');
  });

  it("each desk's content script matches what its registry entry says", async () => {
    for (const id of DESK_IDS) {
      const entry = (await import(`../../entrypoints/${id}.content/index.ts`)) as { default: { matches: string[]; excludeMatches?: string[] } };
      const { contentScript } = deskEntry(id);
      expect(entry.default.matches, id).toEqual(contentScript.matches);
      expect(entry.default.excludeMatches ?? [], id).toEqual(contentScript.excludeMatches ?? []);
    }
  });

  it('every content script in the manifest belongs to a registered desk (runtime-registered ones aside)', () => {
    const scripts = readdirSync(resolve(ROOT, 'entrypoints')).filter((name) => name.endsWith('.content'));
    expect(scripts.filter((name) => name !== 'jira-dc.content').sort()).toEqual(DESK_IDS.map((id) => `${id}.content`).sort());
  });

  it('content scripts run only where the desk has host permission', () => {
    const covered = (url: string) => DESK_LIST.some((desk) => desk.hostPermissions.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(url)));
    for (const desk of DESK_LIST) {
      for (const pattern of desk.contentScript.matches) expect(covered(pattern.replace(/\*/g, 'x')), pattern).toBe(true);
    }
  });

  it('opens the popup (the queue) with a keyboard shortcut the browser lets the user change', () => {
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => { commands?: Record<string, { suggested_key?: { default?: string } }> };
    for (const browser of ['chrome', 'firefox']) {
      const commands = manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' }).commands;
      expect(commands?._execute_action?.suggested_key?.default).toMatch(/^(Ctrl|Alt)\+Shift\+[A-Z]$/);
    }
  });

  it('declares the side panel, escalate and strip commands, each with its own key, handled by the worker', () => {
    const manifest = config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => { commands?: Record<string, { suggested_key?: { default?: string }; description?: string }> };
    const commands = manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' }).commands ?? {};
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', COMMAND_ESCALATE, COMMAND_STRIP, COMMAND_PANEL].sort());
    const keys = Object.values(commands).map((c) => c.suggested_key?.default);
    // Chrome takes at most four suggested keys, and two commands on one key would lose one.
    expect(new Set(keys).size).toBe(4);
    for (const command of Object.values(commands)) expect(command.description).toMatch(/^__MSG_command\w+__$/);
  });

  it("the context menu shows on the registry's ticket pages", () => {
    expect(TICKET_URL_PATTERNS).toEqual(ticketPatterns());
    expect(TICKET_URL_PATTERNS).toContain('https://*.zendesk.com/agent/tickets/*');
  });
});
