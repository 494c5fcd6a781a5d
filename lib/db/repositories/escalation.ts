import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { t } from '../../i18n';
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
} from '../../model/escalation';
import { ME, type Author } from '../../model/record';
import { timelineEvent, type FactsOf, type TimelineKind } from '../../model/timeline';

type Db = IDBPDatabase<KeelDb>;


function event<K extends TimelineKind>(clock: Clock, escalationId: string, at: string, by: Author, kind: K, facts: FactsOf<K>) {
  return timelineEvent({ id: clock.id(), escalationId, at, by }, kind, facts);
}

/**
 * Escalate a ticket. If it is already escalated, the existing escalation is returned untouched
 * (`created: false`): one ticket never gets two records. `input.url` must be built by the worker
 * from the ticket reference (see lib/worker/ticket-url.ts), never taken from a message.
 */
export function escalate(db: Db, input: NewEscalation, clock: Clock = systemClock, by: Author = ME): Promise<{ escalation: Escalation; created: boolean }> {
  return guard('storageDoingSaveEscalation', async () => {
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
      tx.objectStore('timeline').add(event(clock, escalation.id, at, by, 'escalation.created', { desk: input.desk, ticket: escalation.ticketNumber ?? input.ticketId })),
      tx.done,
    ]);
    return { escalation, created: true };
  });
}

export function getEscalation(db: Db, id: string): Promise<Escalation | undefined> {
  return guard('storageDoingReadEscalation', () => db.get('escalations', id));
}

export function findEscalation(db: Db, ref: CaseRef): Promise<Escalation | undefined> {
  return guard('storageDoingReadEscalation', () => db.getFromIndex('escalations', 'by-ticket', [ref.desk, ref.host, ref.ticketId]));
}

/** Every escalation still needing attention (unsorted; see `sortByUrgency`). One record read. */
export function listActive(db: Db): Promise<Escalation[]> {
  return guard('storageDoingListEscalations', async () => (await db.get('lists', 'active')) ?? []);
}

/** The same list read row by row through the state index (to check the derived list). */
export function listActiveFromRows(db: Db): Promise<Escalation[]> {
  return guard('storageDoingListEscalations', async () => {
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

/**
 * Apply a change in one transaction, recording state and severity changes on the timeline.
 * Returns the escalation after the change and as it was before (for the events it causes).
 */
export function updateEscalation(db: Db, id: string, patch: EscalationPatch, clock: Clock = systemClock, by: Author = ME): Promise<{ escalation: Escalation; previous: Escalation }> {
  return guard('storageDoingUpdateEscalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const store = tx.objectStore('escalations');
    const current = await store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(t('storageNoEscalation', { id }));
    }
    const at = clock.now().toISOString();
    const next = EscalationSchema.parse({ ...current, ...patch, updatedAt: at });
    const writes: Promise<unknown>[] = [writeEscalation(tx, next)];
    const timeline = tx.objectStore('timeline');
    if (patch.state && patch.state !== current.state) {
      writes.push(timeline.add(event(clock, id, at, by, 'escalation.state-changed', { from: current.state, to: patch.state })));
    }
    if (patch.severity !== undefined && patch.severity !== current.severity) {
      writes.push(timeline.add(event(clock, id, at, by, 'escalation.severity-changed', { from: current.severity, to: patch.severity })));
    }
    await Promise.all([...writes, tx.done]);
    return { escalation: next, previous: current };
  });
}
