import '@/lib/model/zod-setup';
import { browser } from 'wxt/browser';
import { createListener } from '@/lib/messaging/server';
import { systemClock } from '@/lib/model/clock';
import { createHandlers } from '@/lib/worker/handlers';
import { domainEvents } from '@/lib/worker/domain-events';
import { promptActions } from '@/lib/worker/prompt-actions';
import { onMenuClicked, registerMenus } from '@/lib/worker/menus';
import { onKeyboardCommand } from '@/lib/worker/commands';
import { tabSession } from '@/lib/worker/session';
import { emit } from '@/lib/messaging/emit';
import { originPatterns, syncJiraDcScripts } from '@/lib/worker/dc-hosts';
import { onCaseChanged } from '@/lib/worker/changes';
import { settingsChanged } from '@/lib/worker/cadence';
import { getDb, onOpenOutcome } from '@/lib/worker/db';
import { REMINDER_ALARM, reminderClicked, remindersDue, scheduleReminders } from '@/lib/worker/reminders';
import { installVerifiedSettings, restoreIfChanged } from '@/lib/worker/settings';
import { noteStorageFailure, storageWorks, watchStorage } from '@/lib/worker/storage-status';
import { RETENTION_ALARM, keepStorageBounded, scheduleRetention } from '@/lib/worker/retention';

/** How long after the worker starts its first reminder sweep runs. */
const START_SWEEP_DELAY_MS = 2_000;

export default defineBackground(() => {
  installVerifiedSettings();
  const deps = { clock: systemClock, events: domainEvents, promptActions };
  // A storage failure in any handler (a full disk, a newer Keel's data) is shown on every surface.
  const handlers = watchStorage(createHandlers(deps), systemClock);
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
    if (area === 'local' && changes.settings)
      void restoreIfChanged().then(
        (restored) => {
          if (restored) return;
          void syncDesks();
          // New cadence defaults in Options: every escalation's due times follow.
          void getDb().then((db) => settingsChanged(db, systemClock)).catch((error: unknown) => console.warn('[keel] cadence settings:', error));
        },
        () => syncDesks(),
      );
  });
  // Reminders: the alarm and badge are rebuilt from IndexedDB at every start and after every change.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remindersDue(systemClock);
  });
  browser.notifications.onClicked.addListener((id) => void reminderClicked(id));
  browser.runtime.onStartup.addListener(() => void remindersDue(systemClock));
  onCaseChanged((key, parts) => {
    if (parts.some((p) => p === 'escalation' || p === 'cadence' || p === 'promise')) void scheduleReminders(systemClock, key);
  });
  // What fell due while the worker slept is swept once whatever woke it has been answered: the
  // sweep reads each overdue escalation's cadence and promises, and a popup opened on a sleeping
  // worker (Chrome stops an idle one after 30 s) should not wait for it. The browser keeps the
  // badge and the alarm meanwhile; an alarm or a browser start sweeps at once (above).
  setTimeout(() => void remindersDue(systemClock), START_SWEEP_DELAY_MS);
  browser.permissions.onAdded.addListener(() => void syncDesks());
  browser.permissions.onRemoved.addListener(() => void syncDesks());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab, deps));
  browser.commands.onCommand.addListener((command, tab) => void onKeyboardCommand(command, tab, deps));
  browser.tabs.onRemoved.addListener((tabId) => void tabSession.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // In-app navigation changes the URL without reloading: surfaces following this tab re-query.
    if (change.url) void emit('tabTicketChanged', { tabId });
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void emit('tabTicketChanged', { tabId }));
});
