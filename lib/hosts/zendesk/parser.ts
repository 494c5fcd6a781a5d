/** Worker half of the Zendesk desk (uses zod; never import from a content script). */
import type { DeskParser } from '../types';
import { field, hostOf, idOf } from '../saved';
import { zendeskRawKeys } from './client';
import { parse } from './parse';

export const zendeskParser: DeskParser<'zendesk'> = {
  desk: 'zendesk',
  parse,
  saved: {
    flags: zendeskRawKeys,
    main: 'ticket',
    // Show Ticket: `ticket.url` is the API URL on the account's host.
    identify: (main) => ({ host: hostOf(field(main, 'ticket', 'url')), ticketId: idOf(field(main, 'ticket', 'id')) }),
    placeholder: { host: 'example.zendesk.com', ticketId: '1' },
  },
};
