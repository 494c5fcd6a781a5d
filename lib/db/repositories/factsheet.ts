/**
 * The fact sheet's storage: one record per escalation, keyed by the escalation's id, in the
 * `factsheet` store. The first change creates it from the pre-filled values (stamped as Keel's)
 * with the user's change on top (stamped as theirs), in one write.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { recordRepository } from '../records';
import { StorageError } from '../errors';
import type { Clock } from '../../model/clock';
import { FactSheetSchema, type FactSheet, type FactSheetFields, type FactSheetPatch } from '../../model/factsheet';
import { KEEL, applyChanges, newRecord, type Stamp } from '../../model/record';

type Db = IDBPDatabase<KeelDb>;

export const factSheetRepository = recordRepository('factsheet', FactSheetSchema);

export function getFactSheet(db: Db, escalationId: string): Promise<FactSheet | undefined> {
  return factSheetRepository.get(db, escalationId);
}

/** Saves a change to an escalation's fact sheet, creating it from `prefill` the first time. */
export async function saveFactSheet(db: Db, escalationId: string, prefill: FactSheetFields, patch: FactSheetPatch, stamp: Stamp, clock: Clock): Promise<FactSheet> {
  const existing = await factSheetRepository.get(db, escalationId);
  if (existing) return (await factSheetRepository.update(db, escalationId, patch, stamp, clock)).record;
  const start = newRecord<FactSheet>({ id: escalationId, escalationId }, prefill, { at: stamp.at, by: KEEL });
  const { next } = applyChanges(start, patch, stamp);
  try {
    return (await factSheetRepository.add(db, next, clock)).record;
  } catch (error) {
    // Another save created it first (two fields saved at once): apply this change on top.
    if (error instanceof StorageError && error.code === 'constraint') return (await factSheetRepository.update(db, escalationId, patch, stamp, clock)).record;
    throw error;
  }
}

export async function removeFactSheets(db: Db, escalationId: string): Promise<void> {
  await factSheetRepository.remove(db, escalationId);
}
