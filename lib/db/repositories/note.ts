/**
 * Notes whose desk answer is outstanding (the `note` store, migration 010): written before the desk
 * is asked, removed in the same transaction as the timeline event once the desk has the note, so a
 * worker stopped in between loses nothing and a retry can tell the note may already be there.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { addTimelineEvent } from './timeline';
import { PendingNoteSchema, noteExcerpt, type PendingNote } from '../../model/note';
import type { Clock } from '../../model/clock';
import { ME } from '../../model/record';

type Db = IDBPDatabase<KeelDb>;

/** A pending note of this case with exactly this text (a retry), if any. */
export function findPendingNote(db: Db, caseKey: string, text: string): Promise<PendingNote | null> {
  return guard('storageDoingSaveNote', async () => {
    const rows = await db.getAllFromIndex('note', 'by-case', caseKey);
    for (const row of rows) {
      const parsed = PendingNoteSchema.safeParse(row);
      if (parsed.success && parsed.data.text === text) return parsed.data;
    }
    return null;
  });
}

export function addPendingNote(db: Db, note: PendingNote): Promise<void> {
  return guard('storageDoingSaveNote', async () => void (await db.put('note', PendingNoteSchema.parse(note))));
}

/** The desk did not take it (signed out, not found…): nothing is outstanding any more. */
export function dropPendingNote(db: Db, id: string): Promise<void> {
  return guard('storageDoingSaveNote', () => db.delete('note', id));
}

/** The desk has the note: in one transaction, the pending copy goes and the timeline says it was posted. */
export function completePendingNote(db: Db, note: PendingNote, escalationId: string | null, clock: Clock): Promise<void> {
  return guard('storageDoingSaveNote', async () => {
    const tx = db.transaction(['note', 'timeline'], 'readwrite');
    await tx.objectStore('note').delete(note.id);
    if (escalationId) await addTimelineEvent(tx, clock, escalationId, ME, 'note.posted', { excerpt: noteExcerpt(note.text) });
    await tx.done;
  });
}
