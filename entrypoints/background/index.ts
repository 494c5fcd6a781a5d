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
import { onCaseChanged } from '@/lib/worker/changes';
import { settingsChanged } from '@/lib/worker/cadence';
import { getDb } from '@/lib/worker/db';
import { REMINDER_ALARM, reminderClicked, remindersDue, scheduleReminders } from '@/lib/worker/reminders';

export default defineBackground(() => {
  const deps = { clock: systemClock, events: domainEvents, promptActions };
  const handlers = createHandlers(deps);

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
    if (area === 'local' && changes.settings) {
      void syncDesks();
      // New cadence defaults in Options: every escalation's due times follow.
      void getDb().then((db) => settingsChanged(db, systemClock)).catch((error: unknown) => console.warn('[keel] cadence settings:', error));
    }
  });
  // Reminders: the alarm and badge are rebuilt from IndexedDB at every start and after every change.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remindersDue(systemClock);
  });
  browser.notifications.onClicked.addListener((id) => void reminderClicked(id));
  browser.runtime.onStartup.addListener(() => void remindersDue(systemClock));
  onCaseChanged((_key, parts) => {
    if (parts.some((p) => p === 'escalation' || p === 'cadence' || p === 'promise')) void scheduleReminders(systemClock);
  });
  void remindersDue(systemClock);
  browser.permissions.onAdded.addListener(() => void syncDesks());
  browser.permissions.onRemoved.addListener(() => void syncDesks());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab, deps));
  browser.tabs.onRemoved.addListener((tabId) => void tabSession.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // In-app navigation changes the URL without reloading: surfaces following this tab re-query.
    if (change.url) void emit('tabTicketChanged', { tabId });
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void emit('tabTicketChanged', { tabId }));
});
