/**
 * View: everything about one ticket in one answer, for surfaces that show a little of every
 * domain at once (the in-page strip). The side panel asks each domain instead, its sections'
 * reads sent together as one `getCaseReads` (lib/ui/case-query.ts).
 */
import { z } from 'zod/mini';
import { CaseRefSchema, TicketLocationSchema } from '../../model/case-ref';
import { EscalationSchema } from '../../model/escalation';
import { ReadStateSchema } from '../../model/read';
import { CaseSnapshotSchema } from '../../model/snapshot';
import { TemperatureReadingSchema } from '../../model/temperature';
import { StorageProblemSchema } from '../../model/storage';
import { domain } from './define';
import { TabTicketSchema } from './tab';

export const CaseViewSchema = z.object({
  /** The tab this view is for, when it was asked for a tab. */
  tabId: z.nullable(z.int()),
  ticket: z.nullable(TicketLocationSchema),
  /** Page title of the tab, a fallback name before the desk is read. */
  pageTitle: z.nullable(z.string()),
  escalation: z.nullable(EscalationSchema),
  snapshot: z.nullable(CaseSnapshotSchema),
  read: z.nullable(ReadStateSchema),
  readings: z.array(TemperatureReadingSchema),
  /** A message for the user about this tab (e.g. "this page is not a ticket Keel can read"). */
  notice: z.nullable(z.string()),
  /** What is wrong with Keel's storage, if anything (a full disk, a newer Keel's data): shown by the strip. */
  storage: z.optional(z.nullable(StorageProblemSchema)),
});
export type CaseView = z.infer<typeof CaseViewSchema>;

/**
 * The parts of a case a CaseView is built from (lib/worker/views.ts reads the escalation, the case
 * record's snapshot and read state, and the temperature readings): a change to any other part
 * (a timeline note, a plan item) leaves the view as it was. A change to an escalation's summary
 * fields (open plan items, the next update due) names `escalation` too.
 */
export const CASE_VIEW_PARTS = ['escalation', 'snapshot', 'read', 'temperature'] as const;

/** The most reads one `getCaseReads` carries (the side panel has about twenty). */
export const MAX_CASE_READS = 40;

/** The reads asked for together, by message name. */
const ReadNames = z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(MAX_CASE_READS));
/** One answer per read asked for, in order, each checked by the worker against its own read's response. */
const CaseReadsSchema = z.object({ answers: z.array(z.unknown()) });

export const view = domain({
  messages: {
    /** The view of the ticket shown in a tab (the sender's tab when `tabId` is omitted: the strip). */
    getTabView: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()) }),
      response: () => CaseViewSchema,
    },
    /**
     * Several `get…` reads of one case in one message, answered in order, each exactly as if sent
     * on its own (its own sender rule, request and response checks, its own failure), reading the
     * case record and its escalation once for all of them; each answer checked against its own
     * read's response schema before it is sent.
     */
    getCaseReads: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, names: ReadNames }),
      response: () => CaseReadsSchema,
    },
    /**
     * The ticket a tab shows and, when it shows one, the named reads of its case, answered as
     * `getCaseReads` answers them: the side panel's question on opening and on each switch of tab
     * or ticket, and its sections' reads, in one round trip (lib/ui/panel-prefetch.ts) instead of
     * one after the other. No reads when the tab shows `known`, the case the panel shows already.
     * The tab is `tabId`; else the active tab of window `windowId`; else the sender's own tab; else
     * the active tab of the window last focused: the side panel's guess, which it checks.
     */
    getTabCase: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()), windowId: z.optional(z.int()), names: ReadNames, known: z.optional(CaseRefSchema) }),
      response: () => z.object({ shown: TabTicketSchema, reads: z.nullable(CaseReadsSchema) }),
    },
    getCaseView: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => CaseViewSchema,
    },
  },
});
