/**
 * Real Jira URL shapes, for `detect.test.ts` and the cross-desk matrix. Each shape was seen in
 * Atlassian's documentation or in public code linking to real sites (site names kept where the
 * link was public; ids trimmed).
 */

export interface JiraCase {
  url: string;
  expected: { host: string; ticketId: string; url: string };
}

const cloud = (site: string, key: string) => ({ host: `${site}.atlassian.net`, ticketId: key, url: `https://${site}.atlassian.net/browse/${key}` });

/** Jira Cloud / Jira Service Management (`detect`). */
export const positives: JiraCase[] = [
  // Classic issue view.
  { url: 'https://acme.atlassian.net/browse/PROJ-42', expected: cloud('acme', 'PROJ-42') },
  // Comment permalink, lower-case key typed by hand.
  { url: 'https://acme.atlassian.net/browse/proj-42?focusedCommentId=10001', expected: cloud('acme', 'PROJ-42') },
  // Host is lower-cased.
  { url: 'https://ACME.atlassian.net/browse/PROJ-7', expected: cloud('acme', 'PROJ-7') },
  // Team-managed board with the issue open in the side panel.
  { url: 'https://acme.atlassian.net/jira/software/projects/PAY/boards/1?selectedIssue=PAY-5', expected: cloud('acme', 'PAY-5') },
  // Company-managed board with quick filters and the issue selected.
  {
    url: 'https://edvo.atlassian.net/jira/software/c/projects/PLM/boards/33?assignee=712020%3A83555580&quickFilter=28&selectedIssue=PLM-2100',
    expected: cloud('edvo', 'PLM-2100'),
  },
  // Backlog with the issue selected.
  { url: 'https://acme.atlassian.net/jira/software/c/projects/DEV/boards/2040/backlog?selectedIssue=DEV-99144', expected: cloud('acme', 'DEV-99144') },
  // Company-managed project issue list.
  { url: 'https://jfrog.atlassian.net/jira/software/c/projects/RTFACT/issues/RTFACT-29886', expected: cloud('jfrog', 'RTFACT-29886') },
  { url: 'https://acme.atlassian.net/jira/software/c/projects/PAY/issues/PAY-3', expected: cloud('acme', 'PAY-3') },
  // JSM agent queue, custom queue.
  { url: 'https://bmsixcloud.atlassian.net/jira/servicedesk/projects/SEAD/queues/custom/1/SEAD-123', expected: cloud('bmsixcloud', 'SEAD-123') },
  { url: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12', expected: cloud('acme', 'SUP-12') },
  // JSM agent queue, issue route.
  { url: 'https://carscommerce.atlassian.net/jira/servicedesk/projects/CAB/queues/issue/CAB-77', expected: cloud('carscommerce', 'CAB-77') },
  // Older JSM queue route without /jira.
  { url: 'https://inindca.atlassian.net/projects/PURECM/queues/issue/PURECM-72172', expected: cloud('inindca', 'PURECM-72172') },
  // Oldest Service Desk agent route.
  { url: 'https://testdevart1.atlassian.net/servicedesk/agent/DESK/queues/1/DESK-1', expected: cloud('testdevart1', 'DESK-1') },
  // Issue navigator (JQL search) with the issue selected.
  { url: 'https://acme.atlassian.net/issues/?jql=project%20%3D%20PPPB%20ORDER%20BY%20created&selectedIssue=PPPB-7', expected: cloud('acme', 'PPPB-7') },
  // Legacy agile board URL, still redirected by Cloud.
  { url: 'https://skytra.atlassian.net/secure/RapidBoard.jspa?rapidView=26&projectKey=CMP&modal=detail&selectedIssue=CMP-35', expected: cloud('skytra', 'CMP-35') },
  // Jira Work Management (business) board and issue list.
  { url: 'https://dev-scvweb.atlassian.net/jira/core/projects/JIRA2024/board?groupBy=status&selectedIssue=JIRA2024-17', expected: cloud('dev-scvweb', 'JIRA2024-17') },
  { url: 'https://acme.atlassian.net/jira/core/projects/BIZ/issues/BIZ-4', expected: cloud('acme', 'BIZ-4') },
  // Underscore and digits in the project key.
  { url: 'https://acme.atlassian.net/browse/MY_PROJ2-901', expected: cloud('acme', 'MY_PROJ2-901') },
];

/** Jira pages that are not one issue (and Atlassian pages that are not Jira). */
export const negatives: string[] = [
  'https://acme.atlassian.net/jira/your-work',
  'https://acme.atlassian.net/jira/software/projects/P/boards/1',
  'https://acme.atlassian.net/jira/software/c/projects/DEV/boards/2040/backlog',
  'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1',
  // Customer portal: the customer's view of a request, not the agent's ticket.
  'https://acme.atlassian.net/servicedesk/customer/portal/1/SUP-12',
  // Confluence on the same site, with an issue key in the page title.
  'https://acme.atlassian.net/wiki/spaces/ENG/pages/12345/PROJ-12+Postmortem',
  'https://acme.atlassian.net/jira/dashboards/10000',
  'https://acme.atlassian.net/secure/Dashboard.jspa',
  'https://acme.atlassian.net/issues/?filter=10001',
  'https://acme.atlassian.net/jira/filters',
  'https://acme.atlassian.net/browse/PROJ',
  // One letter before the dash is not an issue key (project keys have at least two characters).
  'https://acme.atlassian.net/jira/software/projects/P/boards/1?selectedIssue=P-5',
  'https://acme.atlassian.net/jira/software/projects/P/issues',
  'https://acme.atlassian.net/rest/api/3/issue/APP-123',
  'https://polaris-v0.atlassian.net/jira/polaris/projects/CS10/ideas/view/8981',
  'https://atlassian.net/browse/PROJ-1',
  'https://admin.atlassian.com/o/abc/users',
  'https://acme.atlassian.net.evil.example/browse/PROJ-1',
  'ftp://acme.atlassian.net/browse/PROJ-1',
  'not a url',
];

/** Jira Data Center on the customer's own domain (`detectOnHost`). */
export const dataCenterPositives: JiraCase[] = [
  { url: 'https://jira.example.com/browse/KEY-1', expected: { host: 'jira.example.com', ticketId: 'KEY-1', url: 'https://jira.example.com/browse/KEY-1' } },
  // Context path, as on issues.apache.org.
  { url: 'https://issues.apache.org/jira/browse/KAFKA-1234', expected: { host: 'issues.apache.org', ticketId: 'KAFKA-1234', url: 'https://issues.apache.org/jira/browse/KAFKA-1234' } },
  // Project-centric issue view.
  { url: 'https://jira.example.com/projects/PAY/issues/PAY-3?filter=allopenissues', expected: { host: 'jira.example.com', ticketId: 'PAY-3', url: 'https://jira.example.com/browse/PAY-3' } },
  // JSM Data Center agent queues, with and without a context path.
  { url: 'https://jira.tiki.com.vn/projects/PS/queues/custom/27/PS-123', expected: { host: 'jira.tiki.com.vn', ticketId: 'PS-123', url: 'https://jira.tiki.com.vn/browse/PS-123' } },
  { url: 'https://rtahotline.etas.com/jira/projects/RH/queues/issue/RH-13943', expected: { host: 'rtahotline.etas.com', ticketId: 'RH-13943', url: 'https://rtahotline.etas.com/jira/browse/RH-13943' } },
  { url: 'https://apps.nrs.gov.bc.ca/int/jira/projects/SD/queues/issue/SD-74878', expected: { host: 'apps.nrs.gov.bc.ca', ticketId: 'SD-74878', url: 'https://apps.nrs.gov.bc.ca/int/jira/browse/SD-74878' } },
  // Agile board on a non-default port (the port is part of the host: another port is another Jira).
  {
    url: 'https://w01cdcifjir1a.reg1.example.com:8443/secure/RapidBoard.jspa?rapidView=20362&selectedIssue=CSTICAPF-856',
    expected: { host: 'w01cdcifjir1a.reg1.example.com:8443', ticketId: 'CSTICAPF-856', url: 'https://w01cdcifjir1a.reg1.example.com:8443/browse/CSTICAPF-856' },
  },
  { url: 'https://bpt-lab.org/jira/secure/RapidBoard.jspa?rapidView=8&view=detail&selectedIssue=BP-31', expected: { host: 'bpt-lab.org', ticketId: 'BP-31', url: 'https://bpt-lab.org/jira/browse/BP-31' } },
  // Intranet over plain HTTP keeps its scheme.
  { url: 'http://10.1.4.22:8080/browse/PIIB22II02-186', expected: { host: '10.1.4.22:8080', ticketId: 'PIIB22II02-186', url: 'http://10.1.4.22:8080/browse/PIIB22II02-186' } },
];

export const dataCenterNegatives: string[] = [
  'https://jira.example.com/secure/Dashboard.jspa',
  'https://jira.example.com/issues/?jql=project%20%3D%20P',
  'https://jira.example.com/projects/P/issues',
  'https://jira.example.com/servicedesk/customer/portal/1/SUP-12',
  'https://issues.apache.org/jira/servicedesk/agent/all',
  'https://jira.example.com/browse/P',
  'https://jira.example.com/rest/api/2/issue/P-1',
];
