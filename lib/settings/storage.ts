/** User settings the worker needs (edited on the options page), in `storage.local`. */
import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from '../model/settings';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(next) });
}
