/**
 * View: everything about one ticket in one answer, for surfaces that show a little of every
 * domain at once (the in-page strip). The side panel asks each domain instead.
 */
import { z } from 'zod';
import { CaseRefSchema, TicketLocationSchema } from '../../model/case-ref';
import { EscalationSchema } from '../../model/escalation';
import { ReadStateSchema } from '../../model/read';
import { CaseSnapshotSchema } from '../../model/snapshot';
import { TemperatureReadingSchema } from '../../model/temperature';
import { StorageProblemSchema } from '../../model/storage';
import { domain } from './define';

export const CaseViewSchema = z.object({
  /** The tab this view is for, when it was asked for a tab. */
  tabId: z.number().int().nullable(),
  ticket: TicketLocationSchema.nullable(),
  /** Page title of the tab, a fallback name before the desk is read. */
  pageTitle: z.string().nullable(),
  escalation: EscalationSchema.nullable(),
  snapshot: CaseSnapshotSchema.nullable(),
  read: ReadStateSchema.nullable(),
  readings: z.array(TemperatureReadingSchema),
  /** A message for the user about this tab (e.g. "this page is not a ticket Keel can read"). */
  notice: z.string().nullable(),
  /** What is wrong with Keel's storage, if anything (a full disk, a newer Keel's data): shown by the strip. */
  storage: StorageProblemSchema.nullable().optional(),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

export const view = domain({
  messages: {
    /** The view of the ticket shown in a tab (the sender's tab when `tabId` is omitted: the strip). */
    getTabView: {
      from: ['extension'],
      request: z.object({ tabId: z.number().int().optional() }),
      response: CaseViewSchema,
    },
    getCaseView: {
      from: ['extension'],
      request: z.object({ ref: CaseRefSchema }),
      response: CaseViewSchema,
    },
  },
});
