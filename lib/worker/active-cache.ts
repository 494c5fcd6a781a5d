/**
 * The popup's lists, in order, cached in the worker between requests so that scrolling a long
 * list pages through memory instead of re-reading the store: the queue (active escalations in
 * the user's order, linked ones together) and the history (resolved and closed, most recent
 * first). A cache only: rebuilt from IndexedDB when the worker restarts, when any escalation was
 * written, or after a minute (the queue's order depends on the time: updates fall due).
 *
 * The rows of a page are checked with zod before they are sent (the list itself only with the
 * cheap `looksListable`): a damaged one would make the whole answer invalid, hiding every
 * escalation, so the list is rebuilt from the rows instead (setting aside what is damaged).
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { activeListVersion } from '../db/active-list';
import { listActive, listHistory, rebuildActiveList } from '../db/repositories/escalation';
import type { CaseRef } from '../model/case-ref';
import { EscalationSchema, type Escalation } from '../model/escalation';
import { matchesQuery } from '../model/escalation-search';
import { linkIndex, type LinkIndex } from '../lifecycle/links';
import { linkHeaders, orderHistory, orderQueue, type LinkHeader, type QueueOrder } from '../lifecycle/queue';

const MAX_AGE_MS = 60_000;

/** The active escalations as stored (unsorted), kept until any escalation is written. */
let rows: { db: IDBPDatabase<KeelDb>; version: number; list: Escalation[] } | null = null;

/**
 * Every active escalation, from memory unless one was written since: the side panel's links
 * compare the ticket with all of them each time it opens (5,000 rows cost a tenth of a second
 * to read). A read overtaken by a write is returned but not kept.
 */
export async function activeRows(db: IDBPDatabase<KeelDb>): Promise<Escalation[]> {
  const version = activeListVersion();
  if (rows?.db === db && rows.version === version) return rows.list;
  const list = await listActive(db);
  if (activeListVersion() === version) rows = { db, version, list };
  return list;
}
/**
 * The active escalation of a ticket, from the list `activeRows` keeps in memory, checked as a
 * stored row is: undefined when that list is not in memory or not current (an escalation was
 * written since), when it has no escalation of the ticket, or when the one it has does not pass
 * the check (the caller then reads the store, which sets a damaged row aside). Each side panel
 * opening reads the list for its links; with this, the next opening's sections no longer wait for
 * a store read of the escalation before they can read their own records.
 */
export function activeEscalationOf(db: IDBPDatabase<KeelDb>, ref: CaseRef): Escalation | undefined {
  if (rows?.db !== db || rows.version !== activeListVersion()) return undefined;
  const row = rows.list.find((e) => e.ticketId === ref.ticketId && e.host === ref.host && e.desk === ref.desk);
  if (!row) return undefined;
  const checked = EscalationSchema.safeParse(row);
  return checked.success ? checked.data : undefined;
}

/** The link index of each list `activeRows` answered (dropped with the list when one is written). */
const indexes = new WeakMap<readonly Escalation[], LinkIndex<Escalation>>();

/**
 * The active escalations grouped for link suggestions (`linkIndex`), built once per version of
 * the active list instead of on every side panel opening: keyed by the very list `activeRows`
 * answers, so any escalation written makes a new list and with it a new index.
 */
export async function activeLinkIndex(db: IDBPDatabase<KeelDb>): Promise<LinkIndex<Escalation>> {
  const list = await activeRows(db);
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = linkIndex(list)));
  return index;
}

export type QueueView = 'active' | 'history';

interface Entry {
  version: number;
  at: number;
  sorted: Escalation[];
  headers: Map<string, LinkHeader>;
}
const cache = new Map<string, Entry>();

async function sorted(db: IDBPDatabase<KeelDb>, now: Date, view: QueueView, order: QueueOrder): Promise<Entry> {
  const version = activeListVersion();
  const key = view === 'history' ? 'history' : `active|${order}`;
  const hit = cache.get(key);
  if (hit && hit.version === version && now.getTime() - hit.at < MAX_AGE_MS) return hit;
  const list = view === 'history' ? await listHistory(db) : await activeRows(db);
  const entry: Entry = {
    version,
    at: now.getTime(),
    sorted: view === 'history' ? orderHistory(list) : orderQueue(list, order, now),
    headers: linkHeaders(list),
  };
  cache.set(key, entry);
  return entry;
}

export interface ActivePage {
  total: number;
  all: number;
  offset: number;
  escalations: Escalation[];
  groups: Record<string, LinkHeader>;
}

export async function activePage(db: IDBPDatabase<KeelDb>, now: Date, query: string, offset: number, limit: number, view: QueueView = 'active', order: QueueOrder = 'urgency'): Promise<ActivePage> {
  for (let attempt = 0; ; attempt++) {
    const { sorted: list, headers } = await sorted(db, now, view, order);
    const matching = query.trim() ? list.filter((e) => matchesQuery(e, query)) : list;
    const page = matching.slice(offset, offset + limit);
    if (attempt > 0 || page.every((e) => EscalationSchema.safeParse(e).success)) {
      const escalations = attempt > 0 ? page.filter((e) => EscalationSchema.safeParse(e).success) : page;
      const groups: Record<string, LinkHeader> = {};
      for (const e of escalations) {
        const header = e.linkGroup ? headers.get(e.linkGroup) : undefined;
        if (header) groups[e.linkGroup!] = header;
      }
      return { total: matching.length, all: list.length, offset, escalations, groups };
    }
    await rebuildActiveList(db);
    cache.clear();
  }
}
