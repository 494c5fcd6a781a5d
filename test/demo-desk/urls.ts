/** The demo tickets' URLs on the real desk host names (resolved to the demo desk by Chromium's host rules). */
import { DEMO_HOSTS, jiraHostFor } from './data';
import type { DemoDesk } from './types';

export interface DemoUrls {
  /** https://keel-demo.zendesk.com/agent/tickets/ID */
  zendesk(id: string): string;
  /** https://keel-demo.atlassian.net/browse/KEY */
  jira(key: string): string;
  /** https://keel-demo.atlassian.net/jira/servicedesk/projects/P/queues/custom/1/KEY */
  jiraQueue(key: string): string;
  /** https://jira.keel-demo.test/browse/KEY (self-hosted Jira Data Center) */
  jiraDc(key: string): string;
  /** https://keel-demo.lightning.force.com/lightning/r/Case/ID/view */
  salesforce(id: string): string;
  /** https://keel-demo.my.salesforce.com/ID: the org's My Domain (Classic record URL), where the `sid` session lives. */
  salesforceLogin(id: string): string;
}

export const DEMO_URLS: DemoUrls = {
  zendesk: (id) => `https://${DEMO_HOSTS.zendesk}/agent/tickets/${encodeURIComponent(id)}`,
  jira: (key) => `https://${DEMO_HOSTS.jira}/browse/${encodeURIComponent(key)}`,
  jiraQueue: (key) => {
    const project = key.split('-')[0] ?? key;
    return `https://${DEMO_HOSTS.jira}/jira/servicedesk/projects/${encodeURIComponent(project)}/queues/custom/1/${encodeURIComponent(key)}`;
  },
  jiraDc: (key) => `https://${DEMO_HOSTS.jiraDc}/browse/${encodeURIComponent(key)}`,
  salesforce: (id) => `https://${DEMO_HOSTS.salesforce}/lightning/r/Case/${encodeURIComponent(id)}/view`,
  salesforceLogin: (id) => `https://${DEMO_HOSTS.salesforceMy}/${encodeURIComponent(id)}`,
};

/** The agent-UI URL of a demo ticket (OPS-* on the Jira Data Center host). */
export function ticketUrl(desk: DemoDesk, id: string): string {
  return TICKET_URLS[desk](id);
}

const TICKET_URLS: Record<DemoDesk, (id: string) => string> = {
  zendesk: DEMO_URLS.zendesk,
  jira: (id) => (jiraHostFor(id) === DEMO_HOSTS.jiraDc ? DEMO_URLS.jiraDc(id) : DEMO_URLS.jira(id)),
  salesforce: DEMO_URLS.salesforce,
};
