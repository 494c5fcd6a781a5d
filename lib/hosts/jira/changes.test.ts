import { describe, expect, it } from 'vitest';
import { priorityDirection, summarizeChanges } from './changes';
import type { JiraHistory } from './schemas';
import { slaTargets } from './sla';
import { isoToJiraTime, jiraTimeToIso } from './times';

const history = (created: string, ...items: JiraHistory['items']): JiraHistory => ({ created, items });
const item = (field: string, fromString: string | null, toString: string | null, from = fromString, to = toString) => ({ field, fieldId: field, from, fromString, to, toString });

describe('priorityDirection', () => {
  it('follows the default scheme Lowest < Low < Medium < High < Highest', () => {
    expect(priorityDirection('Low', 'Highest')).toBe('up');
    expect(priorityDirection('High', 'medium')).toBe('down');
  });

  it('is unknown for renamed priorities, a first priority or no change', () => {
    expect(priorityDirection('P2', 'P1')).toBe('unknown');
    expect(priorityDirection(null, 'High')).toBe('unknown');
    expect(priorityDirection('High', 'High')).toBe('unknown');
  });
});

describe('summarizeChanges', () => {
  it('counts a reopen by status out of done, by the resolution being cleared, once per change', () => {
    const summary = summarizeChanges([
      history('2024-01-03T00:00:00.000Z', item('status', 'Closed', 'Reopened')),
      history('2024-01-01T00:00:00.000Z', item('status', 'Done', 'In Progress'), item('resolution', 'Done', null)),
      // A renamed done status is recognised through the cleared resolution.
      history('2024-01-05T00:00:00.000Z', item('resolution', 'Fixed', null), item('status', 'Shipped', 'Triage')),
      history('2024-01-02T00:00:00.000Z', item('status', 'To Do', 'In Progress')),
    ]);
    expect(summary.reopenCount).toBe(3);
  });

  it('treats the current status as done when the issue says its category is done', () => {
    expect(summarizeChanges([history('2024-01-01T00:00:00.000Z', item('status', 'Shipped', 'Triage'))], ['Shipped']).reopenCount).toBe(1);
    expect(summarizeChanges([history('2024-01-01T00:00:00.000Z', item('status', 'Shipped', 'Triage'))]).reopenCount).toBe(0);
  });

  it('lists assignee and priority changes oldest first', () => {
    const summary = summarizeChanges([
      history('2024-01-02T00:00:00.000Z', item('assignee', 'Mia', 'Ravi', 'a1', 'a2')),
      history('2024-01-01T00:00:00.000Z', item('assignee', null, 'Mia', null, 'a1'), item('priority', 'Medium', 'Highest', '3', '1')),
    ]);
    expect(summary.assigneeChanges.map((c) => [c.from, c.to])).toEqual([
      [null, 'Mia'],
      ['Mia', 'Ravi'],
    ]);
    expect(summary.priorityChanges).toEqual([{ at: '2024-01-01T00:00:00.000Z', from: 'Medium', to: 'Highest', direction: 'up' }]);
  });
});

describe('Jira times', () => {
  it('reads offsets without a colon, Z, and no milliseconds', () => {
    expect(jiraTimeToIso('2021-01-17T12:34:00.000+0000')).toBe('2021-01-17T12:34:00.000Z');
    expect(jiraTimeToIso('2015-10-08T15:00:00+0700')).toBe('2015-10-08T08:00:00.000Z');
    expect(jiraTimeToIso('2024-03-07T13:55:00.000+01:00')).toBe('2024-03-07T12:55:00.000Z');
    expect(jiraTimeToIso('2024-01-15T10:00:00Z')).toBe('2024-01-15T10:00:00.000Z');
  });

  it('rejects what is not a Jira time', () => {
    for (const value of ['yesterday', '2024-01-15', '2024-01-15T10:00:00', '']) expect(jiraTimeToIso(value)).toBeNull();
  });

  it('writes Jira times', () => {
    expect(isoToJiraTime('2024-01-15T10:00:00.000Z')).toBe('2024-01-15T10:00:00.000+0000');
  });
});

describe('slaTargets', () => {
  const cycle = { breachTime: '2024-01-01T04:00:00.000Z', breached: false, goalDuration: { millis: 14_400_000 } };

  it('paused and running targets, and SLAs that never started are left out', () => {
    expect(
      slaTargets([
        { name: 'Time to resolution', ongoingCycle: { ...cycle, paused: true } },
        { name: 'Time to first response', ongoingCycle: { ...cycle, paused: false } },
        { name: 'Time to close', completedCycles: [] },
      ]),
    ).toEqual([
      { metric: 'Time to first response', stage: 'active', dueAt: '2024-01-01T04:00:00.000Z', breachedAt: null, targetMinutes: 240 },
      { metric: 'Time to resolution', stage: 'paused', dueAt: '2024-01-01T04:00:00.000Z', breachedAt: null, targetMinutes: 240 },
    ]);
  });
});
