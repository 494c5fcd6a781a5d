/**
 * The address Keel stores and opens for a ticket, built by the worker from the ticket
 * reference — never taken from a message. It is the desk's own canonical ticket page on the
 * desk's own host, over HTTPS; a ref whose host is not one of that desk's (or a Jira Data Center
 * host the user added) has no address, and is refused.
 *
 * `seen` are addresses the worker itself observed for the ticket (the tab showing it, the last
 * read): they matter only for self-hosted Jira, whose tickets may live under a context path
 * (`https://jira.example.com/jira/browse/KEY-1`) or, if the user added such a host, plain HTTP.
 * Each is re-parsed by the desk's detector and used only when it shows this very ticket.
 */
import { detectTicket } from '../hosts/detect';
import { canonicalTicketUrl } from '../hosts/zendesk/detect';
import { caseUrl } from '../hosts/salesforce/detect';
import { t } from '../i18n';
import { sameCase, type CaseRef } from '../model/case-ref';
import { getSettings } from '../settings/storage';

function canonical(ref: CaseRef): string {
  if (ref.desk === 'zendesk') return canonicalTicketUrl(ref);
  if (ref.desk === 'salesforce') return caseUrl(ref);
  return `https://${ref.host}/browse/${encodeURIComponent(ref.ticketId)}`;
}

export async function ticketUrl(ref: CaseRef, seen: readonly (string | null | undefined)[] = []): Promise<string> {
  const { jiraHosts } = await getSettings();
  for (const candidate of ref.desk === 'jira' ? [...seen, canonical(ref)] : [canonical(ref)]) {
    const found = detectTicket(candidate, { jiraHosts });
    if (found && sameCase(found, ref)) return found.url;
  }
  throw new Error(t('ticketUrlUnknownHost', { desk: ref.desk, host: ref.host }));
}
