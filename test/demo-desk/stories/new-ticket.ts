/** Brand new: one message, minutes old, nobody has looked at it yet. */
import { HOUR, type Story } from './types';

const CREATED = 4;

export const newTicket: Story = {
  scenario: 'new',
  subject: 'Raising our API rate limit for month-end batch jobs',
  requester: 'theo',
  assignee: null,
  group: 'Tier 1 Support',
  status: 'new',
  priority: 'normal',
  type: 'question',
  tags: ['api', 'rate-limit'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'theo',
      ago: CREATED,
      text: `Hi,

We run a reconciliation batch on the last business day of each month that calls /v2/transactions roughly 90,000 times over two hours. Last month we started getting 429 responses about 40 minutes in; going by the X-RateLimit-Limit header, our limit is 700 requests per minute.

Is it possible to raise the limit for our workspace (lumen-prod) on those days, or is there a bulk endpoint we should be using instead? Happy to adjust our job either way.

Thanks,
Theo Marsh
Platform Engineer, Lumen Fintech`,
    },
  ],
  events: [],
  sla: [{ metric: 'first_reply_time', targetMinutes: 8 * HOUR, startedAgo: CREATED, completedAgo: null }],
};
