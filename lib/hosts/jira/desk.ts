/** Jira's entry in the desk registry (page-safe: content scripts import it). */
import type { DeskEntry } from '../registry';
import { detect, detectOnHost } from './detect';

export const jiraDesk = {
  id: 'jira',
  messages: { name: 'deskJira', note: 'noteWhereJira', ticket: 'deskJiraTicket' },
  icon: { letter: 'J', color: '#0052cc' },
  // Jira Cloud and Service Management. Data Center domains are optional permissions, asked for
  // in Options; their content script (entrypoints/jira-dc.content) is registered at runtime.
  hostPermissions: ['https://*.atlassian.net/*'],
  // Confluence shares the site's host.
  contentScript: { matches: ['https://*.atlassian.net/*'], excludeMatches: ['https://*.atlassian.net/wiki/*'] },
  ticketPatterns: ['https://*.atlassian.net/*'],
  readFrom: 'page',
  detect,
  detectSelfHosted: detectOnHost,
  // A Data Center host keeps its port: another port is another Jira.
  ticketHost: (page) => page.host.toLowerCase(),
  ticketUrl: (ref) => `https://${ref.host}/browse/${ref.ticketId}`,
} as const satisfies DeskEntry<'jira'>;
