import { z } from 'zod/mini';
import { DESK_IDS, type Desk } from '../hosts/registry';

/** The desks Keel reads: the desk registry's ids. */
export const DESKS = DESK_IDS;
export type { Desk };

/**
 * Identifies one ticket on one desk instance. `host` is normalised by the desk's detector
 * (lower case; Salesforce Lightning and Classic hosts of one org map to its my.salesforce.com
 * host) and `ticketId` is the desk's canonical id (Zendesk number, Jira key upper-case,
 * Salesforce 18-character Case id), so that the same ticket reached through different URLs
 * gives the same key.
 */
export const CaseRefSchema = z.object({
  desk: z.enum(DESKS),
  host: z.string().check(z.minLength(1), z.maxLength(253)),
  ticketId: z.string().check(z.minLength(1), z.maxLength(64)),
});
export type CaseRef = z.infer<typeof CaseRefSchema>;

/** A ticket found on a page: its ref and the canonical URL that opens it. */
export const TicketLocationSchema = z.extend(CaseRefSchema, { url: z.url() });
export type TicketLocation = z.infer<typeof TicketLocationSchema>;

export { caseKey, sameCase, type CaseKey } from './case-key';
