import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { t } from '../../i18n';
import { isWellFormedList, rebuildActiveListIn, removeFromActiveList, setAsideEscalationIn, writeEscalation } from '../active-list';
import { check } from '../quarantine';
import { caseKey, type CaseRef } from '../../model/case-ref';
import { systemClock, type Clock } from '../../model/clock';
import {
  ACTIVE_STATES,
  EscalationSchema,
  HISTORY_STATES,
  factsFromSnapshot,
  type BusinessImpact,
  type Escalation,
  type EscalationDrafts,
  type EscalationState,
  type NewEscalation,
  type Severity,
  type SeverityBasis,
  type TemperatureSummary,
} from '../../model/escalation';
import { checkMove, type MoveCheck } from '../../lifecycle/states';
import { severityFor } from '../../lifecycle/severity';
import { stateLabel } from '../../ui/labels';
import { ME, type Author } from '../../model/record';
import { timelineEvent, type FactsOf, type TimelineKind } from '../../model/timeline';

type Db = IDBPDatabase<KeelDb>;
type EscalationTx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;


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
      stateEnteredAt: { triage: at },
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

/** Every escalation that is no longer worked on: resolved, validated, in review or closed (unsorted). */
export function listHistory(db: Db): Promise<Escalation[]> {
  return guard('storageDoingListEscalations', async () => {
    const tx = db.transaction('escalations', 'readonly');
    const index = tx.store.index('by-state');
    const lists = await Promise.all(HISTORY_STATES.map((state) => index.getAll(state)));
    await tx.done;
    return lists.flat();
  });
}

/** The other escalations linked with this one (same customer or incident), in no particular order. */
export function listLinked(db: Db, escalation: Pick<Escalation, 'id' | 'linkGroup'>): Promise<Escalation[]> {
  return guard('storageDoingReadEscalation', async () => {
    if (!escalation.linkGroup) return [];
    return (await db.getAllFromIndex('escalations', 'by-link-group', escalation.linkGroup)).filter((e) => e.id !== escalation.id);
  });
}

export interface EscalationPatch {
  title?: string;
  /** A severity set without the matrix or a justification (recorded as such). Prefer `setSeverity`. */
  severity?: Severity | null;
  customer?: string | null;
  url?: string;
  temperature?: TemperatureSummary | null;
  impact?: BusinessImpact;
  /** Drafts being typed, merged part by part with those stored. */
  drafts?: EscalationDrafts;
}

type Tx = IDBPTransaction<KeelDb, ('escalations' | 'timeline' | 'lists')[], 'readwrite'>;

/** Reads an escalation for a change in `tx`; an absent one aborts the transaction with a clear message. */
async function current(tx: Tx, id: string): Promise<Escalation> {
  const row = await tx.objectStore('escalations').get(id);
  if (row) return row;
  tx.abort();
  await tx.done.catch(() => undefined);
  throw new Error(t('storageNoEscalation', { id }));
}

/** The human number of a ticket, for timeline events ("00001026", "SUP-12", "501"). */
const ticketOf = (e: Pick<Escalation, 'ticketNumber' | 'ticketId'>) => e.ticketNumber ?? e.ticketId;

/**
 * Apply a change in one transaction, recording severity changes on the timeline. Returns the
 * escalation after the change and as it was before (for the events it causes). State changes go
 * through `moveEscalation`, which knows the allowed moves.
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
    const before = checked.value;
    const at = clock.now().toISOString();
    // Drafts are typed, not done: they do not make the escalation "updated".
    const onlyDrafts = Object.keys(patch).every((key) => key === 'drafts');
    // Drafts are kept part by part: saving one never clears another.
    const drafts = patch.drafts ? { drafts: { ...before.drafts, ...patch.drafts } } : {};
    const next = EscalationSchema.parse({ ...before, ...patch, ...drafts, ...(onlyDrafts ? {} : { updatedAt: at }) });
    const writes: Promise<unknown>[] = [writeEscalation(tx, next)];
    if (patch.severity !== undefined && patch.severity !== before.severity) {
      writes.push(tx.objectStore('timeline').add(event(clock, id, at, by, 'escalation.severity-changed', { from: before.severity, to: patch.severity })));
    }
    await Promise.all([...writes, tx.done]);
    return { escalation: next, previous: before };
  });
}

/** A move the lifecycle does not allow, in words (answered as `refused`, not as a storage failure). */
export class MoveRefused extends Error {
  readonly messageCode = 'refused';
  constructor(message: string) {
    super(message);
    this.name = 'MoveRefused';
  }
}

function refusal(check: Extract<MoveCheck, { ok: false }>, from: EscalationState, to: EscalationState): MoveRefused {
  const words = { from: stateLabel(from), to: stateLabel(to) };
  if (check.problem === 'reason-required') return new MoveRefused(t('lifecycleReasonRequired', words));
  if (check.problem === 'same') return new MoveRefused(t('lifecycleAlreadyIn', { state: words.to }));
  return new MoveRefused(t('lifecycleMoveRefused', words));
}

export interface MoveOptions {
  /** Why (required going backwards). */
  reason?: string | null;
  /** What the resolve guard said and the user confirmed, in words (recorded on the timeline). */
  confirmed?: string | null;
  /** The state the user saw: when it is no longer the state, the move is refused rather than applied to something else. */
  expectedFrom?: EscalationState;
}

/**
 * Move an escalation to another state, if the lifecycle allows it from the state it is in now
 * (read in the same transaction). Records when it entered the state and puts the move on the
 * timeline: a backward move with its reason, a confirmed one with what the guard said.
 */
export async function moveEscalation(db: Db, id: string, to: EscalationState, options: MoveOptions = {}, clock: Clock = systemClock, by: Author = ME): Promise<{ escalation: Escalation; previous: Escalation }> {
  const outcome = await guard('storageDoingUpdateEscalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const before = await current(tx, id);
    const from = options.expectedFrom ?? before.state;
    const check = from === before.state ? checkMove(before.state, to, options.reason) : ({ ok: false, problem: 'refused' } as const);
    if (!check.ok) {
      await tx.done;
      return { ok: false as const, refused: check, before };
    }
    const at = clock.now().toISOString();
    const next = EscalationSchema.parse({
      ...before,
      state: to,
      stateEnteredAt: { ...before.stateEnteredAt, [to]: at },
      updatedAt: at,
      // The reason being written was for this move.
      ...(before.drafts?.moveReason !== undefined ? { drafts: { ...before.drafts, moveReason: undefined } } : {}),
    });
    const timeline = tx.objectStore('timeline');
    const entry =
      check.kind === 'backward'
        ? event(clock, id, at, by, 'escalation.state-reopened', { from: before.state, to, reason: check.reason })
        : options.confirmed
          ? event(clock, id, at, by, 'escalation.state-confirmed', { from: before.state, to, concerns: options.confirmed })
          : event(clock, id, at, by, 'escalation.state-changed', { from: before.state, to });
    await Promise.all([writeEscalation(tx, next), timeline.add(entry), tx.done]);
    return { ok: true as const, escalation: next, previous: before };
  });
  if (!outcome.ok) throw refusal(outcome.refused, outcome.before.state, to);
  return { escalation: outcome.escalation, previous: outcome.previous };
}

/**
 * Set the severity from the matrix (impact × urgency) with a written justification, recorded on
 * the timeline with it. The draft being written is cleared.
 */
export async function setSeverity(db: Db, id: string, basis: SeverityBasis, justification: string, clock: Clock = systemClock, by: Author = ME): Promise<{ escalation: Escalation; previous: Escalation }> {
  const reason = justification.trim();
  if (!reason) throw new MoveRefused(t('severityJustificationRequired'));
  return guard('storageDoingUpdateEscalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const before = await current(tx, id);
    const at = clock.now().toISOString();
    const severity = severityFor(basis.impact, basis.urgency);
    const { severity: _draft, ...otherDrafts } = before.drafts ?? {};
    const next = EscalationSchema.parse({ ...before, severity, severityBasis: basis, severityJustification: reason, drafts: otherDrafts, updatedAt: at });
    await Promise.all([
      writeEscalation(tx, next),
      tx.objectStore('timeline').add(event(clock, id, at, by, 'escalation.severity-set', { from: before.severity, to: severity, reason })),
      tx.done,
    ]);
    return { escalation: next, previous: before };
  });
}

/**
 * Link two escalations (the same customer or incident): they join one group (merging two groups
 * when both were linked already), and each timeline says so. Linking what is already linked
 * changes nothing. Returns every member of the group.
 */
export function linkEscalations(db: Db, id: string, otherId: string, clock: Clock = systemClock, by: Author = ME): Promise<Escalation[]> {
  return guard('storageDoingUpdateEscalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const a = await current(tx, id);
    const b = await current(tx, otherId);
    const store = tx.objectStore('escalations');
    if (a.id === b.id || (a.linkGroup && a.linkGroup === b.linkGroup)) {
      const members = a.linkGroup ? await store.index('by-link-group').getAll(a.linkGroup) : [a];
      await tx.done;
      return members;
    }
    const group = a.linkGroup ?? b.linkGroup ?? a.id;
    const joining = [a, ...(b.linkGroup && b.linkGroup !== group ? await store.index('by-link-group').getAll(b.linkGroup) : [b])].filter((e) => e.linkGroup !== group);
    const existing = await store.index('by-link-group').getAll(group);
    const at = clock.now().toISOString();
    const writes: Promise<unknown>[] = [];
    const joined = joining.map((e) => EscalationSchema.parse({ ...e, linkGroup: group, updatedAt: at }));
    // One after the other: each write reads and rewrites the active list.
    for (const e of joined) await writeEscalation(tx, e);
    const timeline = tx.objectStore('timeline');
    writes.push(timeline.add(event(clock, a.id, at, by, 'escalation.linked', { desk: b.desk, ticket: ticketOf(b) })));
    writes.push(timeline.add(event(clock, b.id, at, by, 'escalation.linked', { desk: a.desk, ticket: ticketOf(a) })));
    await Promise.all([...writes, tx.done]);
    const byId = new Map([...existing, ...joined].map((e) => [e.id, e]));
    return [...byId.values()];
  });
}

/** Take an escalation out of its link group (a group left with one member is dissolved). Returns it. */
export function unlinkEscalation(db: Db, id: string, clock: Clock = systemClock, by: Author = ME): Promise<Escalation> {
  return guard('storageDoingUpdateEscalation', async () => {
    const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
    const before = await current(tx, id);
    if (!before.linkGroup) {
      await tx.done;
      return before;
    }
    const others = (await tx.objectStore('escalations').index('by-link-group').getAll(before.linkGroup)).filter((e) => e.id !== id);
    const at = clock.now().toISOString();
    const next = EscalationSchema.parse({ ...before, linkGroup: null, updatedAt: at });
    await writeEscalation(tx, next);
    // A group of one is no group (written after: each write reads and rewrites the active list).
    if (others.length === 1) await writeEscalation(tx, EscalationSchema.parse({ ...others[0]!, linkGroup: null, updatedAt: at }));
    const writes: Promise<unknown>[] = [];
    const timeline = tx.objectStore('timeline');
    for (const other of others) {
      writes.push(timeline.add(event(clock, id, at, by, 'escalation.unlinked', { desk: other.desk, ticket: ticketOf(other) })));
      writes.push(timeline.add(event(clock, other.id, at, by, 'escalation.unlinked', { desk: before.desk, ticket: ticketOf(before) })));
    }
    await Promise.all([...writes, tx.done]);
    return next;
  });
}

/**
 * Delete an escalation and everything Keel keeps about it, in one transaction: the escalation
 * (and its place in the active list), its timeline, the ticket's snapshot and temperature
 * readings, and its records in every store listed by escalation (the workspace records of every
 * domain: plan items, stakeholders, promises… whatever stores exist). A linked escalation leaves
 * its group. Returns what was deleted, or null when it was not there.
 */
export function deleteEscalation(db: Db, id: string): Promise<{ escalation: Escalation; removed: Record<string, number> } | null> {
  return guard('storageDoingDeleteEscalation', async () => {
    const untyped = db as unknown as IDBPDatabase<unknown>;
    const names = [...untyped.objectStoreNames] as string[];
    const tx = untyped.transaction(names, 'readwrite');
    const escalations = tx.objectStore('escalations');
    const found = (await escalations.get(id)) as Escalation | undefined;
    if (!found) {
      await tx.done;
      return null;
    }
    const removed: Record<string, number> = {};
    const deleteAll = async (store: string, index: string, range: IDBKeyRange | string) => {
      let cursor = await tx.objectStore(store).index(index).openCursor(range);
      let count = 0;
      while (cursor) {
        await cursor.delete();
        count++;
        cursor = await cursor.continue();
      }
      if (count) removed[store] = (removed[store] ?? 0) + count;
    };
    await deleteAll('timeline', 'by-escalation-time', IDBKeyRange.bound([id, ''], [id, '\uffff']));
    await deleteAll('readings', 'by-case-time', IDBKeyRange.bound([found.caseKey, ''], [found.caseKey, '\uffff']));
    if (await tx.objectStore('cases').get(found.caseKey)) {
      await tx.objectStore('cases').delete(found.caseKey);
      removed.cases = 1;
    }
    // Every domain's workspace records (stores made with createRecordStore have this index).
    for (const name of names) {
      if (tx.objectStore(name).indexNames.contains('by-escalation')) await deleteAll(name, 'by-escalation', id);
    }
    // A group left with one member is dissolved.
    if (found.linkGroup) {
      const others = ((await escalations.index('by-link-group').getAll(found.linkGroup)) as Escalation[]).filter((e) => e.id !== id);
      if (others.length === 1) await writeEscalation(tx as unknown as EscalationTx, { ...others[0]!, linkGroup: null });
    }
    await escalations.delete(id);
    await removeFromActiveList(tx as unknown as EscalationTx, id);
    await tx.done;
    return { escalation: found, removed };
  });
}
