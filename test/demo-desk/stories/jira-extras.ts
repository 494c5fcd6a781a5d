/**
 * Jira-only storylines: an engineering issue in a plain software project (ENG-42, the
 * plain-comment write path) and two issues on the self-hosted Jira Data Center
 * (`jira.keel-demo.test`, project OPS).
 */
import { DAY, HOUR, type Story } from './types';

const ENG_CREATED = 20 * DAY;

export const software: Story = {
  scenario: 'software',
  subject: 'Webhook dispatcher ignores Retry-After and re-sends in-flight deliveries',
  requester: 'sam',
  assignee: 'ravi',
  group: 'Platform',
  status: 'open',
  priority: 'high',
  type: 'bug',
  tags: ['webhooks', 'dispatcher', 'customer-impact'],
  createdAgo: ENG_CREATED,
  messages: [
    {
      by: 'sam',
      ago: ENG_CREATED,
      text: `Corvid Analytics (support ticket linked) receive duplicate order.updated deliveries seconds apart. Ravi traced two causes in the dispatcher:

1. A 503 or 429 with Retry-After from the customer endpoint is retried on our fixed backoff schedule instead of after the requested delay.
2. When an attempt times out on our side but the connection is still open, the next attempt can start before the first one has finished, so the endpoint sees both.

Expected: honour Retry-After (capped at 1 h), and never start attempt n+1 while attempt n is in flight.`,
    },
    {
      by: 'ravi',
      ago: ENG_CREATED - 5 * HOUR,
      text: `Confirmed both. The in-flight check is missing in DeliveryScheduler#reschedule:

\`\`\`ts
// current
if (attempt.result === 'timeout') scheduleRetry(delivery, backoff(delivery.attempts));
// proposed
if (attempt.result === 'timeout' && !attempt.socketOpen) scheduleRetry(delivery, backoff(delivery.attempts));
\`\`\`

Retry-After is parsed but then dropped by the backoff helper. Fix for both in one PR.`,
    },
    {
      by: 'mei',
      ago: 15 * DAY,
      text: `Reviewed the PR. One concern: Retry-After may be an HTTP date rather than seconds; the parser only handles seconds. Added a test case for the date form.`,
    },
    {
      by: 'ravi',
      ago: 13 * DAY,
      text: `Handled both forms now. Rolling out behind the flag dispatcher.honour_retry_after, EU pool first, together with the per-endpoint fairness change.`,
    },
    {
      by: 'sam',
      ago: 9 * DAY,
      text: `Customer confirms duplicates are down to zero since the rollout. Can we turn the flag on for the US pools this week?`,
    },
  ],
  events: [
    { ago: ENG_CREATED - 60, field: 'assignee', from: null, to: 'ravi' },
    { ago: ENG_CREATED - 5 * HOUR, field: 'status', from: 'new', to: 'open' },
    { ago: ENG_CREATED - 5 * HOUR, field: 'priority', from: 'normal', to: 'high' },
  ],
  sla: [],
};

const DC_CREATED = 2 * DAY;

/** On the self-hosted Data Center: an escalated customer problem, running hot. */
export const datacenter: Story = {
  scenario: 'dc',
  subject: 'Checkout API timeouts for EU shoppers since the gateway upgrade',
  requester: 'nadia',
  assignee: 'tomas',
  group: 'Operations',
  status: 'open',
  priority: 'urgent',
  type: 'incident',
  tags: ['checkout', 'gateway', 'eu'],
  createdAgo: DC_CREATED,
  messages: [
    {
      by: 'nadia',
      ago: DC_CREATED,
      text: `Since the payment gateway upgrade on Friday, about 8% of checkout calls from our EU storefronts time out after 30 seconds. Shoppers see "Payment could not be completed" and many don't retry. US traffic is unaffected.

Example request id: 4c1d9b62-7e0a-4f3b-9a51-2d8e6c0f7b13`,
    },
    {
      by: 'tomas',
      ago: DC_CREATED - 4 * HOUR,
      text: `Thanks Nadia. We see the timeouts on the EU gateway nodes too; they line up with TLS handshakes to the new acquirer endpoint. Investigating with the gateway team.`,
    },
    {
      by: 'nadia',
      ago: DAY,
      text: `Any update? We lost an estimated €48,000 in orders over the weekend. This is the second checkout incident this month, and our board is asking whether we should move to a different provider.`,
    },
    {
      by: 'leo',
      ago: 6 * HOUR,
      text: `Following up for Nadia, who is in meetings all day: we need a workaround today, even if it is routing EU traffic through the US gateway for now.`,
    },
  ],
  events: [
    { ago: DC_CREATED - 3 * HOUR, field: 'assignee', from: null, to: 'tomas' },
    { ago: DC_CREATED - 4 * HOUR, field: 'status', from: 'new', to: 'open' },
    { ago: DAY - 20, field: 'priority', from: 'high', to: 'urgent' },
  ],
  sla: [],
};

const DC_CALM_CREATED = 6 * DAY;

/** On the self-hosted Data Center: a calm request, done. */
export const datacenterCalm: Story = {
  scenario: 'dc-calm',
  subject: 'Read-only API token for our external auditors',
  requester: 'leo',
  assignee: 'tomas',
  group: 'Operations',
  status: 'solved',
  priority: 'low',
  type: 'task',
  tags: ['access', 'audit'],
  createdAgo: DC_CALM_CREATED,
  messages: [
    {
      by: 'leo',
      ago: DC_CALM_CREATED,
      text: `Our auditors start next Monday and need read-only access to last year's order exports. Could you create a token limited to the reporting scope, valid for 30 days?`,
    },
    {
      by: 'tomas',
      ago: DC_CALM_CREATED - 3 * HOUR,
      text: `Done: a token with the reports:read scope, expiring in 30 days, has been sent to the auditors' shared mailbox. It can be revoked at any time under Settings → API tokens.`,
    },
    {
      by: 'leo',
      ago: DC_CALM_CREATED - 4 * HOUR,
      text: `Received, thank you very much.`,
    },
  ],
  events: [
    { ago: DC_CALM_CREATED - 2 * HOUR, field: 'assignee', from: null, to: 'tomas' },
    { ago: DC_CALM_CREATED - 3 * HOUR, field: 'status', from: 'new', to: 'open' },
    { ago: DC_CALM_CREATED - 5 * HOUR, field: 'status', from: 'open', to: 'solved' },
  ],
  sla: [],
};
