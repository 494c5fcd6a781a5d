/**
 * Updates' storage (`update` store): each audience's draft (one, with a known id) and every
 * update sent. Sending stores the update and its timeline event in one transaction, and drops
 * the audience's draft when what was sent is that draft, so the next update starts afresh.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { recordRepository } from '../records';
import { addTimelineEvent } from './timeline';
import type { Audience } from '../../model/audience';
import type { Clock } from '../../model/clock';
import { newRecord, type Stamp } from '../../model/record';
import { UpdateSchema, draftId, updateExcerpt, type Update, type UpdateBasis, type UpdateChannel } from '../../model/update';

type Db = IDBPDatabase<KeelDb>;

export const updateRepository = recordRepository('update', UpdateSchema);

/** An escalation's drafts and sent updates, the sent ones oldest first. */
export async function listUpdates(db: Db, escalationId: string): Promise<{ drafts: Update[]; sent: Update[] }> {
  const all = await updateRepository.list(db, escalationId);
  return {
    drafts: all.filter((u) => u.status === 'draft'),
    sent: all.filter((u) => u.status === 'sent').sort((a, b) => Date.parse(a.sentAt ?? '') - Date.parse(b.sentAt ?? '')),
  };
}

/**
 * Saves an audience's draft as typed. `basis` (the facts now) becomes the draft's when the draft
 * is created or `rebuilt` from the fact sheet; a later edit of the words keeps the basis it had,
 * so a draft left behind by a change of facts can be caught disagreeing.
 */
export async function saveDraft(
  db: Db,
  input: { escalationId: string; audience: Audience; text: string; basis: UpdateBasis; rebuilt: boolean },
  stamp: Stamp,
  clock: Clock,
): Promise<Update> {
  const { escalationId, audience, text, basis } = input;
  const id = draftId(escalationId, audience);
  const existing = await updateRepository.get(db, id);
  if (existing) return (await updateRepository.update(db, id, input.rebuilt ? { text, basis } : { text }, stamp, clock)).record;
  const draft = newRecord<Update>({ id, escalationId }, { audience, status: 'draft', text, basis, sentAt: null, channel: null }, stamp);
  return (await updateRepository.add(db, draft, clock)).record;
}

export async function discardDraft(db: Db, escalationId: string, audience: Audience): Promise<void> {
  await updateRepository.remove(db, draftId(escalationId, audience));
}

/**
 * Stores an update as sent (with its timeline event) and drops the audience's draft when the
 * text sent is the draft's, all in one transaction.
 */
export function recordSent(
  db: Db,
  input: { escalationId: string; audience: Audience; text: string; basis: UpdateBasis; channel: UpdateChannel },
  stamp: Stamp,
  clock: Clock,
): Promise<Update> {
  return guard('storageDoingSaveRecord', async () => {
    const update = UpdateSchema.parse(
      newRecord<Update>({ id: clock.id(), escalationId: input.escalationId }, { audience: input.audience, status: 'sent', text: input.text, basis: input.basis, sentAt: stamp.at, channel: input.channel }, stamp),
    );
    const tx = db.transaction(['update', 'timeline'], 'readwrite');
    const store = tx.objectStore('update');
    const draft = await store.get(draftId(input.escalationId, input.audience));
    const kind = input.channel === 'internal-note' ? 'update.posted' : 'update.copied';
    await Promise.all([
      store.add(update),
      draft && draft.text.trim() === input.text.trim() ? store.delete(draft.id) : Promise.resolve(),
      addTimelineEvent(tx, { now: () => new Date(stamp.at), id: () => clock.id() }, input.escalationId, stamp.by, kind, { audience: input.audience, excerpt: updateExcerpt(input.text) }),
      tx.done,
    ]);
    return update;
  });
}

/** Drops every draft and sent update of an escalation (it was deleted). */
export async function removeUpdates(db: Db, escalationId: string): Promise<void> {
  await guard('storageDoingDeleteRecord', async () => {
    const tx = db.transaction('update', 'readwrite');
    const keys = await tx.store.index('by-escalation').getAllKeys(escalationId);
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  });
}
