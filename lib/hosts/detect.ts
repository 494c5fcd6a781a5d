/**
 * Which desk and ticket a URL shows, across all desks: the registry's detectors, in its order.
 * Pure and tiny: used by the worker, the side panel and the content scripts.
 */
import type { TicketLocation } from '../model/case-ref';
import { DESK_LIST, DESK_REGISTRY } from './registry';

export interface DetectOptions {
  /** Self-hosted Jira Data Center hosts the user added in Options (lower-case host names). */
  jiraHosts?: readonly string[];
}

export function detectTicket(url: string | undefined | null, options: DetectOptions = {}): TicketLocation | null {
  if (!url) return null;
  for (const desk of DESK_LIST) {
    const found = desk.detect(url);
    if (found) return found;
  }
  if (options.jiraHosts?.length) {
    let host: string;
    try {
      host = new URL(url).host.toLowerCase();
    } catch {
      return null;
    }
    if (options.jiraHosts.includes(host)) return DESK_REGISTRY.jira.detectSelfHosted(url);
  }
  return null;
}
