import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { check, setAside, type Damaged } from '../quarantine';
import { TemperatureReadingSchema, type TemperatureReading } from '../../model/temperature';

type Db = IDBPDatabase<KeelDb>;

function rangeFor(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key, ''], [key, '\uffff']);
}

/** The most recent readings of a case, oldest first. A damaged reading is set aside and skipped. */
export function listReadings(db: Db, key: string, limit = 60): Promise<TemperatureReading[]> {
  return guard('storageDoingReadTemperature', async () => {
    const rows: TemperatureReading[] = [];
    const damaged: Damaged[] = [];
    let cursor = await db.transaction('readings').store.index('by-case-time').openCursor(rangeFor(key), 'prev');
    while (cursor && rows.length < limit) {
      const checked = check(TemperatureReadingSchema, cursor.value);
      if (checked.ok) rows.push(checked.value);
      else damaged.push({ store: 'readings', key: String(cursor.primaryKey), value: cursor.value, reason: checked.reason });
      cursor = await cursor.continue();
    }
    await setAside(db, 'readings', damaged);
    return rows.reverse();
  });
}

export async function latestReading(db: Db, key: string): Promise<TemperatureReading | undefined> {
  const [last] = await listReadings(db, key, 1);
  return last;
}
