import { browser } from 'wxt/browser';
import { createListener } from '@/lib/messaging/server';
import { systemClock } from '@/lib/model/clock';
import { createHandlers } from '@/lib/worker/handlers';
import { domainEvents } from '@/lib/worker/domain-events';
import { onMenuClicked, registerMenus } from '@/lib/worker/menus';
import { tabSession } from '@/lib/worker/session';
import { emit } from '@/lib/messaging/events';
import { originPatterns, syncJiraDcScripts } from '@/lib/worker/dc-hosts';
import { onOpenOutcome } from '@/lib/worker/db';
import { installVerifiedSettings, restoreIfChanged } from '@/lib/worker/settings';
import { noteStorageFailure, storageWorks, watchStorage } from '@/lib/worker/storage-status';
import { RETENTION_ALARM, keepStorageBounded, scheduleRetention } from '@/lib/worker/retention';

export default defineBackground(() => {
  installVerifiedSettings();
  // A storage failure in any handler (a full disk, a newer Keel's data) is shown on every surface.
  const handlers = watchStorage(createHandlers({ clock: systemClock, events: domainEvents }), systemClock);
  onOpenOutcome((error) => void (error ? noteStorageFailure(error, systemClock.now()) : storageWorks(['newer-version', 'unavailable'])));

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
  browser.runtime.onInstalled.addListener(() => {
    void syncDesks();
    void scheduleRetention().then(() => keepStorageBounded(systemClock));
  });
  browser.runtime.onStartup.addListener(() => void scheduleRetention().then(() => keepStorageBounded(systemClock)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void keepStorageBounded(systemClock);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    // Only Keel's own pages change settings, through the worker: any other change is put back.
    if (area === 'local' && changes.settings) void restoreIfChanged().then(
        (restored) => (restored ? undefined : syncDesks()),
        () => syncDesks(),
      );
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
