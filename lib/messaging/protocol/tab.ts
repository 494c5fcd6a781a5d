/** Tab: which ticket a browser tab shows, and what Keel's pages may ask of that tab. */
import { z } from 'zod/mini';
import { TicketLocationSchema } from '../../model/case-ref';
import { domain } from './define';

/** The ticket a tab shows, as the worker worked it out from the tab's address. */
export const TabTicketSchema = z.object({
  tabId: z.nullable(z.int()),
  ticket: z.nullable(TicketLocationSchema),
  /** The tab's title: a name for the ticket before the desk is read. */
  pageTitle: z.nullable(z.string()),
  /** A message for the user about this tab ("this page is not a ticket Keel can read"). */
  notice: z.nullable(z.string()),
});
export type TabTicket = z.infer<typeof TabTicketSchema>;

const Ok = z.object({ ok: z.literal(true) });

export const tab = domain({
  messages: {
    /** The ticket a tab shows (the sender's tab when `tabId` is omitted). */
    getTabTicket: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()) }),
      response: () => TabTicketSchema,
    },
    /**
     * A content script's page shows a ticket, or none (on load and on in-app navigation). The
     * worker works out which from the tab; `ticket` is what the page believes, and must agree.
     */
    ticketSeen: {
      from: ['content'],
      request: () => z.object({ ticket: z.nullable(TicketLocationSchema), title: z.string().check(z.maxLength(1000)) }),
      response: () => Ok,
    },
    /** Scroll the desk page in a tab to one message of its ticket, where the desk's page allows. */
    showMessage: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()), messageId: z.string().check(z.minLength(1), z.maxLength(200)), at: z.string().check(z.maxLength(40)) }),
      response: () => z.object({ shown: z.boolean() }),
    },
    /** Open the side panel on a tab (the strip's "Workspace": its own tab). */
    openWorkspace: {
      from: ['extension'],
      request: () => z.object({ tabId: z.optional(z.int()) }),
      response: () => Ok,
    },
  },
});
