/**
 * The popup's list, sorted by urgency, cached in the worker between requests so that scrolling
 * a long list pages through memory instead of re-reading the store. A cache only: rebuilt from
 * IndexedDB when the worker restarts, when any escalation was written, or after a minute (the
 * urgency order depends on the time: updates fall due).
 *
 * The rows of a page are checked with zod before they are sent (the list itself only with the
 * cheap `looksListable`): a damaged one would make the whole answer invalid, hiding every
 * escalation, so the list is rebuilt from the rows instead (setting aside what is damaged).
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { activeListVersion } from '../db/active-list';
import { listActive, rebuildActiveList } from '../db/repositories/escalation';
import { EscalationSchema, type Escalation } from '../model/escalation';
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
  for (let attempt = 0; ; attempt++) {
    const list = await sorted(db, now);
    const matching = query.trim() ? list.filter((e) => matchesQuery(e, query)) : list;
    const escalations = matching.slice(offset, offset + limit);
    if (attempt > 0 || escalations.every((e) => EscalationSchema.safeParse(e).success)) {
      return { total: matching.length, all: list.length, offset, escalations: attempt > 0 ? escalations.filter((e) => EscalationSchema.safeParse(e).success) : escalations };
    }
    await rebuildActiveList(db);
    cache = null;
  }
}
