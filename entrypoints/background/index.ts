import { browser } from 'wxt/browser';
import { createListener } from '@/lib/messaging/server';
import { systemClock } from '@/lib/model/clock';
import { createHandlers } from '@/lib/worker/handlers';
import { domainEvents } from '@/lib/worker/domain-events';
import { promptActions } from '@/lib/worker/prompt-actions';
import { onMenuClicked, registerMenus } from '@/lib/worker/menus';
import { tabSession } from '@/lib/worker/session';
import { emit } from '@/lib/messaging/events';
import { originPatterns, syncJiraDcScripts } from '@/lib/worker/dc-hosts';

export default defineBackground(() => {
  const handlers = createHandlers({ clock: systemClock, events: domainEvents, promptActions });

  // Listeners are registered synchronously at start-up so a woken worker receives the event
  // that woke it.
  browser.runtime.onMessage.addListener(createListener(handlers));
  const syncDesks = async () => {
    const hosts = await syncJiraDcScripts().catch((error: unknown) => {
      console.warn('[keel] could not register the Jira Data Center script:', error);
      return [] as string[];
    });
    await registerMenus(hosts.flatMap(originPatterns));
  };
  browser.runtime.onInstalled.addListener(() => void syncDesks());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.settings) void syncDesks();
  });
  browser.permissions.onAdded.addListener(() => void syncDesks());
  browser.permissions.onRemoved.addListener(() => void syncDesks());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab, systemClock));
  browser.tabs.onRemoved.addListener((tabId) => void tabSession.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // In-app navigation changes the URL without reloading: surfaces following this tab re-query.
    if (change.url) void emit('tabTicketChanged', { tabId });
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void emit('tabTicketChanged', { tabId }));
});
