/**
 * The people of an escalation: who they are, the role they play in this escalation, where they
 * work and how to reach them, and their RACI letter (Responsible, Accountable, Consulted,
 * Informed). Suggested from the ticket itself: its requester (with their organisation), its
 * assignee, and the other people writing on the thread.
 */
import { z } from 'zod/mini';
import type { Desk } from './case-ref';
import type { CaseSnapshot } from './snapshot';
import { workspaceRecord } from './record';

export const STAKEHOLDER_ROLES = [
  'customer-technical-lead',
  'customer-executive',
  'account-owner',
  'csm',
  'engineering-owner',
  'product',
  'executive-sponsor',
  'on-call',
  'incident-lead',
  'legal',
  'comms',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

export const RACI_LETTERS = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export const STAKEHOLDER_NAME_MAX = 200;
export const STAKEHOLDER_TEXT_MAX = 300;

export const StakeholderSchema = workspaceRecord({
  name: z.string().check(z.maxLength(STAKEHOLDER_NAME_MAX)),
  role: z.enum(STAKEHOLDER_ROLES),
  organisation: z.string().check(z.maxLength(STAKEHOLDER_TEXT_MAX)),
  /** E-mail, phone, chat handle: as the user writes it. */
  contact: z.string().check(z.maxLength(STAKEHOLDER_TEXT_MAX)),
  raci: z.nullable(z.enum(RACI_LETTERS)),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const StakeholderFieldsSchema = z.pick(StakeholderSchema, { name: true, role: true, organisation: true, contact: true, raci: true });
export type StakeholderFields = z.infer<typeof StakeholderFieldsSchema>;

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const STAKEHOLDER_EVENTS = {
  added: { name: 'text', role: 'role' },
  removed: { name: 'text', role: 'role' },
  'role-changed': { name: 'text', from: 'role', to: 'role' },
} as const;

/** Where a suggestion comes from on the ticket. */
export type SuggestionSource = 'requester' | 'assignee' | 'thread';

export interface StakeholderSuggestion extends StakeholderFields {
  source: SuggestionSource;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Someone already on the list: the same name, or the same contact. */
function known(existing: readonly Pick<StakeholderFields, 'name' | 'contact'>[], name: string, contact: string): boolean {
  return existing.some((s) => (s.name.trim() !== '' && same(s.name, name)) || (contact !== '' && s.contact.trim() !== '' && same(s.contact, contact)));
}

/** How many people from the thread are offered besides the requester and the assignee. */
const THREAD_SUGGESTIONS = 3;

/**
 * People worth adding, from the ticket as last read, minus those already on the list: the
 * requester as the customer's technical lead (their organisation and e-mail with them), the
 * assignee as the owner on our side — the engineering owner on Jira, where the assignee is the
 * engineer on the issue, the on-call owner on a support desk — then up to three other people
 * who wrote on the thread (customers as consulted, colleagues as informed). Pure.
 */
export function suggestStakeholders(snapshot: Pick<CaseSnapshot, 'requester' | 'assignee' | 'messages'> | null, desk: Desk, existing: readonly Pick<StakeholderFields, 'name' | 'contact'>[]): StakeholderSuggestion[] {
  if (!snapshot) return [];
  const out: StakeholderSuggestion[] = [];
  const offer = (s: StakeholderSuggestion) => {
    if (!s.name.trim() || known(existing, s.name, s.contact) || known(out, s.name, s.contact)) return;
    out.push(s);
  };
  const requester = snapshot.requester;
  if (requester) {
    offer({ source: 'requester', name: requester.name, role: 'customer-technical-lead', organisation: requester.organization ?? '', contact: requester.email ?? '', raci: 'C' });
  }
  if (snapshot.assignee) {
    offer({ source: 'assignee', name: snapshot.assignee, role: desk === 'jira' ? 'engineering-owner' : 'on-call', organisation: '', contact: '', raci: 'R' });
  }
  // Newest writers first: whoever spoke last is most likely still involved.
  const seen = new Set<string>();
  let added = 0;
  for (let i = snapshot.messages.length - 1; i >= 0 && added < THREAD_SUGGESTIONS; i--) {
    const m = snapshot.messages[i]!;
    const name = m.authorName.trim();
    if (m.authorRole === 'system' || !name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const before = out.length;
    const customer = m.authorRole === 'customer';
    const isRequester = !!requester && same(requester.name, name);
    offer({
      source: 'thread',
      name,
      role: customer ? 'customer-technical-lead' : 'on-call',
      organisation: customer ? (requester?.organization ?? '') : '',
      contact: isRequester ? (requester.email ?? '') : '',
      raci: customer ? 'C' : 'I',
    });
    if (out.length > before) added++;
  }
  return out;
}
