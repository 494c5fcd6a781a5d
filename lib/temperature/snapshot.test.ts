import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../model/snapshot';
import { scoreThread, threadFromSnapshot } from './index';

const snapshot: CaseSnapshot = {
  ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '42' },
  url: 'https://acme.zendesk.com/agent/tickets/42',
  subject: 'Export failing',
  status: 'open',
  priority: 'high',
  type: null,
  tags: [],
  requester: null,
  assignee: 'Ana',
  group: null,
  createdAt: '2024-05-09T08:00:00Z',
  updatedAt: '2024-05-10T08:00:00Z',
  messages: [
    { id: 'a', authorRole: 'customer', authorName: 'Kim', at: '2024-05-09T08:00:00Z', public: true, text: 'The export is failing.' },
    { id: 'b', authorRole: 'agent', authorName: 'Ana', at: '2024-05-09T09:00:00Z', public: false, text: 'Customer is furious, this is ridiculous, legal may sue.' },
  ],
  sla: [],
  reopenCount: 0,
  assigneeChanges: [],
  priorityChanges: [],
  source: 'api',
  readAt: '2024-05-10T08:00:00Z',
};

describe('threadFromSnapshot', () => {
  it('keeps every message in order (indices match the snapshot) and marks internal notes', () => {
    const input = threadFromSnapshot(snapshot);
    expect(input.messages.map((m) => [m.id, m.role, m.public])).toEqual([
      ['a', 'customer', true],
      ['b', 'agent', false],
    ]);
    expect(input.createdAt).toBe('2024-05-09T08:00:00Z');
  });
  it('an internal note is neither customer heat nor a reply the customer saw', () => {
    const t = scoreThread(threadFromSnapshot(snapshot), { now: new Date('2024-05-10T12:00:00Z') });
    expect(t.reasons.map((r) => r.code)).not.toContain('legal-threat');
    // The customer's message is still waiting: the note did not answer it.
    expect(t.reasons.find((r) => r.code === 'waiting-vs-target')?.text).toBe('waited 28 h against an 8 h target');
  });
});
