import { countQuarantine, deleteQuarantine, listQuarantine } from '../../db/quarantine';
import { probeWrite } from '../../db/repositories/meta';
import type { storage } from '../../messaging/protocol/storage';
import type { DomainHandlers } from '../../messaging/server';
import type { StorageStatus } from '../../model/storage';
import { getDb } from '../db';
import { lastPrune, pruneNow } from '../retention';
import { currentProblem, storageChanged, storageWorks } from '../storage-status';
import type { WorkerDeps } from './deps';

/** A very large record set aside is shown shortened (it stays whole in storage). */
const SHOWN_VALUE_CHARS = 4000;

function shortened(value: unknown): unknown {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > SHOWN_VALUE_CHARS ? `${text.slice(0, SHOWN_VALUE_CHARS)}…` : value;
}

async function status(): Promise<StorageStatus> {
  const problem = await currentProblem();
  try {
    const db = await getDb();
    const [quarantined, pruned] = await Promise.all([countQuarantine(db), lastPrune()]);
    return { problem: await currentProblem(), quarantined, pruned };
  } catch {
    // The database cannot be used: the problem says why (getDb noted it).
    return { problem: (await currentProblem()) ?? problem, quarantined: 0, pruned: null };
  }
}

export function storageHandlers(deps: WorkerDeps): DomainHandlers<typeof storage> {
  return {
    getStorageStatus: () => status(),

    async checkStorage() {
      const db = await getDb();
      await probeWrite(db, deps.clock.now());
      await storageWorks(['quota', 'unavailable']);
      return status();
    },

    async listQuarantine({ limit }) {
      const db = await getDb();
      const [entries, total] = await Promise.all([listQuarantine(db, limit), countQuarantine(db)]);
      return { entries: entries.map((e) => ({ ...e, value: shortened(e.value) })), total };
    },

    async deleteQuarantine({ ids }) {
      const deleted = await deleteQuarantine(await getDb(), ids);
      await storageChanged();
      return { deleted };
    },

    async pruneStorage() {
      const { readings, cases, notes } = await pruneNow(deps.clock);
      await storageChanged();
      return { readings, cases, notes };
    },
  };
}
