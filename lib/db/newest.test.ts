import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { newestIn, type RangeIndex } from './newest';

type Path = 'getAllRecords' | 'fallback';

/** The index as the browser gives it, or as one without `getAllRecords` (Firefox, Safari) gives it. */
function asUsed(index: RangeIndex, path: Path): RangeIndex {
  if (path === 'getAllRecords') {
    if (typeof index.getAllRecords !== 'function') throw new Error('the test database has no getAllRecords: this path would prove nothing');
    return index;
  }
  return { openKeyCursor: (r, d) => index.openKeyCursor(r, d), getAll: (r) => index.getAll(r), getAllKeys: (r) => index.getAllKeys(r) };
}

let path: Path = 'getAllRecords';

async function store(rows: { id: string; group: string; at: string }[]) {
  const db = await openDB(`newest-${Math.random()}`, 1, {
    upgrade(d) {
      d.createObjectStore('rows', { keyPath: 'id' }).createIndex('by-group-time', ['group', 'at']);
    },
  });
  for (const row of rows) await db.put('rows', row);
  return (group: string, limit: number) => newestIn(asUsed(db.transaction('rows').store.index('by-group-time') as unknown as RangeIndex, path), IDBKeyRange.bound([group, ''], [group, '\uffff']), limit);
}

const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`;

describe.each<Path>(['getAllRecords', 'fallback'])('the newest rows of a range, read with %s', (which) => {
  beforeEach(() => {
    path = which;
  });

  it('gives the newest, oldest first, and only of the range asked for', async () => {
    const newest = await store([
      ...[1, 2, 3, 4, 5].map((m) => ({ id: `a${m}`, group: 'a', at: at(m) })),
      { id: 'b9', group: 'b', at: at(9) },
    ]);
    expect((await newest('a', 3)).map((r) => r.key)).toEqual(['a3', 'a4', 'a5']);
    expect((await newest('a', 1)).map((r) => r.key)).toEqual(['a5']);
    expect((await newest('a', 10)).map((r) => r.key)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(await newest('a', 0)).toEqual([]);
    expect(await newest('c', 5)).toEqual([]);
    expect((await newest('a', 2))[1]!.value).toEqual({ id: 'a5', group: 'a', at: at(5) });
  });

  it('gives exactly `limit` rows when several share the oldest time wanted', async () => {
    const newest = await store([
      { id: 'x1', group: 'a', at: at(1) },
      { id: 'x2', group: 'a', at: at(2) },
      { id: 'x3', group: 'a', at: at(2) },
      { id: 'x4', group: 'a', at: at(3) },
    ]);
    expect((await newest('a', 2)).map((r) => r.key)).toEqual(['x3', 'x4']);
    expect((await newest('a', 3)).map((r) => r.key)).toEqual(['x2', 'x3', 'x4']);
  });
});
