/**
 * One customer across desks: which escalations are probably the same customer (or incident) as
 * this one, so the user can link them. Suggested when the organisation matches, or the
 * requesters' e-mail domain does (never a free-mail domain: thousands of customers share
 * gmail.com). Pure.
 */
import type { Desk } from '../model/case-ref';

export interface LinkCandidate {
  id: string;
  desk: Desk;
  customer: string | null;
  customerDomain?: string | null | undefined;
  linkGroup?: string | null | undefined;
}

export type LinkBecause = 'organisation' | 'domain';

/** Mail domains anyone can sign up to: a match there says nothing about the customer. */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 't-online.de', 'mail.com', 'yandex.com', 'yandex.ru',
  'zoho.com', 'qq.com', '163.com', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 'example.com',
]);

/** An organisation name compared loosely: case, accents, punctuation and legal suffixes aside ("Northwind Traders, Inc." = "northwind traders"). */
export function organisationKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const key = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(inc|incorporated|ltd|limited|llc|gmbh|ag|sa|sas|srl|bv|nv|plc|corp|corporation|co|company)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key.length >= 2 ? key : null;
}

function usefulDomain(domain: string | null | undefined): string | null {
  return domain && !FREE_MAIL_DOMAINS.has(domain) ? domain : null;
}

/**
 * Escalations that look like the same customer as `target`, best first: same organisation before
 * same domain, other desks before the same desk. Those already in `target`'s link group are left out.
 */
export function suggestLinks<C extends LinkCandidate>(target: LinkCandidate, candidates: readonly C[]): { escalation: C; because: LinkBecause }[] {
  const org = organisationKey(target.customer);
  const domain = usefulDomain(target.customerDomain);
  if (!org && !domain) return [];
  const out: { escalation: C; because: LinkBecause; rank: number }[] = [];
  for (const c of candidates) {
    if (c.id === target.id || (target.linkGroup && c.linkGroup === target.linkGroup)) continue;
    const because: LinkBecause | null = org && organisationKey(c.customer) === org ? 'organisation' : domain && usefulDomain(c.customerDomain) === domain ? 'domain' : null;
    if (!because) continue;
    out.push({ escalation: c, because, rank: (because === 'organisation' ? 0 : 2) + (c.desk === target.desk ? 1 : 0) });
  }
  return out.sort((a, b) => a.rank - b.rank).map(({ escalation, because }) => ({ escalation, because }));
}
