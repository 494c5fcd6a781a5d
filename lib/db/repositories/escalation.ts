import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { t } from '../../i18n';
import { isWellFormedList, rebuildActiveListIn, setAsideEscalationIn, writeEscalation } from '../active-list';
import { check } from '../quarantine';
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
    const tx = db.transaction(['escalations', 'timeline', 'cases', 'readings', 'lists', 'quarantine'], 'readwrite');
    const found = await tx.objectStore('escalations').index('by-ticket').get([input.desk, input.host, input.ticketId]);
    if (found) {
      const existing = check(EscalationSchema, found);
      if (existing.ok) {
        await tx.done;
        return { escalation: existing.value, created: false };
      }
      // A damaged record for this ticket is set aside; escalating starts a new one.
      await setAsideEscalationIn(tx, String((found as { id?: unknown }).id), found, existing.reason, clock);
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

/** A row as read: checked with its schema; a damaged one is set aside (and dropped from the list) and reads as absent. */
async function checkedRow(db: Db, row: unknown, clock: Clock): Promise<Escalation | undefined> {
  if (row === undefined) return undefined;
  const checked = check(EscalationSchema, row);
  if (checked.ok) return checked.value;
  const id = String((row as { id?: unknown }).id);
  const tx = db.transaction(['escalations', 'lists', 'quarantine'], 'readwrite');
  // Only if it is still the row read (not rewritten meanwhile).
  if (JSON.stringify(await tx.objectStore('escalations').get(id)) === JSON.stringify(row)) await setAsideEscalationIn(tx, id, row, checked.reason, clock);
  await tx.done;
  return undefined;
}

export function getEscalation(db: Db, id: string, clock: Clock = systemClock): Promise<Escalation | undefined> {
  return guard('storageDoingReadEscalation', async () => checkedRow(db, await db.get('escalations', id), clock));
}

export function findEscalation(db: Db, ref: CaseRef, clock: Clock = systemClock): Promise<Escalation | undefined> {
  return guard('storageDoingReadEscalation', async () => checkedRow(db, await db.getFromIndex('escalations', 'by-ticket', [ref.desk, ref.host, ref.ticketId]), clock));
}

/**
 * Every escalation still needing attention (unsorted; see `sortByUrgency`). One record read; a
 * damaged list (or entry) is rebuilt from the rows, setting aside what is damaged, so one bad
 * record never hides the others.
 */
export function listActive(db: Db, clock: Clock = systemClock): Promise<Escalation[]> {
  return guard('storageDoingListEscalations', async () => {
    const list: unknown = await db.get('lists', 'active');
    if (list !== undefined && isWellFormedList(list)) return list;
    return rebuildActiveList(db, clock);
  });
}

/** Rebuilds the active list from the escalation rows (setting aside damaged rows and entries). */
export function rebuildActiveList(db: Db, clock: Clock = systemClock): Promise<Escalation[]> {
  return guard('storageDoingRepairList', async () => {
    const tx = db.transaction(['escalations', 'lists', 'quarantine'], 'readwrite');
    const list = await rebuildActiveListIn(tx, clock);
    await tx.done;
    return list;
  });
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
    const tx = db.transaction(['escalations', 'timeline', 'lists', 'quarantine'], 'readwrite');
    const store = tx.objectStore('escalations');
    const row = await store.get(id);
    if (!row) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error(t('storageNoEscalation', { id }));
    }
    const checked = check(EscalationSchema, row);
    if (!checked.ok) {
      // Damaged: set aside (the change cannot apply to a record Keel cannot read), and say so.
      await setAsideEscalationIn(tx, id, row, checked.reason, clock);
      await tx.done;
      throw new Error(t('storageDamagedEscalation'));
    }
    const current = checked.value;
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
