/** The composer's drafts, one per ticket (store `reply`, keyed by case key). */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { DraftSchema, type Draft } from '../../model/reply';

type Db = IDBPDatabase<KeelDb>;

export function getReplyDraft(db: Db, caseKey: string): Promise<Draft | null> {
  return guard('storageDoingReadDraft', async () => {
    const row = await db.get('reply', caseKey);
    // No draft yet (most tickets): nothing to check (a failed check builds an error to throw away).
    if (row === undefined) return null;
    const parsed = DraftSchema.safeParse(row);
    return parsed.success ? parsed.data : null;
  });
}

/**
 * Saves a draft unless a later one (higher `rev`) is already stored: saves of one composer may
 * arrive out of order, and the newest typed text must win. Returns what is stored afterwards.
 */
export function saveReplyDraft(db: Db, draft: Draft): Promise<{ draft: Draft; saved: boolean }> {
  return guard('storageDoingSaveReplyDraft', async () => {
    const valid = DraftSchema.parse(draft);
    const tx = db.transaction('reply', 'readwrite');
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

export function deleteReplyDraft(db: Db, caseKey: string): Promise<void> {
  return guard('storageDoingSaveReplyDraft', () => db.delete('reply', caseKey));
}
