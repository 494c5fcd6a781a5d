import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { writeEscalation } from '../active-list';
import { caseKey, type CaseRef } from '../../model/case-ref';
import { systemClock, type Clock } from '../../model/clock';
import {
  ACTIVE_STATES,
  EscalationSchema,
  factsFromSnapshot,
  type Escalation,
  type EscalationState,
  type NewEscalation,
  type Severity,
  type TemperatureSummary,
  type TimelineEvent,
} from '../../model/escalation';

type Db = IDBPDatabase<KeelDb>;


function event(clock: Clock, escalationId: string, kind: TimelineEvent['kind'], text: string, at: string): TimelineEvent {
  return { id: clock.id(), escalationId, at, kind, text };
}

/**
 * Escalate a ticket. If it is already escalated, the existing escalation is returned untouched
 * (`created: false`): one ticket never gets two records.
 */
export function escalate(db: Db, input: NewEscalation, clock: Clock = systemClock): Promise<{ escalation: Escalation; created: boolean }> {
  return guard('save the escalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'cases', 'readings', 'lists'], 'readwrite');
    const existing = await tx.objectStore('escalations').index('by-ticket').get([input.desk, input.host, input.ticketId]);
    if (existing) {
      await tx.done;
      return { escalation: existing, created: false };
    }
    const at = clock.now().toISOString();
    // What Keel already knows about the ticket (read before it was escalated).
    const key = caseKey(input);
    const known = await tx.objectStore('cases').get(key);
    const latest = await tx.objectStore('readings').index('by-case-time').openCursor(IDBKeyRange.bound([key, ''], [key, '\uffff']), 'prev');
    const escalation = EscalationSchema.parse({
      id: clock.id(),
      desk: input.desk,
      host: input.host,
      ticketId: input.ticketId,
      caseKey: key,
      url: input.url,
      title: input.title.trim() || `${input.desk} ${input.ticketId}`,
      customer: null,
      // Read before it was escalated: the desk's subject, customer and number win.
      ...(known?.snapshot ? factsFromSnapshot(known.snapshot) : {}),
      state: 'triage',
      severity: null,
      createdAt: at,
      updatedAt: at,
      nextUpdateDueAt: null,
      promiseDueAt: null,
      temperature: latest ? { score: latest.value.score, band: latest.value.band, at: latest.value.at } : null,
    } satisfies Escalation);
    await Promise.all([
      writeEscalation(tx, escalation, 'add'),
      tx.objectStore('timeline').add(event(clock, escalation.id, 'created', `Escalated ${input.desk} ticket ${input.ticketId}`, at)),
      tx.done,
    ]);
    return { escalation, created: true };
  });
}

export function getEscalation(db: Db, id: string): Promise<Escalation | undefined> {
  return guard('read the escalation', () => db.get('escalations', id));
}

export function findEscalation(db: Db, ref: CaseRef): Promise<Escalation | undefined> {
  return guard('read the escalation', () => db.getFromIndex('escalations', 'by-ticket', [ref.desk, ref.host, ref.ticketId]));
}

/** Every escalation still needing attention (unsorted; see `sortByUrgency`). One record read. */
export function listActive(db: Db): Promise<Escalation[]> {
  return guard('list escalations', async () => (await db.get('lists', 'active')) ?? []);
}

/** The same list read row by row through the state index (to check the derived list). */
export function listActiveFromRows(db: Db): Promise<Escalation[]> {
  return guard('list escalations', async () => {
    const tx = db.transaction('escalations', 'readonly');
    const index = tx.store.index('by-state');
    const lists = await Promise.all(ACTIVE_STATES.map((state) => index.getAll(state)));
    await tx.done;
    return lists.flat();
  });
}

export interface EscalationPatch {
  title?: string;
  state?: EscalationState;
  severity?: Severity | null;
  customer?: string | null;
  url?: string;
  temperature?: TemperatureSummary | null;
}

/** Apply a change in one transaction, recording state and severity changes on the timeline. */
export function updateEscalation(db: Db, id: string, patch: EscalationPatch, clock: Clock = systemClock): Promise<Escalation> {
  return guard('update the escalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const store = tx.objectStore('escalations');
    const current = await store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(`No escalation ${id}`);
    }
    const at = clock.now().toISOString();
    const next = EscalationSchema.parse({ ...current, ...patch, updatedAt: at });
    const writes: Promise<unknown>[] = [writeEscalation(tx, next)];
    const timeline = tx.objectStore('timeline');
    if (patch.state && patch.state !== current.state) {
      writes.push(timeline.add(event(clock, id, 'state-changed', `State ${current.state} → ${patch.state}`, at)));
    }
    if (patch.severity !== undefined && patch.severity !== current.severity) {
      writes.push(timeline.add(event(clock, id, 'severity-changed', `Severity ${current.severity ?? 'unset'} → ${patch.severity ?? 'unset'}`, at)));
    }
    await Promise.all([...writes, tx.done]);
    return next;
  });
}

export function listTimeline(db: Db, escalationId: string, limit = 200): Promise<TimelineEvent[]> {
  return guard('read the timeline', async () => {
    const range = IDBKeyRange.bound([escalationId, ''], [escalationId, '\uffff']);
    const rows: TimelineEvent[] = [];
    let cursor = await db.transaction('timeline').store.index('by-escalation-time').openCursor(range, 'prev');
    while (cursor && rows.length < limit) {
      rows.push(cursor.value);
      cursor = await cursor.continue();
    }
    return rows.reverse();
  });
}

export function appendTimeline(db: Db, escalationId: string, kind: TimelineEvent['kind'], text: string, clock: Clock = systemClock): Promise<TimelineEvent> {
  return guard('add to the timeline', async () => {
    const entry = event(clock, escalationId, kind, text, clock.now().toISOString());
    await db.add('timeline', entry);
    return entry;
  });
}
