/** Calm: a polite how-to question, answered promptly and thanked. */
import { HOUR, type Story } from './types';

const CREATED = 50 * HOUR;

export const calm: Story = {
  scenario: 'calm',
  subject: 'How do I schedule a weekly CSV export of the appointments report?',
  requester: 'priya',
  assignee: 'dana',
  group: 'Tier 1 Support',
  status: 'solved',
  priority: 'low',
  type: 'question',
  tags: ['reports', 'export', 'how-to'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'priya',
      ago: CREATED,
      text: `Hi Beacon team,

Our regional managers would like the appointments report in their inbox every Monday morning as a CSV, so they can plan the week's staffing in their own spreadsheets. I can export it by hand from Reports → Appointments, but I couldn't find a way to schedule it.

Is that possible on our plan (Business)? If so, could you point me to the right setting?

Many thanks,
Priya Raman
Practice Operations Lead, Brightline Dental Group`,
    },
    {
      by: 'dana',
      ago: CREATED - 45,
      text: `Hi Priya,

Good news: scheduled exports are included in the Business plan. Here's how to set it up:

1. Open Reports → Appointments and apply the filters you want (for example, "Location is any of…").
2. Click the ⋯ menu at the top right of the report and choose "Schedule export".
3. Pick CSV as the format, "Weekly" as the frequency, then Monday and a time (07:00 works well for most teams).
4. Add your regional managers as recipients. They don't need a Beacon login to receive the file.

One thing to know: the schedule runs in your workspace's time zone, which you can check under Settings → General. The filters are saved with the schedule, so later changes to the report itself won't affect it.

Let me know if you'd like me to check the schedule once you've created it.

Best,
Dana Whitfield
Beacon Support`,
    },
    {
      by: 'priya',
      ago: CREATED - 140,
      text: `That worked perfectly. I've set it up for all four regions and sent myself a test run; the file looks exactly right.

Thank you so much for the quick and clear answer! Have a lovely week.

Priya`,
    },
    {
      by: 'dana',
      ago: CREATED - 150,
      text: `You're very welcome, Priya, and thanks for letting me know. I'll mark this as solved; just reply here if anything else comes up.

Dana`,
    },
  ],
  events: [
    { ago: CREATED - 40, field: 'assignee', from: null, to: 'dana' },
    { ago: CREATED - 45, field: 'status', from: 'new', to: 'open' },
    { ago: CREATED - 150, field: 'status', from: 'open', to: 'solved' },
  ],
  sla: [{ metric: 'first_reply_time', targetMinutes: 8 * HOUR, startedAgo: CREATED, completedAgo: CREATED - 45 }],
};
