import { describe, expect, it } from 'vitest';
import type { Temperature } from '../model/temperature';
import { compareTemperatures, scoreThread, type ThreadMessage } from './index';

const now = new Date('2024-05-10T12:00:00Z');
const read = (messages: ThreadMessage[], breached = false): Temperature =>
  scoreThread(
    {
      messages,
      sla: breached ? [{ metric: 'first_reply_time', stage: 'breached', dueAt: null, breachedAt: '2024-05-10T10:00:00Z', targetMinutes: 60 }] : [],
    },
    { now },
  );

describe('compareTemperatures', () => {
  const first = read([{ role: 'customer', text: 'The export keeps failing.' }]);

  it('a first reading is "new"', () => {
    expect(compareTemperatures(null, first)).toEqual({
      previousScore: null,
      delta: 0,
      direction: 'new',
      changes: [`first reading: ${first.band} (${first.score})`],
    });
  });

  it('names a new churn threat with its quote, and the breach', () => {
    const next = read(
      [
        { role: 'customer', text: 'The export keeps failing.' },
        { role: 'agent', text: 'Looking into it.' },
        { role: 'customer', text: 'Honestly, we are evaluating other vendors.' },
      ],
      true,
    );
    const trend = compareTemperatures(first, next);
    expect(trend.direction).toBe('hotter');
    expect(trend.delta).toBeCloseTo(next.score - first.score, 5);
    expect(trend.changes).toContain('new: churn threat quoted "evaluating other vendors"');
    expect(trend.changes).toContain('SLA now breached');
  });

  it('says the last reply was calmer when it cools', () => {
    const hot = read([{ role: 'customer', text: 'This is ridiculous, third time asking!!' }]);
    const cooler = read([
      { role: 'customer', text: 'This is ridiculous, third time asking!!' },
      { role: 'agent', text: 'Fixed now.' },
      { role: 'customer', text: 'OK, I will check tomorrow.' },
    ]);
    const trend = compareTemperatures(hot, cooler);
    expect(trend.direction).toBe('cooler');
    expect(trend.changes).toContain('cooler: last reply calmer');
  });

  it('is steady for the same reading', () => {
    expect(compareTemperatures(first, first)).toEqual({ previousScore: first.score, delta: 0, direction: 'steady', changes: [] });
  });
});
