/**
 * Angry: a production outage. The customer grows more frustrated with every slow reply: repeated
 * "any update?", "the third time this quarter", a churn threat, a request for a manager.
 */
import { HOUR, type Story } from './types';

const CREATED = 9 * HOUR;

export const angry: Story = {
  scenario: 'angry',
  subject: 'Production outage: every dashboard returns 502 Bad Gateway',
  requester: 'marcus',
  assignee: 'dana',
  group: 'Tier 2 Support',
  status: 'open',
  priority: 'urgent',
  type: 'incident',
  tags: ['outage', 'dashboards', 'eu-region', 'enterprise'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'marcus',
      ago: CREATED,
      text: `Hi team,

Since about 6am our time every dashboard in our production workspace returns "502 Bad Gateway". This affects all 240 dispatchers across our three depots: nobody can see today's routes or driver assignments, so trucks are leaving late.

Workspace: halvorsen-prod
Affected: all dashboards, the route view in the mobile app, and the /v2/routes API (same 502)
Your status page: "All systems operational"

Please treat this as a P1. I'm reachable on my mobile all day.

Marcus Webb
Director of Operations, Halvorsen Freight`,
    },
    {
      by: 'dana',
      ago: CREATED - 90,
      text: `Hi Marcus,

Thank you for reporting this, and I'm sorry for the disruption. I can reproduce the 502 on your workspace and I've raised it with our on-call engineering team. I'll update you as soon as I hear back from them.

Best regards,
Dana Whitfield
Beacon Support`,
    },
    {
      by: 'marcus',
      ago: CREATED - 150,
      text: `Any update? Our dispatchers are now working from yesterday's printed manifests, which is not sustainable past lunchtime.`,
    },
    {
      by: 'marcus',
      ago: CREATED - 210,
      text: `Hello? Still nothing from your side, and your status page still says everything is fine, which is frankly insulting to the people here trying to keep trucks moving.

This is the third time this quarter that the platform has gone down on us. Every time we get the same "engineering is looking into it" and then silence for hours.`,
    },
    {
      by: 'dana',
      ago: CREATED - 270,
      text: `Hi Marcus,

I completely understand, and I'm sorry the status page hasn't reflected this; I've asked for it to be updated. Engineering has traced the problem to a database failover in our EU region that did not complete cleanly. They are working on restoring service now. I don't have an ETA yet, but I'll come back to you as soon as I do.

Dana`,
    },
    {
      by: 'aisha',
      ago: CREATED - 290,
      internal: true,
      text: `Heads-up: Halvorsen renews in 6 weeks (about $310k ARR); their CSM knows. Incident INC-2291: the EU primary failed over to a replica that was ~40 minutes behind, and the incident team is deciding between promoting it and replaying the WAL. Please don't give Marcus an ETA until the incident commander does.`,
    },
    {
      by: 'marcus',
      ago: CREATED - 340,
      text: `That is not an update, that is a restatement of the problem.

I need three things today: an ETA for restoring service, confirmation that none of our route data has been lost, and a written explanation of why this keeps happening.

To be clear: we are evaluating other vendors, and I will be sharing this experience with our CFO when we review the renewal next month.`,
    },
    {
      by: 'dana',
      ago: CREATED - 390,
      text: `Marcus, understood. I've passed your three questions to the incident commander and to our escalations team, and I'm pushing for an ETA and for the data confirmation.`,
    },
    {
      by: 'marcus',
      ago: CREATED - 445,
      text: `I'd like to speak to your manager, or whoever is actually in charge of this incident, today. Please have them call me. We have been down for over seven hours.`,
    },
    {
      by: 'marcus',
      ago: CREATED - 505,
      text: `Any update??`,
    },
  ],
  events: [
    { ago: CREATED - 80, field: 'assignee', from: null, to: 'dana' },
    { ago: CREATED - 90, field: 'status', from: 'new', to: 'open' },
    { ago: CREATED - 95, field: 'priority', from: 'normal', to: 'high' },
    { ago: CREATED - 215, field: 'priority', from: 'high', to: 'urgent' },
  ],
  sla: [
    // The first reply came after 90 minutes against a 60-minute target (met late).
    { metric: 'first_reply_time', targetMinutes: 60, startedAgo: CREATED, completedAgo: CREATED - 90 },
    // Running since the manager request: due in 25 minutes.
    { metric: 'next_reply_time', targetMinutes: 2 * HOUR, startedAgo: CREATED - 445, completedAgo: null },
  ],
};
