/**
 * The newest rows of an index range in as few requests as the browser allows. Where the index
 * has `getAllRecords` (Chrome 141 and later), one request: the newest `limit` records, read from
 * the newest end, with their primary keys. Elsewhere (Firefox, Safari today), a fixed number of
 * requests: one key cursor from the newest end, one jump over `limit − 1` rows to the oldest row
 * wanted, then every row from there in one `getAll` (and its primary keys in one `getAllKeys`,
 * for setting aside a damaged row). A cursor stepping back row by row would cost one request
 * (and one task) per row, which for a timeline of 200 events was most of the side panel's wait.
 * Each request is a round trip to the browser's database, and those round trips were the most
 * of the side panel's timeline read (traced: 14–33 ms for the three of the fallback while the
 * panel loads).
 */

/** What is used of an idb index (typed loosely: every store's index has this shape). */
export interface RangeIndex {
  openKeyCursor(range: IDBKeyRange, direction: 'prev'): Promise<KeyCursor | null>;
  getAll(range: IDBKeyRange): Promise<unknown[]>;
  getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>;
  /** Chrome 141+: records (index key, primary key, value) in either direction, in one request. */
  getAllRecords?(options: { query: IDBKeyRange; count: number; direction: 'prev' }): Promise<{ primaryKey: IDBValidKey; value: unknown }[]>;
}

interface KeyCursor {
  key: IDBValidKey;
  advance(count: number): Promise<KeyCursor | null>;
}

/** At most the `limit` newest rows of `range`, oldest first, with their primary keys. */
export async function newestIn(index: RangeIndex, range: IDBKeyRange, limit: number): Promise<{ value: unknown; key: IDBValidKey }[]> {
  if (limit <= 0) return [];
  if (typeof index.getAllRecords === 'function') {
    // Newest first, ties on the index key by primary key from the highest: reversed, the same
    // order the fallback gives (index key, then primary key, ascending).
    const records = await index.getAllRecords({ query: range, count: limit, direction: 'prev' });
    return records.map((record) => ({ value: record.value, key: record.primaryKey })).reverse();
  }
  let cursor = await index.openKeyCursor(range, 'prev');
  if (!cursor) return [];
  if (limit > 1) cursor = await cursor.advance(limit - 1);
  // Fewer rows than `limit`: all of them. Otherwise from the oldest row wanted (rows sharing its
  // index key come too, and are cut below).
  const from = cursor ? IDBKeyRange.bound(cursor.key, range.upper, false, range.upperOpen) : range;
  const [values, keys] = await Promise.all([index.getAll(from), index.getAllKeys(from)]);
  const rows = values.map((value, i) => ({ value, key: keys[i]! }));
  return rows.slice(Math.max(0, rows.length - limit));
}
