/** Zendesk's entry in the desk registry (page-safe: content scripts import it). */
import type { DeskEntry } from '../registry';
import { canonicalTicketUrl, detect } from './detect';

export const zendeskDesk = {
  id: 'zendesk',
  messages: { name: 'deskZendesk', note: 'noteWhereZendesk', ticket: 'deskZendeskTicket' },
  icon: { letter: 'Z', color: '#03363d' },
  // The agent interface always runs on the account's *.zendesk.com host, over HTTPS.
  hostPermissions: ['https://*.zendesk.com/*'],
  contentScript: { matches: ['https://*.zendesk.com/agent/*'] },
  // `/agent/` is the old Lotus hash route's page (`/agent/#/tickets/ID`): patterns never see the hash.
  ticketPatterns: ['https://*.zendesk.com/agent/tickets/*', 'https://*.zendesk.com/agent/'],
  readFrom: 'page',
  detect,
  ticketHost: (page) => page.host.toLowerCase(),
  ticketUrl: canonicalTicketUrl,
} as const satisfies DeskEntry<'zendesk'>;
