import { describe, expect, it } from 'vitest';
import type { ReadState } from '../model/read';
import { readAnnouncement, temperatureAnnouncement } from './announce';

const reading = (id: string, score: number, band: 'calm' | 'warm' | 'hot' | 'critical', codes: string[] = [], caseKey = 'zendesk:acme.zendesk.com:7') => ({
  id,
  caseKey,
  score,
  band,
  reasons: codes.map((code) => ({ code, text: code.replace('-', ' '), points: 10, evidence: [] })),
});

describe('the temperature announcement', () => {
  it('says the rise, the band, the score and the new reason', () => {
    expect(temperatureAnnouncement(reading('a', 89, 'critical', ['waiting']), reading('b', 98, 'critical', ['waiting', 'churn-threat']))).toBe('Temperature rose to Critical 98: new churn threat');
  });
  it('says a fall without a reason', () => {
    expect(temperatureAnnouncement(reading('a', 72, 'hot', ['waiting']), reading('b', 35, 'calm'))).toBe('Temperature fell to Calm 35');
  });
  it('says nothing for the first reading, the same one, an unchanged score, or another ticket', () => {
    expect(temperatureAnnouncement(null, reading('a', 50, 'warm'))).toBeNull();
    expect(temperatureAnnouncement(reading('a', 50, 'warm'), reading('a', 50, 'warm'))).toBeNull();
    expect(temperatureAnnouncement(reading('a', 50.2, 'warm'), reading('b', 49.8, 'warm'))).toBeNull();
    expect(temperatureAnnouncement(reading('a', 20, 'calm'), reading('b', 90, 'critical', [], 'jira:acme.atlassian.net:K-1'))).toBeNull();
  });
});

describe('the read announcement', () => {
  const base: ReadState = { status: 'read', source: 'api', at: '2026-04-01T08:00:00.000Z', failure: null, lastGoodAt: null, retryAt: null, failures: 0 };
  it('says a failed read in words without a relative time', () => {
    const text = readAnnouncement({ ...base, status: 'failed', failure: { kind: 'signed-out', message: '401' } }, 'zendesk');
    expect(text).toMatch(/Zendesk/);
    expect(text).not.toMatch(/ago/);
  });
  it('says nothing for a good read', () => {
    expect(readAnnouncement(base, 'zendesk')).toBeNull();
    expect(readAnnouncement(null)).toBeNull();
  });
});
