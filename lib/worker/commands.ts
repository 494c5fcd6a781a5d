/**
 * Keel's keyboard commands (manifest `commands`, shown and changeable on the browser's shortcuts
 * page, chrome://extensions/shortcuts): open the side panel for this tab, escalate this tab's
 * ticket, and move the keyboard focus into the strip on the desk page. `_execute_action` (the
 * popup) is the browser's own. https://developer.chrome.com/docs/extensions/reference/api/commands
 */
import { browser, type Browser } from 'wxt/browser';
import { KEEL_TAG, type TabCommand } from '../messaging/envelope';
import type { WorkerDeps } from './handlers/deps';
import { MENU_PAGE, onMenuClicked } from './menus';
import { openPanelForReading } from './panel';

export const COMMAND_PANEL = 'open-side-panel';
export const COMMAND_ESCALATE = 'escalate-ticket';
export const COMMAND_STRIP = 'focus-strip';

export function onKeyboardCommand(command: string, tab: Browser.tabs.Tab | undefined, deps: WorkerDeps): Promise<void> {
  if (command === COMMAND_PANEL) {
    // First and synchronously: the shortcut is the user gesture opening the panel needs.
    return openPanelForReading(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId }, deps.events);
  }
  if (command === COMMAND_ESCALATE) {
    // The same path as "Escalate this ticket" in the context menu: the panel opens on the ticket,
    // and a page that is not a ticket says so there.
    return onMenuClicked({ menuItemId: MENU_PAGE, editable: false, pageUrl: tab?.url }, tab, deps);
  }
  if (command === COMMAND_STRIP && tab?.id !== undefined) {
    const focus: TabCommand = { tag: KEEL_TAG, command: 'focusStrip' };
    // A tab without Keel's content script (not a desk page) has no strip to focus.
    return browser.tabs.sendMessage(tab.id, focus, { frameId: 0 }).then(
      () => undefined,
      () => undefined,
    );
  }
  return Promise.resolve();
}
