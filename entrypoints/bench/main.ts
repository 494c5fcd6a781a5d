/**
 * Dev-only benchmark page (built only with KEEL_BENCH=1, never shipped). Runs Keel's real
 * storage code in the browser's real IndexedDB, in the extension's origin, under a separate
 * database name so it never touches the user's data.
 */
import { openKeelDb } from '@/lib/db/open';
import { listActive } from '@/lib/db/repositories/escalations';
import { sortByUrgency } from '@/lib/model/urgency';
import { benchEscalation, benchTimelineEvent } from '@/test/bench/fixtures';

const DB = 'keel-bench';

async function seed(escalations: number, events: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
  const db = await openKeelDb({ name: DB });
  const tx = db.transaction(['escalations', 'timeline'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < escalations; i++) writes.push(tx.objectStore('escalations').put(benchEscalation(i)));
  for (let i = 0; i < events; i++) writes.push(tx.objectStore('timeline').put(benchTimelineEvent(i, escalations)));
  await Promise.all([...writes, tx.done]);
  db.close();
}

/** Median time of the popup's query: active escalations, sorted by urgency. */
async function activeQuery(runs: number): Promise<{ medianMs: number; p95Ms: number; rows: number }> {
  const db = await openKeelDb({ name: DB });
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const list = sortByUrgency(await listActive(db), new Date());
    times.push(performance.now() - t0);
    rows = list.length;
  }
  db.close();
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, p95Ms: times[Math.floor(times.length * 0.95)]!, rows };
}

Object.assign(globalThis, { keelBench: { seed, activeQuery } });
document.title = 'keel-bench-ready';
