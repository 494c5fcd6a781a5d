import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import type { TemperatureReading } from '../../model/temperature';

type Db = IDBPDatabase<KeelDb>;

function rangeFor(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key, ''], [key, '\uffff']);
}

/** The most recent readings of a case, oldest first. */
export function listReadings(db: Db, key: string, limit = 60): Promise<TemperatureReading[]> {
  return guard('storageDoingReadTemperature', async () => {
    const rows: TemperatureReading[] = [];
    let cursor = await db.transaction('readings').store.index('by-case-time').openCursor(rangeFor(key), 'prev');
    while (cursor && rows.length < limit) {
      rows.push(cursor.value);
      cursor = await cursor.continue();
    }
    return rows.reverse();
  });
}

export async function latestReading(db: Db, key: string): Promise<TemperatureReading | undefined> {
  const [last] = await listReadings(db, key, 1);
  return last;
}
