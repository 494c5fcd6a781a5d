/**
 * Dev-only benchmark page: added to the build only by `npm run bench` (KEEL_BENCH=1, see
 * wxt.config.ts), never shipped. Runs Keel's real
 * storage code in the browser's real IndexedDB, in the extension's origin, under a separate
 * database name so it never touches the user's data.
 */
import '@/lib/model/zod-setup';
import { openKeelDb } from '@/lib/db/open';
import { listActive, listActiveFromRows } from '@/lib/db/repositories/escalation';
import { sortByUrgency } from '@/lib/model/urgency';
import { isActive } from '@/lib/model/escalation';
import { ingestParsed } from '@/lib/cases/ingest';
import { benchEscalation, benchSnapshot, benchTimelineEvent } from '../fixtures';

const DB = 'keel-bench';

async function seed(escalations: number, events: number, activeEvery: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
  const db = await openKeelDb({ name: DB });
  const tx = db.transaction(['escalations', 'timeline', 'lists'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  const rows = Array.from({ length: escalations }, (_, i) => benchEscalation(i, activeEvery));
  for (const row of rows) writes.push(tx.objectStore('escalations').put(row));
  writes.push(tx.objectStore('lists').put(rows.filter(isActive), 'active'));
  for (let i = 0; i < events; i++) writes.push(tx.objectStore('timeline').put(benchTimelineEvent(i, escalations)));
  await Promise.all([...writes, tx.done]);
  db.close();
}

/**
 * Median time of the popup's query: active escalations, sorted by urgency. `rows` = read the
 * escalation rows through the state index instead of the derived active list (for comparison).
 */
async function activeQuery(runs: number, rowsPath = false): Promise<{ medianMs: number; p95Ms: number; rows: number }> {
  const db = await openKeelDb({ name: DB });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const list = sortByUrgency(await (rowsPath ? listActiveFromRows(db) : listActive(db)), new Date());
    times.push(performance.now() - t0);
    rows = list.length;
  }
  db.close();
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]!, rows };
}

/** Median time to store a changed 100-message snapshot: score it, add a reading, update the case. */
async function upsert(runs: number, messages = 100): Promise<{ medianMs: number; p95Ms: number }> {
  const db = await openKeelDb({ name: DB });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const snapshot = benchSnapshot(messages, i); // a changed thread every time: scoring always runs
    const t0 = performance.now();
    await ingestParsed(db, snapshot.ref, { ok: true, snapshot }, { now: new Date(), id: () => crypto.randomUUID() }, 'api');
    times.push(performance.now() - t0);
  }
  db.close();
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]! };
}

Object.assign(globalThis, { keelBench: { seed, activeQuery, upsert } });
document.title = 'keel-bench-ready';
