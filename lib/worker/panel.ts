/**
 * Opening Keel's side panel. Browsers only allow it during a user gesture, and the gesture is
 * lost at the first `await`, so `openPanel` must be the first thing a click handler does.
 * https://developer.chrome.com/docs/extensions/reference/api/sidePanel#method-open
 */
import { browser } from 'wxt/browser';
import type { DomainEventBus } from './domain-events';

interface SidebarAction {
  open(): Promise<void>;
}

export function openPanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const sidePanel = globalThis.chrome?.sidePanel;
  if (sidePanel?.open) {
    const options = target.tabId !== undefined ? { tabId: target.tabId } : { windowId: target.windowId ?? chrome.windows.WINDOW_ID_CURRENT };
    return sidePanel.open(options as chrome.sidePanel.OpenOptions).catch((error: unknown) => {
      console.warn('[keel] could not open the side panel:', error);
    });
  }
  // Firefox: the sidebar.
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  return sidebar ? sidebar.open().catch(() => undefined) : Promise.resolve();
}

/**
 * Opens the panel at the user's request (the strip's button, the shortcut) and, straight after,
 * has the panel's reads started while the browser creates it (`panelOpening`,
 * lib/worker/handlers/view.ts). Synchronous up to `openPanel`, like it.
 */
export function openPanelForReading(target: { tabId?: number; windowId?: number }, events: DomainEventBus): Promise<void> {
  const opening = openPanel(target);
  void events.publish('panelOpening', target);
  return opening;
}
