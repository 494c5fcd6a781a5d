/**
 * Self-hosted Jira: the worker registers the runtime content script only for domains the user
 * added AND granted, and re-registers when that changes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { syncJiraDcScripts } from '../../lib/worker/dc-hosts';
import { saveSettings } from '../../lib/settings/storage';

let registered: { id: string; matches: string[]; js: string[] }[] = [];
let granted = new Set<string>();

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  Object.assign(browser, {
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => registered.filter((r) => ids.includes(r.id)),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => void (registered = registered.filter((r) => !ids.includes(r.id))),
      registerContentScripts: async (scripts: typeof registered) => void registered.push(...scripts),
    },
  });
});

describe('Jira Data Center content script', () => {
  it('is registered for added and granted domains only', async () => {
    await saveSettings({ jiraHosts: ['jira.example.com', 'jira.other.example'] });
    granted.add('https://jira.example.com/*');
    expect(await syncJiraDcScripts()).toEqual(['jira.example.com']);
    expect(registered).toEqual([
      expect.objectContaining({ id: 'keel-jira-dc', js: ['content-scripts/jira-dc.js'], matches: ['https://jira.example.com/*', 'http://jira.example.com/*'] }),
    ]);
  });

  it('is removed when no domain remains, and replaced (not duplicated) when domains change', async () => {
    await saveSettings({ jiraHosts: ['jira.example.com'] });
    granted.add('https://jira.example.com/*');
    await syncJiraDcScripts();
    await syncJiraDcScripts();
    expect(registered).toHaveLength(1);
    await saveSettings({ jiraHosts: [] });
    expect(await syncJiraDcScripts()).toEqual([]);
    expect(registered).toEqual([]);
  });
});
