/**
 * The worker's first reminder sweep waits until whatever woke it has been answered: a popup
 * opened on a sleeping worker does not queue behind a pass over every overdue escalation.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background/index';
import { stubMissingWorkerApis } from '../harness/worker';

const badge = vi.fn(async () => undefined);

beforeAll(() => {
  fakeBrowser.reset();
  stubMissingWorkerApis();
  browser.action.setBadgeText = badge as never;
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
});

describe('the worker starting', () => {
  it('answers first and sweeps the reminders (badge and alarm rebuilt) a moment later', async () => {
    background.main!();
    const asked = await new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name: 'listActiveEscalations', payload: '{}' }, { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' }, resolve));
    expect(asked).toMatchObject({ ok: true });
    expect(badge).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(badge).toHaveBeenCalledWith({ text: '' }), { timeout: 15_000 });
  });
});
