/** The composer's drafts, one per ticket (store `draft`, keyed by case key). */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { DraftSchema, type Draft } from '../../model/draft';

type Db = IDBPDatabase<KeelDb>;

export function getDraft(db: Db, caseKey: string): Promise<Draft | null> {
  return guard('storageDoingReadDraft', async () => {
    const row = await db.get('draft', caseKey);
    const parsed = DraftSchema.safeParse(row);
    return parsed.success ? parsed.data : null;
  });
}

/**
 * Saves a draft unless a later one (higher `rev`) is already stored: saves of one composer may
 * arrive out of order, and the newest typed text must win. Returns what is stored afterwards.
 */
export function saveDraft(db: Db, draft: Draft): Promise<{ draft: Draft; saved: boolean }> {
  return guard('storageDoingSaveDraft', async () => {
    const valid = DraftSchema.parse(draft);
    const tx = db.transaction('draft', 'readwrite');
    const current = DraftSchema.safeParse(await tx.store.get(valid.caseKey));
    if (current.success && current.data.rev > valid.rev) {
      await tx.done;
      return { draft: current.data, saved: false };
    }
    await tx.store.put(valid);
    await tx.done;
    return { draft: valid, saved: true };
  });
}

export function deleteDraft(db: Db, caseKey: string): Promise<void> {
  return guard('storageDoingSaveDraft', () => db.delete('draft', caseKey));
}
