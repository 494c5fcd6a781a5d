/**
 * Storage: how Keel's own data is doing (a full disk, a database written by a newer Keel, records
 * set aside because they were damaged, pruning of old readings). Every surface shows the problem;
 * Options lists what was set aside and prunes on request.
 */
import { z } from 'zod';
import { QuarantineEntrySchema, StorageStatusSchema } from '../../model/storage';
import { domain } from './define';

const Empty = z.object({});

export const PrunedSchema = z.object({ readings: z.number().int().min(0), cases: z.number().int().min(0), notes: z.number().int().min(0) });
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
      request: () => z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
      response: () => z.object({ entries: z.array(QuarantineEntrySchema), total: z.number().int().min(0) }),
    },
    /** Delete records set aside: those named, or all. */
    deleteQuarantine: {
      from: ['extension'],
      request: () => z.object({ ids: z.array(z.string().min(1)).max(1000).optional() }),
      response: () => z.object({ deleted: z.number().int().min(0) }),
    },
    /** Prune old readings and snapshots now (it also runs at start-up and daily). */
    pruneStorage: { from: ['extension'], request: () => Empty, response: () => PrunedSchema },
  },
});
