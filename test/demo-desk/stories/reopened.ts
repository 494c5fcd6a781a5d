/**
 * Reopened: solved, then reopened twice by the customer ("still broken"), passed between three
 * agents, priority raised from normal to urgent along the way.
 */
import { DAY, HOUR, type Story } from './types';

const CREATED = 12 * DAY;
const FIRST_REOPEN = 9 * DAY + 17 * HOUR;
const SECOND_REOPEN = 3 * DAY;

export const reopened: Story = {
  scenario: 'reopened',
  subject: 'Scheduled CSV export drops employees with accented names',
  requester: 'owen',
  assignee: 'aisha',
  group: 'Escalations',
  status: 'open',
  priority: 'urgent',
  type: 'problem',
  tags: ['export', 'csv', 'encoding', 'payroll', 'reopened'],
  createdAgo: CREATED,
  messages: [
    {
      by: 'owen',
      ago: CREATED,
      text: `Hello,

Since last Tuesday our weekly employee export (Reports → People → scheduled CSV) is missing rows. I compared it against the list in the app: 41 employees are missing, and every one of them has an accented character in their surname (Müller, Ó Briain, Núñez, Łukasik…).

We use this file to load our payroll run, so missing rows mean people don't get paid. Could you take a look?

Owen Gallagher
Payroll Systems Analyst, Meridian Payroll`,
    },
    {
      by: 'dana',
      ago: CREATED - 3 * HOUR,
      text: `Hi Owen,

Thanks for the detailed comparison, that made this quick to reproduce. Exports default to the Latin-1 encoding, and rows with characters outside it are skipped. If you switch the export to "UTF-8 with BOM" (Export settings → Encoding), all 41 rows come through; I tested it on a copy of your report.

Dana Whitfield
Beacon Support`,
    },
    {
      by: 'owen',
      ago: CREATED - 5 * HOUR,
      text: `Thanks Dana, switching to UTF-8 with BOM fixed today's manual export. Much appreciated.`,
    },
    {
      by: 'owen',
      ago: FIRST_REOPEN,
      text: `Sorry to reopen this, but it's still broken. This morning's scheduled export (which is set to UTF-8 with BOM) is missing 37 rows again. Exports I run by hand are complete; only the scheduled ones drop rows.`,
    },
    {
      by: 'dana',
      ago: FIRST_REOPEN - 100,
      internal: true,
      text: `Scheduled exports run on the legacy export worker, which ignores the encoding setting. Not something I can fix from here; moving to Tier 2 (Tomás).`,
    },
    {
      by: 'tomas',
      ago: FIRST_REOPEN - 7 * HOUR,
      text: `Hi Owen,

I'm Tomás from the Tier 2 team and I've taken over from Dana. We found the cause: scheduled exports are produced by a different background worker that ignores the encoding you choose and always writes Latin-1. A fix is going out in Thursday's release (4.18.2).

Until then, a manual export with UTF-8 with BOM is complete, as you saw.

Tomás Ortega
Beacon Support, Tier 2`,
    },
    {
      by: 'tomas',
      ago: 7 * DAY,
      text: `Hi Owen, 4.18.2 was deployed this morning and scheduled exports now honour the encoding setting. I'll set this ticket to solved; please reply if the next scheduled run looks off.

Tomás`,
    },
    {
      by: 'owen',
      ago: SECOND_REOPEN,
      text: `Still broken. Today's scheduled export is missing 312 rows, far more than before, and now it also drops people with apostrophes in their names (O'Neill, D'Souza).

Payroll closes on Thursday and our finance team relies on this file. Please don't close this again until we've confirmed on a real run that it's fixed.`,
    },
    {
      by: 'aisha',
      ago: SECOND_REOPEN - 50,
      internal: true,
      text: `Taking this over. 4.18.2 fixed the encoding but introduced a CSV quoting bug: a field containing an apostrophe is quoted wrongly and the importer then swallows the following rows (ENG-57). A hotfix candidate is being built today. Owen's payroll closes Thursday 12:00; we confirm on his real file before we close anything.`,
    },
    {
      by: 'aisha',
      ago: SECOND_REOPEN - 80,
      text: `Hi Owen,

I'm Aisha Karimi; I lead Beacon's escalations team and I've taken ownership of this ticket. I'm sorry we closed it before you had confirmed the fix. That was our mistake, and it won't be closed again until you tell us it's right.

What happened: the release that fixed the encoding introduced a new problem with apostrophes, which is why more rows went missing. A hotfix is being tested now. I'll update you by 16:00 today, and again tomorrow morning before your next run.

Aisha`,
    },
    {
      by: 'aisha',
      ago: 25 * HOUR,
      text: `Update: hotfix 4.18.3 is deployed. I ran a test export of your People report to our staging area: 2,418 of 2,418 rows, including all the accented and apostrophe names. Could you confirm on tomorrow's scheduled run?`,
    },
    {
      by: 'owen',
      ago: 3 * HOUR,
      text: `Thanks Aisha. Today's run had all 2,418 rows, but the apostrophes now come through as &#39; in the surname column (O&#39;Neill). Closer, but not usable for payroll yet.`,
    },
  ],
  events: [
    { ago: CREATED - 2 * HOUR, field: 'assignee', from: null, to: 'dana' },
    { ago: CREATED - 3 * HOUR, field: 'status', from: 'new', to: 'open' },
    { ago: CREATED - 6 * HOUR, field: 'status', from: 'open', to: 'solved' },
    { ago: FIRST_REOPEN, field: 'status', from: 'solved', to: 'open' },
    { ago: FIRST_REOPEN - 110, field: 'assignee', from: 'dana', to: 'tomas' },
    { ago: FIRST_REOPEN - 110, field: 'priority', from: 'normal', to: 'high' },
    { ago: 7 * DAY, field: 'status', from: 'open', to: 'solved' },
    { ago: SECOND_REOPEN, field: 'status', from: 'solved', to: 'open' },
    { ago: SECOND_REOPEN - 45, field: 'assignee', from: 'tomas', to: 'aisha' },
    { ago: SECOND_REOPEN - 45, field: 'priority', from: 'high', to: 'urgent' },
  ],
  sla: [
    { metric: 'first_reply_time', targetMinutes: 8 * HOUR, startedAgo: CREATED, completedAgo: CREATED - 3 * HOUR },
    // Running since Owen's last message: due in an hour.
    { metric: 'next_reply_time', targetMinutes: 4 * HOUR, startedAgo: 3 * HOUR, completedAgo: null },
  ],
};
