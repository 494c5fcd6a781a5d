/**
 * Writing an escalation always goes through `writeEscalation`, which also keeps the derived
 * "active" list (migration 003) in step, inside the caller's transaction: both change together
 * or not at all.
 *
 * The list is derived, so a damaged one is rebuilt from the rows (`rebuildActiveList`), setting
 * aside whatever fails its schema, instead of hiding every escalation. Reading it checks each
 * entry with `looksListable`, a hand-written check of the fields sorting and searching use: zod
 * takes 40–90 ms for 10,000 escalations here, more than the whole query's budget (30 ms). The rows
 * a surface is actually sent are checked with zod (lib/worker/active-cache.ts).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { KeelDb } from './schema';
import { check, setAsideIn } from './quarantine';
import { DESKS } from '../model/case-ref';
import { ESCALATION_STATES, EscalationSchema, SEVERITIES, isActive, type Escalation } from '../model/escalation';
import type { Clock } from '../model/clock';

type Tx = IDBPTransaction<KeelDb, StoreNames<KeelDb>[], 'readwrite'>;

// Bumped on every write, so a reader's cache of the list knows it is stale. (The worker is the
// only writer, so its own counter sees every change.)
let version = 0;
export function activeListVersion(): number {
  return version;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

/**
 * True when `value` has every field the popup's sort and search read, of the right type. Cheap
 * enough for 10,000 rows on every query; zod checks the rows that are sent.
 */
export function looksListable(value: unknown): value is Escalation {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  const temperature = e.temperature as Record<string, unknown> | null | undefined;
  return (
    isString(e.id) &&
    (DESKS as readonly unknown[]).includes(e.desk) &&
    isString(e.host) &&
    isString(e.ticketId) &&
    isString(e.caseKey) &&
    isString(e.title) &&
    (e.ticketNumber === undefined || isString(e.ticketNumber)) &&
    isNullableString(e.customer) &&
    (ESCALATION_STATES as readonly unknown[]).includes(e.state) &&
    (e.severity === null || (SEVERITIES as readonly unknown[]).includes(e.severity)) &&
    isString(e.createdAt) &&
    isNullableString(e.nextUpdateDueAt) &&
    isNullableString(e.promiseDueAt) &&
    (temperature === null || (typeof temperature === 'object' && typeof temperature.score === 'number' && isString(temperature.band)))
  );
}

/** A list every entry of which looks listable (else: rebuild it). */
export function isWellFormedList(value: unknown): value is Escalation[] {
  return Array.isArray(value) && value.every(looksListable);
}

/**
 * Writes one escalation and its place in the active list. Several writes in one transaction must
 * run one after the other (await each): each reads the list and puts it back.
 */
export async function writeEscalation(tx: Tx, next: Escalation, mode: 'add' | 'put' = 'put'): Promise<void> {
  const store = tx.objectStore('escalations');
  const lists = tx.objectStore('lists');
  const [, current] = await Promise.all([mode === 'add' ? store.add(next) : store.put(next), lists.get('active')]);
  version++;
  // A damaged list is left for the next read to rebuild from the rows (and to set aside what is
  // damaged); the row itself is written either way.
  if (current !== undefined && !isWellFormedList(current)) return;
  const list = (current ?? []).filter((e) => e.id !== next.id);
  if (isActive(next)) list.push(next);
  await lists.put(list, 'active');
}

/** Drops an escalation from the active list (it was deleted), in the caller's transaction. */
export async function removeFromActiveList(tx: Tx, id: string): Promise<void> {
  const lists = tx.objectStore('lists');
  const current = (await lists.get('active')) ?? [];
  version++;
  await lists.put(current.filter((e) => e.id !== id), 'active');
}

/** Inside the caller's transaction (escalations, lists, quarantine): sets aside a damaged escalation row and drops it from the list. */
export async function setAsideEscalationIn(tx: Tx, id: string, value: unknown, reason: string, clock?: Clock): Promise<void> {
  const lists = tx.objectStore('lists');
  const [, , current] = await Promise.all([
    setAsideIn(tx, { store: 'escalations', key: id, value, reason }, clock),
    tx.objectStore('escalations').delete(id),
    lists.get('active'),
  ]);
  version++;
  if (Array.isArray(current)) await lists.put((current as unknown[]).filter((e) => (e as { id?: unknown } | null)?.id !== id) as Escalation[], 'active');
}

/**
 * Inside the caller's transaction (escalations, lists, quarantine): rebuilds the active list from
 * the rows. Every row is checked with its schema; a damaged one is set aside (and removed), as is
 * each damaged entry of the old list (entries are copies of rows, but nothing damaged is dropped
 * unseen). Returns the new list.
 */
export async function rebuildActiveListIn(tx: Tx, clock?: Clock): Promise<Escalation[]> {
  const lists = tx.objectStore('lists');
  const old: unknown = await lists.get('active');
  if (old !== undefined && !Array.isArray(old)) {
    await setAsideIn(tx, { store: 'lists', key: 'active', value: old, reason: 'not a list' }, clock);
  } else if (Array.isArray(old)) {
    for (const [i, item] of old.entries()) {
      const checked = check(EscalationSchema, item);
      if (!checked.ok) await setAsideIn(tx, { store: 'lists', key: `active[${i}]`, value: item, reason: checked.reason }, clock);
    }
  }
  const list: Escalation[] = [];
  let cursor = await tx.objectStore('escalations').openCursor();
  while (cursor) {
    const checked = check(EscalationSchema, cursor.value);
    if (checked.ok) {
      if (isActive(checked.value)) list.push(checked.value);
    } else {
      await setAsideIn(tx, { store: 'escalations', key: String(cursor.primaryKey), value: cursor.value, reason: checked.reason }, clock);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  await lists.put(list, 'active');
  version++;
  return list;
}
