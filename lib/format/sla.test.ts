import { describe, expect, it } from 'vitest';
import type { SlaTarget } from '../model/snapshot';
import { headlineSla, slaLines } from './sla';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const target = (metric: string, extra: Partial<SlaTarget>): SlaTarget => ({ metric, stage: 'active', dueAt: null, breachedAt: null, targetMinutes: null, ...extra });

describe('SLA lines', () => {
  // The walkthrough: the first response went out late, 8 hours ago; the next reply is due in 25 minutes.
  const walkthrough = [
    target('first_reply_time', { stage: 'achieved', dueAt: at(-8 * 60), missed: true, closedAt: at(-7 * 60) }),
    target('next_reply_time', { stage: 'active', dueAt: at(25) }),
    target('resolution_time', { stage: 'active', dueAt: at(26 * 60) }),
  ];

  it('an old answered breach never hides the running target: the next reply due in 25 min is the headline, marked soon', () => {
    expect(headlineSla(walkthrough, NOW)).toMatchObject({ text: 'next reply due in 25 min', breached: false, soon: true });
  });

  it('shows every target, running ones with their countdown, closed ones last', () => {
    expect(slaLines(walkthrough, NOW).map((l) => [l.text, l.tone])).toEqual([
      ['next reply due in 25 min', 'soon'],
      ['resolution due in 26 h', 'running'],
      ['first reply met late', 'closed'],
    ]);
  });

  it('a live breach comes first, and a running target past due counts as one', () => {
    const lines = slaLines([target('next_reply_time', { dueAt: at(10) }), target('resolution_time', { dueAt: at(-30) }), target('Time to first response', { stage: 'paused' })], NOW);
    expect(lines.map((l) => [l.text, l.tone])).toEqual([
      ['resolution SLA breached 30 min ago', 'breached'],
      ['next reply due in 10 min', 'soon'],
      ['time to first response paused', 'paused'],
    ]);
    expect(headlineSla([target('x', { stage: 'breached', dueAt: at(-45), breachedAt: at(-45) })], NOW)).toMatchObject({ breached: true, text: 'x SLA breached 45 min ago' });
  });

  it('no headline when every cycle is closed or paused', () => {
    expect(headlineSla([target('first_reply_time', { stage: 'achieved', dueAt: at(-60) }), target('b', { stage: 'paused' })], NOW)).toBeNull();
  });
});
