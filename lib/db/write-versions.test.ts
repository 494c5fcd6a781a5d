import { describe, expect, it } from 'vitest';
import { openKeelDb } from './open';
import { onWriteStart, quietWrite, storeVersion } from './write-versions';

describe('the writes a cache is told of', () => {
  it('tells each read-write transaction as it starts, never a read, and not one started quietly', async () => {
    const db = await openKeelDb({ name: `writes-${Math.random()}` });
    const told: string[][] = [];
    const stop = onWriteStart((stores) => told.push([...stores]));
    try {
      await db.transaction('meta', 'readonly').done;
      expect(told).toEqual([]);

      const tx = db.transaction(['escalations', 'timeline'], 'readwrite');
      expect(told).toEqual([['escalations', 'timeline']]);
      await tx.done;

      const before = storeVersion(db, 'cases');
      await quietWrite(() => db.transaction('cases', 'readwrite').done);
      expect(told).toHaveLength(1);
      // Counted all the same: the stores' own caches see it.
      expect(storeVersion(db, 'cases')).toBe(before + 2);
    } finally {
      stop();
    }
    await db.transaction('cases', 'readwrite').done;
    expect(told).toHaveLength(1);
  });
});
