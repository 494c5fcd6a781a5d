/**
 * The settings (`storage.local` under `settings`, lib/model/settings.ts) as the options page's
 * sections read and change them (written through the worker: message `saveSettings`). Each section binds `useSettings()` and changes only its own
 * part through `update`, which starts from what is stored at that moment, so two sections never
 * overwrite each other's changes; every section follows changes made anywhere (another section,
 * another options tab).
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { SettingsSchema, type Settings } from '../model/settings';
import { send } from '../messaging/client';
import { getSettings } from '../settings/storage';

export type SettingsChange = (current: Settings) => Settings;

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    return (error.issues as { path?: unknown[]; message?: string }[]).map((issue) => [issue.path?.join('.'), issue.message].filter(Boolean).join(': ')).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Applies `change` to the stored settings and stores the result; refuses an invalid result, keeping what was stored. */
export async function updateSettings(change: SettingsChange): Promise<Settings> {
  const next = change(await getSettings());
  const valid = SettingsSchema.safeParse(next);
  if (!valid.success) throw new Error(t('settingsNotSaved', { detail: reason(valid.error) }), { cause: valid.error });
  // Only the worker writes settings (it puts back any change made elsewhere, e.g. by a content script).
  let answer: Awaited<ReturnType<typeof send<'saveSettings'>>>;
  try {
    answer = await send('saveSettings', { settings: valid.data });
  } catch (error) {
    throw new Error(t('settingsNotSaved', { detail: reason(error) }), { cause: error });
  }
  if (!answer.ok) throw new Error(t('settingsNotSaved', { detail: answer.error.message }));
  return answer.data;
}

export interface SettingsState {
  /** The stored settings; null until read. */
  settings: Settings | null;
  /** Why they could not be read. */
  error: string | null;
  update: (change: SettingsChange) => Promise<Settings>;
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      getSettings().then(
        (s) => live && (setSettings(s), setError(null)),
        (e: unknown) => live && setError(reason(e)),
      );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  const update = useCallback(async (change: SettingsChange) => {
    const saved = await updateSettings(change);
    setSettings(saved);
    return saved;
  }, []);

  return { settings, error, update };
}
