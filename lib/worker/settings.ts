/**
 * Settings as the worker trusts them. Content scripts can write `storage.local` (Chrome's
 * `setAccessLevel` applies to `storage.session` only, and Firefox has none), so a compromised desk
 * page could change the copy pages read — add a "self-hosted Jira" host, say. The worker keeps
 * the settings it wrote in its own database (`meta`), which no content script can reach, reads
 * only that copy, and puts `storage.local` back whenever anything else changed it.
 *
 * Where the browser lets `storage.local` be closed to content scripts (`setAccessLevel` on it, in
 * browsers that support it), the worker does that too.
 */
import { browser } from 'wxt/browser';
import { deleteMeta, getMeta, putMeta } from '../db/repositories/meta';
import { SettingsSchema, type Settings } from '../model/settings';
import { readSettingsFrom, saveSettings, storedSettings } from '../settings/storage';
import { getDb } from './db';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The worker's copy, or null when it has none (yet) or cannot read it. */
async function keptSettings(): Promise<Settings | null> {
  try {
    const parsed = SettingsSchema.safeParse(await getMeta(await getDb(), 'settings'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The settings the worker acts on: its own copy. The first time (no copy yet: Keel was just
 * updated) it adopts what `storage.local` holds. Without a usable database it falls back to
 * `storage.local`.
 */
export function verifiedSettings(): Promise<Settings> {
  // Kept in memory while the worker runs: every request reads settings.
  cache ??= readVerified().catch((error: unknown) => {
    cache = null;
    throw error;
  });
  return cache;
}

let cache: Promise<Settings> | null = null;

async function readVerified(): Promise<Settings> {
  const kept = await keptSettings();
  if (kept) return kept;
  const stored = await storedSettings();
  try {
    const db = await getDb();
    if ((await getMeta(db, 'settings')) === undefined) await putMeta(db, 'settings', stored);
  } catch {
    // No database: the copy in storage.local is all there is.
  }
  return stored;
}

/** Saves settings (from Keel's own pages): the worker's copy first, then the copy pages read. */
export async function saveVerifiedSettings(next: Settings): Promise<Settings> {
  const valid = SettingsSchema.parse(next);
  cache = Promise.resolve(valid);
  const db = await getDb().catch(() => null);
  if (db) {
    try {
      await putMeta(db, 'settings', valid);
    } catch {
      // The disk is full: the settings must still be changeable (a shorter retention frees space).
      // Dropping the old copy makes the worker adopt the new one from storage.local.
      await deleteMeta(db, 'settings').catch(() => undefined);
    }
  }
  await saveSettings(valid);
  return valid;
}

/** After `storage.local` changed: when its settings are not the worker's, put the worker's back. Returns whether it did. */
export async function restoreIfChanged(): Promise<boolean> {
  const kept = await keptSettings();
  if (!kept) return false;
  const stored: unknown = (await browser.storage.local.get('settings')).settings;
  if (same(SettingsSchema.safeParse(stored ?? {}).data ?? null, kept) && same(stored, kept)) return false;
  cache = Promise.resolve(kept);
  console.warn('[keel] the settings in storage.local were changed outside Keel’s options page; restoring them');
  await saveSettings(kept);
  return true;
}

/** In the worker: read settings from the verified copy, and close storage.local to content scripts where the browser can. */
export function installVerifiedSettings(): void {
  readSettingsFrom(verifiedSettings);
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  try {
    // Refused (or missing) where only storage.session supports it: the worker's copy still protects.
    void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })?.catch(() => undefined);
  } catch {
    // Not supported here.
  }
}
