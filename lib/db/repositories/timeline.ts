/**
 * The escalation timeline: one store every domain appends to (see lib/model/timeline.ts for how a
 * domain declares its kinds). A domain that changes its own records writes the event in the same
 * transaction through `addTimelineEvent`; `appendTimeline` is for events with nothing else to
 * write (a note posted on the desk).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { check, setAside, type Damaged } from '../quarantine';
import { systemClock, type Clock } from '../../model/clock';
import { ME, type Author } from '../../model/record';
import { TimelineEventSchema, timelineEvent, type FactsOf, type TimelineEvent, type TimelineKind } from '../../model/timeline';
import { newestIn, type RangeIndex } from '../newest';

type Db = IDBPDatabase<KeelDb>;

/** The newest `limit` events of an escalation, oldest first. A damaged event is set aside and skipped. */
export function listTimeline(db: Db, escalationId: string, limit = 200): Promise<TimelineEvent[]> {
  return guard('storageDoingReadTimeline', async () => {
    const range = IDBKeyRange.bound([escalationId, ''], [escalationId, '\uffff']);
    const rows: TimelineEvent[] = [];
    const damaged: Damaged[] = [];
    for (const { value, key } of await newestIn(db.transaction('timeline').store.index('by-escalation-time') as unknown as RangeIndex, range, limit)) {
      const checked = check(TimelineEventSchema, value);
      if (checked.ok) rows.push(checked.value as TimelineEvent);
      else damaged.push({ store: 'timeline', key: String(key), value, reason: checked.reason });
    }
    await setAside(db, 'timeline', damaged);
    return rows;
  });
}

/** Adds an event inside the caller's transaction (which must include 'timeline'). */
export function addTimelineEvent<K extends TimelineKind>(
  tx: IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>,
  clock: Clock,
  escalationId: string,
  by: Author,
  kind: K,
  facts: FactsOf<K>,
): Promise<string> {
  return tx.objectStore('timeline').add(timelineEvent({ id: clock.id(), escalationId, at: clock.now().toISOString(), by }, kind, facts));
}

/** Appends one event on its own. */
export function appendTimeline<K extends TimelineKind>(db: Db, escalationId: string, kind: K, facts: FactsOf<K>, clock: Clock = systemClock, by: Author = ME): Promise<TimelineEvent> {
  return guard('storageDoingAddTimeline', async () => {
    const entry = timelineEvent({ id: clock.id(), escalationId, at: clock.now().toISOString(), by }, kind, facts);
    await db.add('timeline', entry);
    return entry;
  });
}

/** Deletes a manual note (only a `timeline.note`: other domains' events are history). */
export function removeTimelineNote(db: Db, id: string): Promise<TimelineEvent | undefined> {
  return guard('storageDoingRemoveNote', async () => {
    const tx = db.transaction('timeline', 'readwrite');
    const row = await tx.store.get(id);
    if (!row || row.kind !== 'timeline.note') {
      await tx.done;
      return undefined;
    }
    await Promise.all([tx.store.delete(id), tx.done]);
    return row;
  });
}
