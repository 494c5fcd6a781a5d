import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { followActiveTab } from './tab';

describe('the side panel following the active tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts on the active tab, then follows each switch in its window only', async () => {
    const win = (await browser.windows.create({}))!;
    const a = await browser.tabs.create({ windowId: win.id, url: 'https://a.zendesk.com/agent/tickets/1', active: true });
    const b = await browser.tabs.create({ windowId: win.id, url: 'https://a.zendesk.com/agent/tickets/2', active: false });
    const seen: number[] = [];
    const stop = await followActiveTab((id) => seen.push(id), win.id);
    expect(seen).toEqual([a.id]);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: b.id!, windowId: win.id! });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: win.id! + 1 });
    expect(seen).toEqual([a.id, b.id]);
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: a.id!, windowId: win.id! });
    expect(seen).toEqual([a.id, b.id]);
  });

  it('keeps a switch made while the active tab is being asked for', async () => {
    const win = (await browser.windows.create({}))!;
    const a = await browser.tabs.create({ windowId: win.id, url: 'https://a.zendesk.com/agent/tickets/1', active: true });
    const query = browser.tabs.query.bind(browser.tabs);
    // The user switches to tab 42 while the question is on its way; the answer still names tab a.
    browser.tabs.query = (async (info: Parameters<typeof query>[0]) => {
      const answer = await query(info);
      await fakeBrowser.tabs.onActivated.trigger({ tabId: 42, windowId: win.id! });
      return answer;
    }) as typeof browser.tabs.query;
    const seen: number[] = [];
    await followActiveTab((id) => seen.push(id), win.id);
    expect(a.id).not.toBe(42);
    expect(seen).toEqual([42]);
  });
});
