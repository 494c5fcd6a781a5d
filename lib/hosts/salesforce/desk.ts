/** Salesforce's entry in the desk registry (page-safe: content scripts import it). */
import type { DeskEntry } from '../registry';
import { caseUrl, detect, salesforceHosts } from './detect';

export const salesforceDesk = {
  id: 'salesforce',
  messages: { name: 'deskSalesforce', note: 'noteWhereSalesforce', ticket: 'deskSalesforceTicket' },
  icon: { letter: 'S', color: '#00a1e0' },
  // Only the hosts Keel reads: Lightning pages and the org's My Domain (Classic pages, the REST API
  // and the `sid` cookie). Not `*.force.com`: no code path uses it, and with `cookies` it would
  // reach other organisations' Experience Cloud and Visualforce sites.
  hostPermissions: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'],
  contentScript: { matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] },
  ticketPatterns: ['https://*.lightning.force.com/lightning/*', 'https://*.my.salesforce.com/*'],
  // The Lightning domain cannot call the org's REST API cross-origin: the worker reads it.
  readFrom: 'worker',
  detect,
  // A Lightning page and the org's My Domain (Classic) page both report on the org's API host.
  ticketHost: (page) => salesforceHosts(page.hostname)?.api ?? null,
  ticketUrl: (ref) => caseUrl({ desk: 'salesforce', ...ref }),
} as const satisfies DeskEntry<'salesforce'>;
