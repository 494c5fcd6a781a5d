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
 * The candidates grouped by what a suggestion compares (organisation key, useful e-mail domain),
 * each group in the candidates' order: working out an organisation key is most of the cost of
 * comparing one ticket with thousands, and the answer is the same for every ticket compared with
 * the same list, so the worker builds this once per version of the active list.
 */
export interface LinkIndex<C extends LinkCandidate> {
  readonly byOrganisation: ReadonlyMap<string, readonly C[]>;
  readonly byDomain: ReadonlyMap<string, readonly C[]>;
}

export function linkIndex<C extends LinkCandidate>(candidates: readonly C[]): LinkIndex<C> {
  const byOrganisation = new Map<string, C[]>();
  const byDomain = new Map<string, C[]>();
  const add = (map: Map<string, C[]>, key: string | null, c: C) => {
    if (!key) return;
    const group = map.get(key);
    if (group) group.push(c);
    else map.set(key, [c]);
  };
  for (const c of candidates) {
    add(byOrganisation, organisationKey(c.customer), c);
    add(byDomain, usefulDomain(c.customerDomain), c);
  }
  return { byOrganisation, byDomain };
}

/**
 * Escalations that look like the same customer as `target`, best first: same organisation before
 * same domain, other desks before the same desk (then in the candidates' order). Those already in
 * `target`'s link group are left out.
 */
export function suggestLinks<C extends LinkCandidate>(target: LinkCandidate, candidates: readonly C[] | LinkIndex<C>): { escalation: C; because: LinkBecause }[] {
  const org = organisationKey(target.customer);
  const domain = usefulDomain(target.customerDomain);
  if (!org && !domain) return [];
  const index = 'byOrganisation' in candidates ? candidates : linkIndex(candidates);
  const out: { escalation: C; because: LinkBecause; rank: number }[] = [];
  const others = (c: C) => c.id !== target.id && !(target.linkGroup && c.linkGroup === target.linkGroup);
  const sameOrg = new Set<C>();
  for (const c of (org && index.byOrganisation.get(org)) || []) {
    sameOrg.add(c);
    if (others(c)) out.push({ escalation: c, because: 'organisation', rank: c.desk === target.desk ? 1 : 0 });
  }
  for (const c of (domain && index.byDomain.get(domain)) || []) {
    if (!sameOrg.has(c) && others(c)) out.push({ escalation: c, because: 'domain', rank: c.desk === target.desk ? 3 : 2 });
  }
  // Stable: within a rank, the candidates' order.
  return out.sort((a, b) => a.rank - b.rank).map(({ escalation, because }) => ({ escalation, because }));
}
