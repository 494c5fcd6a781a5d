/** Bounded storage: old readings and snapshots of closed escalations and never-escalated tickets go; open escalations keep theirs. */
import { describe, expect, it } from 'vitest';
import { openKeelDb } from './open';
import { escalate } from './repositories/escalation';
import { getCaseRecord, markReading } from './repositories/cases';
import { listReadings } from './repositories/temperature';
import { listTimeline } from './repositories/timeline';
import { pruneOlderThan } from './retention';
import { caseKey } from '../model/case-ref';
import type { Clock } from '../model/clock';
import type { TemperatureReading } from '../model/temperature';

let serial = 0;
const clockAt = (iso: string): Clock => ({ now: () => new Date(iso), id: () => `id-${++serial}` });
const ticket = (n: number) => ({ desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: String(n), url: `https://acme.zendesk.com/agent/tickets/${n}`, title: `Ticket ${n}` });

function reading(key: string, at: string): TemperatureReading {
  return {
    id: `r-${++serial}`,
    caseKey: key,
    at,
    score: 40,
    band: 'warm',
    reasons: [],
    coverage: 'words-and-dynamics',
    notes: [],
    trend: { previousScore: null, delta: 0, direction: 'new', changes: [] },
    messageCount: 3,
  };
}

describe('pruning old data', () => {
  it('deletes old readings and snapshots of closed and never-escalated tickets, keeps open escalations and every timeline', async () => {
    const db = await openKeelDb({ name: `retention-${Math.random()}` });
    const old = '2026-01-01T10:00:00.000Z';
    const recent = '2026-03-20T10:00:00.000Z';
    // 1: open escalation (old data kept); 2: closed long ago; 3: never escalated; 4: never escalated, recent.
    await escalate(db, ticket(1), clockAt(old));
    const closed = (await escalate(db, ticket(2), clockAt(old))).escalation;
    // Closed long ago (the lifecycle's moves are tested elsewhere): stored as it would be.
    await db.put('escalations', { ...closed, state: 'closed', stateEnteredAt: { closed: old } });
    for (const n of [1, 2, 3]) {
      await markReading(db, ticket(n), new Date(old));
      await db.put('readings', reading(caseKey(ticket(n)), old));
    }
    await markReading(db, ticket(4), new Date(recent));
    await db.put('readings', reading(caseKey(ticket(4)), recent));
    await db.put('readings', reading(caseKey(ticket(3)), recent));

    const counts = await pruneOlderThan(db, new Date('2026-03-01T00:00:00.000Z'));

    expect(counts).toMatchObject({ readings: 2, cases: 2 });
    expect(await listReadings(db, caseKey(ticket(1)))).toHaveLength(1);
    expect(await getCaseRecord(db, caseKey(ticket(1)))).toBeTruthy();
    expect(await listReadings(db, caseKey(ticket(2)))).toHaveLength(0);
    expect(await getCaseRecord(db, caseKey(ticket(2)))).toBeUndefined();
    // Ticket 3: the old reading goes, the recent one stays.
    expect((await listReadings(db, caseKey(ticket(3)))).map((r) => r.at)).toEqual([recent]);
    expect(await getCaseRecord(db, caseKey(ticket(4)))).toBeTruthy();
    // The closed escalation itself and its timeline are the record of what was done: kept.
    expect((await listTimeline(db, closed.id)).length).toBeGreaterThan(0);
  });
});
