/**
 * Pruning old readings and snapshots (lib/db/retention.ts) at start-up and once a day, through a
 * `chrome.alarms` alarm named under `keel:retention` (other domains use their own prefixes).
 */
import { browser } from 'wxt/browser';
import { getMeta, probeWrite, putMeta } from '../db/repositories/meta';
import { pruneOlderThan, type PruneCounts } from '../db/retention';
import type { Clock } from '../model/clock';
import { RETENTION_DAYS_DEFAULT } from '../model/storage';
import { getSettings } from '../settings/storage';
import { getDb } from './db';
import { noteStorageFailure, storageChanged, storageWorks } from './storage-status';

export const RETENTION_ALARM = 'keel:retention:daily';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruneRecord extends PruneCounts {
  at: string;
}

/** How long old data is kept, in days (the setting, or the default). */
export async function retentionDays(): Promise<number> {
  return (await getSettings()).retention?.days ?? RETENTION_DAYS_DEFAULT;
}

/** Prunes now and remembers when (and how much), for Options. */
export async function pruneNow(clock: Clock): Promise<PruneRecord> {
  const now = clock.now();
  const db = await getDb();
  const counts = await pruneOlderThan(db, new Date(now.getTime() - (await retentionDays()) * DAY_MS));
  const record = { at: now.toISOString(), ...counts };
  await putMeta(db, 'retention', record);
  return record;
}

/** The last pruning, if any. */
export async function lastPrune(): Promise<PruneRecord | null> {
  const value = (await getMeta(await getDb(), 'retention')) as Partial<PruneRecord> | undefined;
  if (!value || typeof value.at !== 'string') return null;
  return { at: value.at, readings: value.readings ?? 0, cases: value.cases ?? 0, notes: value.notes ?? 0 };
}

/** Creates the daily alarm when it is missing (alarms survive the worker stopping, not always an update). */
export async function scheduleRetention(): Promise<void> {
  const existing = await browser.alarms.get(RETENTION_ALARM);
  if (!existing) await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 24 * 60 });
}

/**
 * At start-up and daily: prunes, then checks that storage takes writes again (freeing space can
 * end a full-disk problem). Failures are noted for the surfaces, never thrown.
 */
export async function keepStorageBounded(clock: Clock): Promise<void> {
  try {
    await pruneNow(clock);
    await probeWrite(await getDb(), clock.now());
    await storageWorks(['quota']);
  } catch (error) {
    await noteStorageFailure(error, clock.now());
  }
  await storageChanged();
}
