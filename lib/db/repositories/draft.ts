/**
 * Drafts (lib/model/draft.ts): what is typed into a workspace form before it is added, one row
 * per ticket and slot. Saving an empty text deletes the row.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { DraftSchema, draftId, type Draft } from '../../model/draft';

type Db = IDBPDatabase<KeelDb>;

/** Every draft of a ticket, by slot. Rows that no longer pass the schema are skipped. */
export function listDrafts(db: Db, caseKey: string): Promise<Draft[]> {
  return guard('storageDoingReadDrafts', async () => {
    const rows = await db.getAllFromIndex('draft', 'by-case', caseKey);
    return rows.flatMap((row) => {
      const parsed = DraftSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  });
}

/** Saves what a slot holds now (deleting it when empty). */
export function saveDraft(db: Db, caseKey: string, slot: string, text: string, at: string): Promise<void> {
  return guard('storageDoingSaveDraft', async () => {
    const id = draftId(caseKey, slot);
    if (text === '') await db.delete('draft', id);
    else await db.put('draft', DraftSchema.parse({ id, caseKey, slot, text, at }));
  });
}

/** Deletes every draft of a ticket (its escalation was deleted). */
export function deleteDrafts(db: Db, caseKey: string): Promise<void> {
  return guard('storageDoingSaveDraft', async () => {
    const tx = db.transaction('draft', 'readwrite');
    const keys = await tx.store.index('by-case').getAllKeys(caseKey);
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  });
}
