/**
 * Which desk and ticket a URL shows, across all desks. Pure and tiny: used by the worker, the
 * side panel and the content scripts.
 */
import type { TicketLocation } from '../model/case-ref';
import { detect as detectZendesk } from './zendesk/detect';
import { detect as detectJira, detectOnHost as detectJiraOnHost } from './jira/detect';
import { detect as detectSalesforce } from './salesforce/detect';

export interface DetectOptions {
  /** Self-hosted Jira Data Center hosts the user added in Options (lower-case host names). */
  jiraHosts?: readonly string[];
}

export function detectTicket(url: string | undefined | null, options: DetectOptions = {}): TicketLocation | null {
  if (!url) return null;
  const found = detectZendesk(url) ?? detectJira(url) ?? detectSalesforce(url);
  if (found) return found;
  if (options.jiraHosts?.length) {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      return null;
    }
    if (options.jiraHosts.includes(host)) return detectJiraOnHost(url);
  }
  return null;
}
