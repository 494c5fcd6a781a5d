/**
 * The address Keel stores and opens for a ticket, built by the worker from the ticket
 * reference — never taken from a message. It is the desk's own ticket page as its registry entry
 * builds it (`ticketUrl`), over HTTPS, on a host of that desk: the address is checked by
 * re-running the desks' detectors on it. A ref whose host is not one of that desk's (or a Jira
 * Data Center host the user added) has no address, and is refused.
 *
 * `seen` are addresses the worker itself observed for the ticket (the tab showing it, the last
 * read): they matter only for self-hosted Jira, whose tickets may live under a context path
 * (`https://jira.example.com/jira/browse/KEY-1`). Each is re-parsed by the desk's detector and
 * used only when it shows this very ticket; the address keeps its path and is always HTTPS.
 */
import { detectTicket } from '../hosts/detect';
import { DESK_REGISTRY } from '../hosts/registry';
import { t } from '../i18n';
import { sameCase, type CaseRef } from '../model/case-ref';
import { getSettings } from '../settings/storage';

/** `url` over HTTPS (a Data Center page seen over plain HTTP keeps its host and path). */
function overHttps(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = 'https:';
  return parsed.href;
}

export async function ticketUrl(ref: CaseRef, seen: readonly (string | null | undefined)[] = []): Promise<string> {
  const { jiraHosts } = await getSettings();
  const own = DESK_REGISTRY[ref.desk].ticketUrl(ref);
  const candidates = ref.desk === 'jira' ? [...seen.filter((url): url is string => !!url), own] : [own];
  for (const candidate of candidates) {
    const found = detectTicket(candidate, { jiraHosts });
    if (found && sameCase(found, ref)) return overHttps(found.url);
  }
  throw new Error(t('ticketUrlUnknownHost', { desk: ref.desk, host: ref.host }));
}
