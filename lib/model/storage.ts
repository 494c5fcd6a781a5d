/**
 * Storage: how Keel's own data is doing, for every surface. A full disk, a database written by a
 * newer Keel, records set aside because they were damaged, and how long old readings are kept.
 */
import { z } from 'zod/mini';

const IsoTime = z.iso.datetime({ offset: true });

/** A stored record that failed its schema on read, set aside with where it came from and why. */
export const QuarantineEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The object store it was in ("escalations", "cases", "lists", …). */
  store: z.string(),
  /** Its key there, as text. */
  key: z.string(),
  at: IsoTime,
  /** The first failing field and why ("state: Invalid option"). */
  reason: z.string(),
  /** The record as it was stored, untouched (for support, or a later repair). */
  value: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

/**
 * What is wrong with Keel's storage right now, if anything:
 * - `quota`: the browser refused to store more (disk or quota full); reads still show, new data is not kept.
 * - `newer-version`: the database was written by a newer Keel (after going back to an older one).
 * - `unavailable`: the database cannot be opened or used (another failure).
 */
export const StorageProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quota'), at: IsoTime }),
  z.object({ kind: z.literal('newer-version'), at: IsoTime, stored: z.nullable(z.int()), supported: z.int() }),
  z.object({ kind: z.literal('unavailable'), at: IsoTime, detail: z.string() }),
]);
export type StorageProblem = z.infer<typeof StorageProblemSchema>;

export const StorageStatusSchema = z.object({
  problem: z.nullable(StorageProblemSchema),
  /** Records set aside because they were damaged (see Options). */
  quarantined: z.int().check(z.gte(0)),
  /** The last pruning of old readings and snapshots. */
  pruned: z.nullable(z.object({ at: IsoTime, readings: z.int().check(z.gte(0)), cases: z.int().check(z.gte(0)), notes: z.int().check(z.gte(0)) })),
});
export type StorageStatus = z.infer<typeof StorageStatusSchema>;

/** How long readings and snapshots of closed escalations and of tickets never escalated are kept. */
export const RETENTION_DAYS_DEFAULT = 30;
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;
export const RetentionSettingsSchema = z.object({
  days: z.int().check(z.gte(RETENTION_DAYS_MIN), z.lte(RETENTION_DAYS_MAX)),
});
export type RetentionSettings = z.infer<typeof RetentionSettingsSchema>;
