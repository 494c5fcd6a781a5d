/**
 * Storage: how Keel's own data is doing (a full disk, a database written by a newer Keel, records
 * set aside because they were damaged, pruning of old readings). Every surface shows the problem;
 * Options lists what was set aside and prunes on request.
 */
import { z } from 'zod/mini';
import { QuarantineEntrySchema, StorageStatusSchema } from '../../model/storage';
import { domain } from './define';

const Empty = z.object({});

export const PrunedSchema = z.object({ readings: z.int().check(z.gte(0)), cases: z.int().check(z.gte(0)), notes: z.int().check(z.gte(0)) });
export type Pruned = z.infer<typeof PrunedSchema>;

export const storage = domain({
  messages: {
    /** What is wrong with storage now (null problem: nothing), and how many records were set aside. */
    getStorageStatus: { from: ['extension'], request: () => Empty, response: () => StorageStatusSchema },
    /** Try storing something now (after freeing space): clears a full-disk problem when it works. */
    checkStorage: { from: ['extension'], request: () => Empty, response: () => StorageStatusSchema },
    /** The records set aside, newest first (a very large one is shortened here, kept whole in storage). */
    listQuarantine: {
      from: ['extension'],
      request: () => z.object({ limit: z._default(z.int().check(z.gte(1), z.lte(1000)), 200) }),
      response: () => z.object({ entries: z.array(QuarantineEntrySchema), total: z.int().check(z.gte(0)) }),
    },
    /** Delete records set aside: those named, or all. */
    deleteQuarantine: {
      from: ['extension'],
      request: () => z.object({ ids: z.optional(z.array(z.string().check(z.minLength(1))).check(z.maxLength(1000))) }),
      response: () => z.object({ deleted: z.int().check(z.gte(0)) }),
    },
    /** Prune old readings and snapshots now (it also runs at start-up and daily). */
    pruneStorage: { from: ['extension'], request: () => Empty, response: () => PrunedSchema },
  },
});
