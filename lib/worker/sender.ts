/**
 * What a content script may talk about: only the ticket its own tab shows, worked out here from
 * the tab's address with the desk registry: the desks' detectors find the ticket, and the desk's
 * entry says which ticket host its page may report on (`ticketHost`; Salesforce: the Lightning or
 * Classic host maps to the org's my.salesforce.com host). A ticket, host, tab or URL in the
 * payload is never used; when the payload names another ticket, the request is refused.
 */
import { detectTicket } from '../hosts/detect';
import { DESK_REGISTRY } from '../hosts/registry';
import { t } from '../i18n';
import { sameCase, type CaseRef, type TicketLocation } from '../model/case-ref';
import { SenderError, type ContentSender } from '../messaging/senders';
import { getSettings } from '../settings/storage';

/** The ticket the sender's tab shows, or null when the page is not a ticket Keel reads. */
export async function pageTicket(sender: ContentSender): Promise<TicketLocation | null> {
  const { jiraHosts } = await getSettings();
  const found = detectTicket(sender.url, { jiraHosts });
  // Both halves of the desk's knowledge must agree: the ticket found is on the host this page reports on.
  return found && DESK_REGISTRY[found.desk].ticketHost(new URL(sender.url)) === found.host ? found : null;
}

function describe(ref: CaseRef): string {
  return t('ticketName', { desk: ref.desk, host: ref.host, ticket: ref.ticketId });
}

/**
 * The sender's own ticket, checked against the one the payload names (`claimed`): the worker
 * acts on what it derived, and refuses a page that names any other ticket.
 */
export async function ownTicket(sender: ContentSender, claimed: CaseRef | null): Promise<TicketLocation> {
  const own = await pageTicket(sender);
  if (!own) throw new SenderError(t('senderNoTicket', { host: new URL(sender.url).host }));
  if (claimed && !sameCase(claimed, own)) throw new SenderError(t('senderOtherTicket', { own: describe(own), other: describe(claimed) }));
  return own;
}
