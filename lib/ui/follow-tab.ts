/**
 * The side panel follows the active tab of its window. (When opened as a page for tests or a
 * big screen, `?window=ID` names the window to follow.)
 */
import { browser } from 'wxt/browser';

export async function followActiveTab(onTab: (tabId: number) => void, windowId?: number): Promise<() => void> {
  const win = windowId ?? (await browser.windows.getCurrent()).id;
  const [active] = await browser.tabs.query({ active: true, windowId: win });
  if (active?.id !== undefined) onTab(active.id);
  const listener = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === win) onTab(info.tabId);
  };
  browser.tabs.onActivated.addListener(listener);
  return () => browser.tabs.onActivated.removeListener(listener);
}
