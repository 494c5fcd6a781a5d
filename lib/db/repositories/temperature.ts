import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { guard } from '../errors';
import { check, setAside, type Damaged } from '../quarantine';
import { TemperatureReadingSchema, type TemperatureReading } from '../../model/temperature';
import { newestIn, type RangeIndex } from '../newest';

type Db = IDBPDatabase<KeelDb>;

function rangeFor(key: string): IDBKeyRange {
  return IDBKeyRange.bound([key, ''], [key, '\uffff']);
}

/** The most recent readings of a case, oldest first. A damaged reading is set aside and skipped. */
export function listReadings(db: Db, key: string, limit = 60): Promise<TemperatureReading[]> {
  return guard('storageDoingReadTemperature', async () => {
    const rows: TemperatureReading[] = [];
    const damaged: Damaged[] = [];
    for (const { value, key: primaryKey } of await newestIn(db.transaction('readings').store.index('by-case-time') as unknown as RangeIndex, rangeFor(key), limit)) {
      const checked = check(TemperatureReadingSchema, value);
      if (checked.ok) rows.push(checked.value);
      else damaged.push({ store: 'readings', key: String(primaryKey), value, reason: checked.reason });
    }
    await setAside(db, 'readings', damaged);
    return rows;
  });
}

export async function latestReading(db: Db, key: string): Promise<TemperatureReading | undefined> {
  const [last] = await listReadings(db, key, 1);
  return last;
}
