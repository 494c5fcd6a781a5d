/**
 * The fact sheet: one per escalation, what every audience's update is written from. Its text
 * fields are kept by hand (pre-filled once from what Keel knows: the desk's subject as the
 * summary, the next update the cadence owes); the facts Keel keeps itself (customer, ticket,
 * first report, SLA, severity, state) are read live, never copied here. One record per
 * escalation, keyed by the escalation's id, in its own store (migration "updates").
 */
import { z } from 'zod/mini';
import { IsoTimeSchema, patchOf, workspaceRecord, type RecordFields } from './record';

export const FACTSHEET_TEXT_MAX = 10_000;
export const ETA_CONFIDENCES = ['low', 'medium', 'high'] as const;
export type EtaConfidence = (typeof ETA_CONFIDENCES)[number];

/** The hand-kept text fields, in the order the form shows them. */
export const FACTSHEET_TEXT_FIELDS = ['summary', 'impact', 'status', 'done', 'next', 'workaround', 'risks', 'asks'] as const;
export type FactSheetTextField = (typeof FACTSHEET_TEXT_FIELDS)[number];

const text = z.string().check(z.maxLength(FACTSHEET_TEXT_MAX));

export const FactSheetFieldsSchema = z.object({
  summary: text,
  impact: text,
  status: text,
  done: text,
  next: text,
  workaround: text,
  risks: text,
  asks: text,
  /** When a fix (or resolution) is expected; null when no estimate is given. */
  etaAt: z.nullable(IsoTimeSchema),
  etaConfidence: z.nullable(z.enum(ETA_CONFIDENCES)),
  /** When the next update is promised; pre-filled from the cadence's next due time. */
  nextUpdateAt: z.nullable(IsoTimeSchema),
});

export const FactSheetSchema = workspaceRecord(FactSheetFieldsSchema.shape);
export type FactSheet = z.infer<typeof FactSheetSchema>;
export type FactSheetFields = RecordFields<FactSheet>;

/** A change to the fact sheet as the form sends it (any subset of fields). */
export const FactSheetPatchSchema = patchOf(FactSheetFieldsSchema);
export type FactSheetPatch = z.infer<typeof FactSheetPatchSchema>;

/**
 * What a new fact sheet starts with, from what Keel already knows. Pure: the summary is the
 * desk's subject (else the escalation's title), the next update time the cadence's next due
 * time; everything else starts empty for the user to write.
 */
export function factSheetPrefill(known: { subject: string | null; title: string; nextUpdateDueAt: string | null }): FactSheetFields {
  return {
    summary: (known.subject?.trim() || known.title.trim()).slice(0, FACTSHEET_TEXT_MAX),
    impact: '',
    status: '',
    done: '',
    next: '',
    workaround: '',
    risks: '',
    asks: '',
    etaAt: null,
    etaConfidence: null,
    nextUpdateAt: known.nextUpdateDueAt,
  };
}
