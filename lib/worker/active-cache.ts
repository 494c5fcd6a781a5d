/**
 * The popup's list, sorted by urgency, cached in the worker between requests so that scrolling
 * a long list pages through memory instead of re-reading the store. A cache only: rebuilt from
 * IndexedDB when the worker restarts, when any escalation was written, or after a minute (the
 * urgency order depends on the time: updates fall due).
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { activeListVersion } from '../db/active-list';
import { listActive } from '../db/repositories/escalation';
import type { Escalation } from '../model/escalation';
import { matchesQuery } from '../model/escalation-search';
import { sortByUrgency } from '../model/urgency';

const MAX_AGE_MS = 60_000;
let cache: { version: number; at: number; sorted: Escalation[] } | null = null;

async function sorted(db: IDBPDatabase<KeelDb>, now: Date): Promise<Escalation[]> {
  const version = activeListVersion();
  if (cache && cache.version === version && now.getTime() - cache.at < MAX_AGE_MS) return cache.sorted;
  const list = sortByUrgency(await listActive(db), now);
  cache = { version, at: now.getTime(), sorted: list };
  return list;
}

export interface ActivePage {
  total: number;
  all: number;
  offset: number;
  escalations: Escalation[];
}

export async function activePage(db: IDBPDatabase<KeelDb>, now: Date, query: string, offset: number, limit: number): Promise<ActivePage> {
  const list = await sorted(db, now);
  const matching = query.trim() ? list.filter((e) => matchesQuery(e, query)) : list;
  return { total: matching.length, all: list.length, offset, escalations: matching.slice(offset, offset + limit) };
}
