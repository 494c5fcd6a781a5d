/**
 * The newest rows of an index range in a fixed number of requests: a cursor stepping back row by
 * row costs one request (and one task) per row, which for a timeline of 200 events was most of
 * the side panel's wait. Here: one key cursor from the newest end, one jump over `limit − 1`
 * rows to the oldest row wanted, then every row from there in one `getAll` (and its primary keys
 * in one `getAllKeys`, for setting aside a damaged row).
 */

/** What is used of an idb index (typed loosely: every store's index has this shape). */
export interface RangeIndex {
  openKeyCursor(range: IDBKeyRange, direction: 'prev'): Promise<KeyCursor | null>;
  getAll(range: IDBKeyRange): Promise<unknown[]>;
  getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>;
}

interface KeyCursor {
  key: IDBValidKey;
  advance(count: number): Promise<KeyCursor | null>;
}

/** At most the `limit` newest rows of `range`, oldest first, with their primary keys. */
export async function newestIn(index: RangeIndex, range: IDBKeyRange, limit: number): Promise<{ value: unknown; key: IDBValidKey }[]> {
  if (limit <= 0) return [];
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
