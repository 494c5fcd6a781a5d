import { describe, expect, it } from 'vitest';
import { TimelineEventSchema, type TimelineEvent } from './timeline';
import { bandEvents, compareEvents, deskEvents, domainsOf, excerpt, filterTimeline, mergeTimeline } from './timeline-merge';
import type { SnapshotMessage } from './snapshot';

const at = (m: number, s = 0) => `2026-05-04T10:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.000Z`;
const stored = (id: string, kind: TimelineEvent['kind'], time: string, facts: TimelineEvent['facts'] = {}): TimelineEvent => ({ id, escalationId: 'e1', at: time, kind, by: 'me', facts });
const msg = (id: string, authorRole: SnapshotMessage['authorRole'], time: string, text = 'hello', isPublic = true): SnapshotMessage => ({ id, authorRole, authorName: `${authorRole} ${id}`, at: time, public: isPublic, text });

describe('desk messages on the timeline', () => {
  it('gives each message a kind by who wrote it and whether it was public, and skips the desk’s automations', () => {
    const events = deskEvents({ messages: [msg('1', 'customer', at(1)), msg('2', 'agent', at(2)), msg('3', 'agent', at(3), 'private', false), msg('4', 'customer', at(4), 'x', false), msg('5', 'system', at(5))] }, 'e1');
    expect(events.map((e) => [e.id, e.kind])).toEqual([
      ['desk:1', 'snapshot.customer-message'],
      ['desk:2', 'snapshot.agent-message'],
      ['desk:3', 'snapshot.internal-message'],
      ['desk:4', 'snapshot.internal-message'],
    ]);
    expect(events[0]).toMatchObject({ escalationId: 'e1', at: at(1), by: 'desk', facts: { author: 'customer 1', excerpt: 'hello' } });
    for (const e of events) expect(TimelineEventSchema.safeParse(e).success).toBe(true);
  });

  it('keeps the newest `limit` messages, oldest first', () => {
    const messages = Array.from({ length: 10 }, (_, i) => msg(String(i), 'customer', at(i)));
    expect(deskEvents({ messages }, 'e1', 3).map((e) => e.id)).toEqual(['desk:7', 'desk:8', 'desk:9']);
    expect(deskEvents(null, 'e1')).toEqual([]);
  });

  it('shows a long message as one line, cut at a word', () => {
    expect(excerpt('Hello\n\n  world')).toBe('Hello world');
    const long = `${'word '.repeat(100)}end`;
    const cut = excerpt(long, 50);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/wor…$/);
  });
});

describe('temperature band changes on the timeline', () => {
  it('adds one event per reading in another band than the one before (the first reading crosses nothing)', () => {
    const readings = [
      { id: 'r1', at: at(1), band: 'calm' as const, score: 20 },
      { id: 'r2', at: at(2), band: 'calm' as const, score: 30 },
      { id: 'r3', at: at(3), band: 'hot' as const, score: 71.6 },
      { id: 'r4', at: at(4), band: 'critical' as const, score: 92 },
      { id: 'r5', at: at(5), band: 'warm' as const, score: 45 },
    ];
    expect(bandEvents(readings, 'e1').map((e) => [e.id, e.facts])).toEqual([
      ['band:r3', { from: 'calm', to: 'hot', score: '72' }],
      ['band:r4', { from: 'hot', to: 'critical', score: '92' }],
      ['band:r5', { from: 'critical', to: 'warm', score: '45' }],
    ]);
    expect(bandEvents(readings.slice(0, 1), 'e1')).toEqual([]);
  });
});

describe('the merge order of the one timeline', () => {
  const escalated = stored('s1', 'escalation.created', at(3), { desk: 'zendesk', ticket: '101' });
  const planned = stored('s2', 'plan.item-added', at(5), { title: 'Call' });
  const note = stored('s3', 'timeline.note', at(5, 30), { text: 'Spoke to Marcus' });
  const customer = deskEvents({ messages: [msg('m1', 'customer', at(1)), msg('m2', 'customer', at(5))] }, 'e1');
  const band = bandEvents(
    [
      { id: 'r1', at: at(1), band: 'calm', score: 10 },
      { id: 'r2', at: at(5), band: 'hot', score: 80 },
    ],
    'e1',
  );

  it.each([
    ['every source in time order', [[escalated, planned, note], customer, band], ['desk:m1', 's1', 'desk:m2', 'band:r2', 's2', 's3']],
    ['the same, whatever order the sources come in', [band, [note, planned, escalated], customer], ['desk:m1', 's1', 'desk:m2', 'band:r2', 's2', 's3']],
    ['stored events alone', [[note, escalated, planned]], ['s1', 's2', 's3']],
    ['an event given twice is kept once', [[escalated], [escalated, planned]], ['s1', 's2']],
    ['nothing', [[], []], []],
  ] as const)('%s', (_name, sources, expected) => {
    expect(mergeTimeline(...(sources as unknown as TimelineEvent[][])).map((e) => e.id)).toEqual(expected);
  });

  it('at the same instant: the desk message, then the reading it caused, then Keel’s events, then by id', () => {
    const t = at(7);
    const same = [stored('b', 'plan.item-added', t), stored('a', 'risk.added', t), { ...band[0]!, at: t }, { ...customer[0]!, at: t }];
    expect(same.sort(compareEvents).map((e) => e.id)).toEqual(['desk:m1', 'band:r2', 'a', 'b']);
  });

  it('compares instants, not strings: an offset time sorts by when it happened', () => {
    const early = stored('early', 'timeline.note', '2026-05-04T11:00:00.000+02:00'); // 09:00Z
    const late = stored('late', 'timeline.note', '2026-05-04T09:30:00.000Z');
    expect(mergeTimeline([late, early]).map((e) => e.id)).toEqual(['early', 'late']);
  });
});

describe('filtering the timeline by kind', () => {
  const events = mergeTimeline(
    [stored('s1', 'escalation.created', at(1)), stored('s2', 'plan.item-added', at(2)), stored('s3', 'timeline.note', at(3))],
    deskEvents({ messages: [msg('m1', 'customer', at(4))] }, 'e1'),
  );

  it('lists the domains present, in the filter’s order', () => {
    expect(domainsOf(events)).toEqual(['escalation', 'timeline', 'plan', 'snapshot']);
  });

  it.each([
    ['nothing hidden: everything', [], ['s1', 's2', 's3', 'desk:m1']],
    ['desk messages hidden', ['snapshot'], ['s1', 's2', 's3']],
    ['only the plan', ['escalation', 'timeline', 'snapshot'], ['s2']],
    ['everything hidden', ['escalation', 'timeline', 'plan', 'snapshot'], []],
  ] as const)('%s', (_name, hidden, expected) => {
    expect(filterTimeline(events, new Set(hidden)).map((e) => e.id)).toEqual(expected);
  });
});
