/**
 * User settings (edited on the options page), in `storage.local`: the copy pages read and follow.
 * Only the worker writes them (message `saveSettings`), and the worker reads the copy it keeps
 * itself (lib/worker/settings.ts, installed with `readSettingsFrom`): content scripts can write
 * `storage.local`, so the worker never trusts that copy and puts it back when it was changed.
 */
import { browser } from 'wxt/browser';
import { SettingsSchema, type Settings } from '../model/settings';

export const SETTINGS_KEY = 'settings';

let source: (() => Promise<Settings>) | null = null;

/** In the worker: where `getSettings` reads (the worker's own verified copy). */
export function readSettingsFrom(read: (() => Promise<Settings>) | null): void {
  source = read;
}

/** The settings as stored in `storage.local` (defaults where missing or invalid). */
export async function storedSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

/** The settings: in the worker, its verified copy; in pages, `storage.local`. */
export function getSettings(): Promise<Settings> {
  return source ? source() : storedSettings();
}

/** Writes the copy in `storage.local` (the worker's job; tests seed it this way). */
export async function saveSettings(next: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: SettingsSchema.parse(next) });
}
