/**
 * Zendesk ticket pages: `https://SUB.zendesk.com/agent/tickets/ID` (plus `/events`, query, hash),
 * and the old Lotus hash route `https://SUB.zendesk.com/agent/#/tickets/ID`. The agent interface
 * always runs on the account's `*.zendesk.com` host, even when the help center is host-mapped.
 * Pure, no regex backtracking: the path is split and each part checked.
 */
import type { CaseRef, TicketLocation } from '../../model/case-ref';
import { parseDeskUrl } from '../url';

const SUFFIX = '.zendesk.com';
const MAX_ID_DIGITS = 18;

function isSubdomainLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63) return false;
  if (label.startsWith('-') || label.endsWith('-')) return false;
  for (const ch of label) {
    const ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-';
    if (!ok) return false;
  }
  return true;
}

/** Canonical ticket number: digits only, no leading zeros, not zero. */
function ticketNumber(part: string | undefined): string | null {
  if (!part || part.length > MAX_ID_DIGITS) return null;
  for (const ch of part) if (ch < '0' || ch > '9') return null;
  const trimmed = part.replace(/^0+/, '');
  return trimmed === '' ? null : trimmed;
}

/** `/agent/tickets/ID[/…]` → ID; `/agent/#/tickets/ID` handled by the caller via the hash. */
function idFromSegments(segments: string[]): string | null {
  if (segments[0] !== 'agent' || segments[1] !== 'tickets') return null;
  return ticketNumber(segments[2]);
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** The agent page of a ticket, whatever URL it was reached through. */
export function canonicalTicketUrl(ref: Pick<CaseRef, 'host' | 'ticketId'>): string {
  return `https://${ref.host}/agent/tickets/${ref.ticketId}`;
}

export function detect(url: string): TicketLocation | null {
  const parsed = parseDeskUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  if (!host.endsWith(SUFFIX)) return null;
  const sub = host.slice(0, -SUFFIX.length);
  if (!isSubdomainLabel(sub)) return null;

  let id = idFromSegments(segmentsOf(parsed.pathname));
  if (!id && segmentsOf(parsed.pathname).join('/') === 'agent' && parsed.hash.startsWith('#/')) {
    id = idFromSegments(['agent', ...segmentsOf(parsed.hash.slice(1).split('?')[0] ?? '')]);
  }
  if (!id) return null;
  return { desk: 'zendesk', host, ticketId: id, url: canonicalTicketUrl({ host, ticketId: id }) };
}
