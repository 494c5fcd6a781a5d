import { describe, expect, it } from 'vitest';
import { historyFacts } from './history';
import type { CaseHistory } from './schemas';

let n = 0;
const row = (Field: string, OldValue: string | null, NewValue: string | null, CreatedDate: string): CaseHistory => ({
  Id: `017${String(++n).padStart(12, '0')}`,
  Field,
  OldValue,
  NewValue,
  CreatedDate,
});

describe('salesforce case history', () => {
  it('counts a reopen each time the status leaves a closed status', () => {
    const rows = [
      row('Status', 'New', 'Working', '2025-03-01T10:00:00.000+0000'),
      row('Status', 'Working', 'Closed', '2025-03-02T10:00:00.000+0000'),
      row('Status', 'Closed', 'Working', '2025-03-03T10:00:00.000+0000'),
      row('Status', 'Working', 'Resolved', '2025-03-04T10:00:00.000+0000'),
      row('Status', 'Resolved', 'Escalated', '2025-03-05T10:00:00.000+0000'),
    ];
    expect(historyFacts(rows, { status: 'Escalated', isClosed: false }).reopenCount).toBe(2);
  });

  it("treats the case's current status as closed when the case is closed", () => {
    const rows = [row('Status', 'Done', 'Working', '2025-03-03T10:00:00.000+0000'), row('Status', 'Working', 'Done', '2025-03-04T10:00:00.000+0000')];
    expect(historyFacts(rows, { status: 'Done', isClosed: true }).reopenCount).toBe(1);
  });

  it('keeps the name rows of owner changes and drops the id rows; taking a case from a queue is its first assignment', () => {
    const rows = [
      row('Owner', 'Support Queue', 'Priya Natarajan', '2025-03-01T10:00:00.000+0000'),
      row('Owner', '00G5g000004XyZaEAK', '0055g00000AbCdEAAV', '2025-03-01T10:00:00.000+0000'),
      row('ownerAssignment', 'Support Queue', 'Priya Natarajan', '2025-03-01T10:00:00.000+0000'),
      row('Owner', 'Priya Natarajan', 'Marco Bianchi', '2025-03-02T10:00:00.000+0000'),
      row('Owner', '0055g00000AbCdEAAV', '0055g00000AbCdFAAV', '2025-03-02T10:00:00.000+0000'),
      row('Owner', 'Marco Bianchi', 'Tier 2', '2025-03-03T10:00:00.000+0000'),
      row('Owner', '0055g00000AbCdFAAV', '00G5g000004XyZaEAK', '2025-03-03T10:00:00.000+0000'),
    ];
    expect(historyFacts(rows, { status: 'New', isClosed: false }).assigneeChanges).toEqual([
      { at: '2025-03-01T10:00:00.000Z', from: null, to: 'Priya Natarajan', direction: 'unknown' },
      { at: '2025-03-02T10:00:00.000Z', from: 'Priya Natarajan', to: 'Marco Bianchi', direction: 'unknown' },
      { at: '2025-03-03T10:00:00.000Z', from: 'Marco Bianchi', to: null, direction: 'unknown' },
    ]);
  });

  it('orders priority changes and gives their direction', () => {
    const rows = [
      row('Priority', 'High', 'Critical', '2025-03-02T08:00:00.000+0000'),
      row('Priority', 'Medium', 'High', '2025-03-01T08:00:00.000+0000'),
      row('Priority', 'Critical', 'Medium', '2025-03-03T08:00:00.000+0000'),
    ];
    expect(historyFacts(rows, { status: 'New', isClosed: false }).priorityChanges.map((c) => `${c.from}>${c.to}:${c.direction}`)).toEqual([
      'Medium>High:up',
      'High>Critical:up',
      'Critical>Medium:down',
    ]);
  });
});
