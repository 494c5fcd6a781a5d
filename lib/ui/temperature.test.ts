import { describe, expect, it } from 'vitest';
import type { TemperatureReading } from '../model/temperature';
import { sinceLastLook } from './temperature';

function reading(id: string, at: string, score: number, reasons: string[] = []): TemperatureReading {
  return {
    id, caseKey: 'k', at, score, band: score >= 60 ? 'hot' : 'calm', coverage: 'words-and-dynamics', notes: [], messageCount: 1,
    trend: { previousScore: null, delta: 0, direction: 'new', changes: [] },
    reasons: reasons.map((code) => ({ code, text: code, points: 10, evidence: [] })),
  };
}

describe('since you last looked', () => {
  const first = reading('r1', '2026-02-01T10:00:00.000Z', 20);
  const later = reading('r2', '2026-02-01T14:00:00.000Z', 70, ['churn-threat']);

  it('is a first look when the case was never seen', () => {
    expect(sinceLastLook(null, [first], [])).toEqual({ at: null, previousScore: null, changes: [], newCustomerMessages: 0 });
  });

  it('counts the customer’s messages after the last look and compares with the reading then current', () => {
    const since = sinceLastLook({ at: '2026-02-01T11:00:00.000Z', readingId: 'r1' }, [first, later], ['2026-02-01T09:00:00.000Z', '2026-02-01T12:00:00.000Z', '2026-02-01T13:00:00.000Z']);
    expect(since).toMatchObject({ at: '2026-02-01T11:00:00.000Z', previousScore: 20, newCustomerMessages: 2 });
    expect(since?.changes.length).toBeGreaterThan(0);
  });

  it('says nothing changed when the latest reading was the one seen', () => {
    expect(sinceLastLook({ at: '2026-02-01T15:00:00.000Z', readingId: 'r2' }, [first, later], [])).toEqual({ at: '2026-02-01T15:00:00.000Z', previousScore: 70, changes: [], newCustomerMessages: 0 });
  });
});
