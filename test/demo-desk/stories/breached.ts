/** Breached SLA: the first-reply target passed hours ago; the customer is still waiting for anyone. */
import { HOUR, type Story } from './types';

const CREATED = 14 * HOUR;

export const breached: Story = {
  scenario: 'breached',
  subject: 'New users cannot sign in with SSO after our IdP certificate rotation',
  requester: 'chloe',
  assignee: null,
  group: 'Tier 1 Support',
  status: 'new',
  priority: 'high',
  type: 'problem',
  tags: ['sso', 'saml', 'login'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'chloe',
      ago: CREATED,
      text: `Hello,

Yesterday we rotated the SAML signing certificate on our identity provider and uploaded the new certificate under Settings → Security → Single sign-on, as described in your documentation.

Since then, people who already had a session are fine, but anyone signing in for the first time gets an error page:

    SAML assertion rejected: signature validation failed
    issuer=https://idp.tamarack-health.example/saml  key=rotation-2
    request id: 9f3c1e7a-52b4-4d0e-8c6f-1d2e7b9a0c41

We checked the metadata twice and the fingerprint matches the new certificate. Could the old certificate still be cached on your side?

About 35 new clinicians start on Monday and will need access from their first morning.

Thanks,
Chloe Nakamura
IT Systems Manager, Tamarack Health`,
    },
    {
      by: 'chloe',
      ago: 6 * HOUR,
      text: `Hi, just following up on this. We still can't onboard new users, and it's now affecting two of our clinics. Could someone take a look today, please?`,
    },
    {
      by: 'chloe',
      ago: 80,
      text: `Is anyone looking at this? I haven't had any reply since I opened the ticket yesterday evening, and we've had to push back the start of three new staff members.`,
    },
  ],
  events: [],
  sla: [{ metric: 'first_reply_time', targetMinutes: 4 * HOUR, startedAgo: CREATED, completedAgo: null }],
};
