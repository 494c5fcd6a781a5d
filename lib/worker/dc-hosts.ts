/**
 * Self-hosted Jira Data Center: the user adds the domain in Options, grants the optional host
 * permission there (a user gesture), and the worker registers the Jira content script for the
 * granted domains at runtime.
 * https://developer.chrome.com/docs/extensions/reference/api/scripting#method-registerContentScripts
 */
import { browser } from 'wxt/browser';
import { getSettings } from '../settings/storage';
import { grantedHosts, originPatterns } from '../settings/jira-hosts';

export { originPatterns };

const SCRIPT_ID = 'keel-jira-dc';

/** Hosts from settings whose permission is actually granted. */
export async function grantedJiraHosts(): Promise<string[]> {
  return grantedHosts((await getSettings()).jiraHosts);
}

export async function syncJiraDcScripts(): Promise<string[]> {
  const hosts = await grantedJiraHosts();
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return hosts;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (hosts.length) {
    await scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: hosts.flatMap(originPatterns),
        js: ['content-scripts/jira-dc.js'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return hosts;
}
