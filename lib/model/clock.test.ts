import { describe, expect, it } from 'vitest';
import { orderedIds } from './clock';

describe('ids that sort in the order they were made', () => {
  it('sort by the millisecond first, and by a counter within one millisecond', () => {
    let now = Date.parse('2026-12-01T09:00:00.000Z');
    const next = orderedIds(() => now);
    const made = [next(), next(), next()];
    now += 1;
    made.push(next());
    expect([...made].sort()).toEqual(made);
    expect(new Set(made).size).toBe(4);
  });

  it('keep their order when the system clock steps back', () => {
    let now = Date.parse('2026-12-01T09:00:00.000Z');
    const next = orderedIds(() => now);
    const first = next();
    now -= 5_000;
    const second = next();
    expect(second > first).toBe(true);
  });

  it('move to the next millisecond once the counter of one is used up, still in order', () => {
    const next = orderedIds(() => 1_000);
    const made = Array.from({ length: 5_000 }, () => next());
    expect([...made].sort()).toEqual(made);
  });

  it('are well-formed version 7 UUIDs carrying the millisecond they were made', () => {
    const ms = Date.parse('2026-12-01T09:00:00.000Z');
    const id = orderedIds(() => ms)();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });
});
