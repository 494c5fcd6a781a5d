import { describe, expect, it } from 'vitest';
import { history, priorityDirection } from './history';
import { emptyPeople } from './people';
import type { ZendeskAudit } from './schemas';

const audit = (id: number, at: string, ...events: ZendeskAudit['events']): ZendeskAudit => ({ id, created_at: at, author_id: 1, events });
const change = (field: string, from: unknown, to: unknown) => ({ type: 'Change', field_name: field, previous_value: from, value: to });

describe('priorityDirection', () => {
  it.each([
    ['low', 'normal', 'up'],
    ['urgent', 'high', 'down'],
    [null, 'low', 'up'],
    ['high', null, 'down'],
    ['high', 'high', 'unknown'],
    ['normal', 'p1', 'unknown'],
  ] as const)('%s → %s is %s', (from, to, direction) => {
    expect(priorityDirection(from, to)).toBe(direction);
  });
});

describe('history', () => {
  it('counts only solved/closed → open-ish status changes as reopens, in time order across audits', () => {
    const audits = [
      audit(3, '2024-01-03T00:00:00Z', change('status', 'solved', 'pending')),
      audit(1, '2024-01-01T00:00:00Z', { type: 'Create', field_name: 'status', value: 'solved' }, change('status', 'new', 'open')),
      audit(2, '2024-01-02T00:00:00Z', change('status', 'open', 'solved'), change('status', 'solved', 'closed')),
    ];
    expect(history(audits, emptyPeople()).reopens).toBe(1);
  });

  it('ignores Create events and non-changes, and names unknown assignees by id when no users are known', () => {
    const result = history(
      [
        audit(1, '2024-01-01T00:00:00Z', { type: 'Create', field_name: 'assignee_id', value: '5' }, change('priority', 'HIGH', 'high')),
        audit(2, '2024-01-02T00:00:00Z', change('assignee_id', 5, '')),
      ],
      emptyPeople(),
    );
    expect(result.priorityChanges).toEqual([]);
    expect(result.assigneeChanges).toEqual([{ at: '2024-01-02T00:00:00.000Z', from: 'user 5', to: null, direction: 'unknown' }]);
  });
});
