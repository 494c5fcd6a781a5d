/** Worker half of the Salesforce desk (zod lives here, never in the page half). */
import type { DeskParser } from '../types';
import { field, idOf } from '../saved';
import { salesforceRawKeys } from './client';
import { parse } from './parse';

export const salesforceParser: DeskParser<'salesforce'> = {
  desk: 'salesforce',
  parse,
  saved: {
    flags: salesforceRawKeys,
    main: 'case',
    // A SOQL query response names no host (relative `attributes.url`): --host, or the placeholder.
    identify: (main) => {
      const records = field(main, 'records');
      return { ticketId: idOf(field(Array.isArray(records) ? records[0] : undefined, 'Id')) };
    },
    placeholder: { host: 'example.my.salesforce.com', ticketId: '500000000000000AAA' },
  },
};
