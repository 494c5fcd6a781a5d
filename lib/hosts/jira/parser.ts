/** The Jira desk's worker half (zod). */
import type { DeskParser } from '../types';
import { field, hostOf, idOf } from '../saved';
import { jiraRawKeys } from './client';
import { parse } from './parse';

export const jiraParser: DeskParser<'jira'> = {
  desk: 'jira',
  parse,
  saved: {
    flags: jiraRawKeys,
    main: 'issue',
    // Get Issue: `self` is the REST URL on the site's host; `key` the issue key.
    identify: (main) => ({ host: hostOf(field(main, 'self')), ticketId: idOf(field(main, 'key')) }),
    placeholder: { host: 'example.atlassian.net', ticketId: 'KEY-1' },
  },
};
