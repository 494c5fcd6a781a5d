/**
 * Workspace records: what the next domains (plan items, stakeholders, risks, promises, …) keep
 * per escalation. Each is a small document in its domain's own store, and every field carries
 * the stamp of its last change (when, and by whom), so that a later step can share records with
 * teammates through the desk itself and merge them field by field.
 *
 * A domain declares its record with `workspaceRecord({...fields})` and changes it only through
 * `applyChanges`, which stamps exactly the fields whose value changed. Storage:
 * `lib/db/records.ts`.
 */
import { z } from 'zod/mini';

export const IsoTimeSchema = z.iso.datetime({ offset: true });

/** Who changed something: `ME` (the person using this browser), `KEEL` (Keel on its own), or later a teammate's name. */
export const AuthorSchema = z.string().check(z.minLength(1), z.maxLength(200));
export type Author = z.infer<typeof AuthorSchema>;
export const ME: Author = 'me';
export const KEEL: Author = 'keel';

export const StampSchema = z.object({ at: IsoTimeSchema, by: AuthorSchema });
export type Stamp = z.infer<typeof StampSchema>;

/** The fields every workspace record has, besides its own. */
export const RecordBaseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  escalationId: z.string().check(z.minLength(1)),
  created: StampSchema,
  /** The last change of each field, by field name. */
  stamps: z.record(z.string(), StampSchema),
});
export type RecordBase = z.infer<typeof RecordBaseSchema>;

/** The schema of a domain's record: the shared base plus the domain's own fields. */
/*#__NO_SIDE_EFFECTS__*/
export function workspaceRecord<Fields extends z.core.$ZodShape>(fields: Fields) {
  return z.extend(RecordBaseSchema, fields);
}

/**
 * A record as a page shows it: without its stamps (who changed each field, and when), which no
 * section shows. The side panel's plan of 50 items is 39 KB with them and 16 KB without: less for
 * the worker to check and send, and for the panel to receive and check.
 */
export type RecordView<R extends RecordBase> = Omit<R, 'stamps'>;

/** `record` without its stamps, as a read answers it to a page. Pure. */
export function recordView<R extends RecordBase>(record: R): RecordView<R> {
  const { stamps: _stamps, ...view } = record;
  return view;
}

/** The editable part of a record: everything but the base. */
export type RecordFields<R extends RecordBase> = Omit<R, keyof RecordBase>;

/** A new record, every given field stamped with its creation. Pure. */
export function newRecord<R extends RecordBase>(base: { id: string; escalationId: string }, fields: RecordFields<R>, stamp: Stamp): R {
  const stamps = Object.fromEntries(Object.keys(fields).map((name) => [name, stamp]));
  return { ...base, created: stamp, stamps, ...fields } as R;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The schema of a patch to a record's `fields`: any of them, and nothing else (a misspelt field is
 * refused, not dropped). What `applyChanges` takes.
 */
/*#__NO_SIDE_EFFECTS__*/
export function patchOf<Fields extends z.core.$ZodShape>(fields: z.ZodMiniObject<Fields>) {
  return z.strictObject(z.partial(fields).shape);
}

/**
 * Apply a patch to a record. Only fields whose value actually changes are written and stamped;
 * `changed` names them (empty: nothing to save, nothing to put on the timeline). Pure.
 */
export function applyChanges<R extends RecordBase>(record: R, patch: Partial<RecordFields<R>>, stamp: Stamp): { next: R; changed: (keyof RecordFields<R> & string)[] } {
  const changed: (keyof RecordFields<R> & string)[] = [];
  const next = { ...record, stamps: { ...record.stamps } };
  for (const [name, value] of Object.entries(patch) as [keyof RecordFields<R> & string, unknown][]) {
    if (value === undefined || name in RecordBaseSchema.shape) continue;
    if (same((record as Record<string, unknown>)[name], value)) continue;
    (next as Record<string, unknown>)[name] = value;
    next.stamps[name] = stamp;
    changed.push(name);
  }
  return { next: next as R, changed };
}
