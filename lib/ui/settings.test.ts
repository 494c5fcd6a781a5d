import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenAsWorker } from '../../test/harness/worker';
import { getSettings, saveSettings } from '../settings/storage';
import { updateSettings } from './settings';

describe('changing the settings from a section', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await listenAsWorker();
    await saveSettings({ jiraHosts: ['jira.example.com'], replyTargetMinutes: 240 });
  });

  it('starts from what is stored, so another section’s change is kept', async () => {
    const saved = await updateSettings((s) => ({ ...s, thresholds: { warm: 30, hot: 55, critical: 80 } }));
    expect(saved).toEqual({ jiraHosts: ['jira.example.com'], replyTargetMinutes: 240, thresholds: { warm: 30, hot: 55, critical: 80 } });
    expect(await getSettings()).toEqual(saved);
  });

  it('refuses settings that do not hold, says why, and keeps what was stored', async () => {
    await expect(updateSettings((s) => ({ ...s, thresholds: { warm: 60, hot: 50, critical: 80 } }))).rejects.toThrow(
      /^The settings were not saved: thresholds: warm < hot < critical\. What was saved before is kept\.$/,
    );
    expect(await getSettings()).toEqual({ jiraHosts: ['jira.example.com'], replyTargetMinutes: 240 });
  });
});
