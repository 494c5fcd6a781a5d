import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from './snapshot';
import { suggestStakeholders } from './stakeholder';

type Thread = Pick<CaseSnapshot, 'requester' | 'assignee' | 'messages'>;
const message = (authorName: string, authorRole: 'customer' | 'agent' | 'system', i: number, isPublic = true) => ({
  id: String(i),
  authorName,
  authorRole,
  at: `2026-05-04T10:${String(i).padStart(2, '0')}:00.000Z`,
  public: isPublic,
  text: 'x',
});
const halvorsen: Thread = {
  requester: { name: 'Marcus Webb', email: 'marcus.webb@halvorsen.example', organization: 'Halvorsen Freight' },
  assignee: 'Dana Whitfield',
  messages: [message('Marcus Webb', 'customer', 1), message('Dana Whitfield', 'agent', 2), message('Aisha Karimi', 'agent', 3, false), message('Lena Holm', 'customer', 4), message('Zendesk', 'system', 5)],
};
const brief = (s: ReturnType<typeof suggestStakeholders>) => s.map((x) => [x.source, x.name, x.role, x.organisation, x.contact, x.raci]);

describe('stakeholder suggestions from the ticket', () => {
  it('offers the requester as the customer’s technical lead (organisation and e-mail), the assignee as our owner, then other writers newest first', () => {
    expect(brief(suggestStakeholders(halvorsen, 'zendesk', []))).toEqual([
      ['requester', 'Marcus Webb', 'customer-technical-lead', 'Halvorsen Freight', 'marcus.webb@halvorsen.example', 'C'],
      ['assignee', 'Dana Whitfield', 'on-call', '', '', 'R'],
      ['thread', 'Lena Holm', 'customer-technical-lead', 'Halvorsen Freight', '', 'C'],
      ['thread', 'Aisha Karimi', 'on-call', '', '', 'I'],
    ]);
  });

  it.each([
    ['jira', 'engineering-owner'],
    ['zendesk', 'on-call'],
    ['salesforce', 'on-call'],
  ] as const)('on %s the assignee is suggested as %s', (desk, role) => {
    expect(suggestStakeholders(halvorsen, desk, []).find((s) => s.source === 'assignee')?.role).toBe(role);
  });

  it('leaves out people already on the list, by name or by contact, whatever the case or spacing', () => {
    const existing = [
      { name: ' marcus webb ', contact: '' },
      { name: 'D. Whitfield', contact: '' },
      { name: 'Someone', contact: 'AISHA' },
    ];
    expect(suggestStakeholders(halvorsen, 'zendesk', existing).map((s) => s.name)).toEqual(['Dana Whitfield', 'Lena Holm', 'Aisha Karimi']);
    expect(suggestStakeholders(halvorsen, 'zendesk', [{ name: 'M. Webb', contact: 'Marcus.Webb@halvorsen.example' }]).map((s) => s.name)).not.toContain('Marcus Webb');
  });

  it('offers nobody twice, no system author, no one without a name, and at most three from the thread', () => {
    const thread: Thread = {
      requester: { name: 'Ann', email: null, organization: null },
      assignee: 'Ann',
      messages: ['A', 'B', 'C', 'D', 'E', ' '].map((name, i) => message(name, 'customer', i)),
    };
    expect(brief(suggestStakeholders(thread, 'zendesk', []))).toEqual([
      ['requester', 'Ann', 'customer-technical-lead', '', '', 'C'],
      ['thread', 'E', 'customer-technical-lead', '', '', 'C'],
      ['thread', 'D', 'customer-technical-lead', '', '', 'C'],
      ['thread', 'C', 'customer-technical-lead', '', '', 'C'],
    ]);
  });

  it('suggests nothing before the ticket has been read', () => {
    expect(suggestStakeholders(null, 'jira', [])).toEqual([]);
    expect(suggestStakeholders({ requester: null, assignee: null, messages: [] }, 'jira', [])).toEqual([]);
  });
});
