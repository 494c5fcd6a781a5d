import { describe, expect, it } from 'vitest';
import { describeRead } from './read';
import type { ReadState } from '../model/read';

const now = new Date('2026-02-02T10:00:00.000Z');
const base: ReadState = { status: 'read', source: 'api', at: '2026-02-02T09:58:00.000Z', failure: null, lastGoodAt: '2026-02-02T09:58:00.000Z', retryAt: null, failures: 0 };

describe('describeRead', () => {
  it('says when the ticket was read', () => {
    expect(describeRead(base, now)).toMatchObject({ tone: 'ok', short: 'read 2 min ago' });
  });
  it('explains a page fallback and why', () => {
    const r = describeRead({ ...base, source: 'dom', failure: { kind: 'server-error', message: 'zendesk: comments: the desk answered 503' } }, now);
    expect(r.tone).toBe('warn');
    expect(r.text).toMatch(/Read from the page .*API was unavailable: zendesk: comments: the desk answered 503/);
  });
  it('shows the retry time when rate-limited, and keeps the last good read', () => {
    const r = describeRead({ ...base, status: 'failed', at: '2026-02-02T10:00:00.000Z', failure: { kind: 'rate-limited', message: 'x', retryAfterSeconds: 90 }, retryAt: '2026-02-02T10:01:30.000Z', failures: 1 }, now);
    expect(r.short).toBe('rate-limited, retry in 90 s');
    expect(r.text).toMatch(/try again in 90 s/);
    expect(r.text).toMatch(/Showing what was read 2 min ago/);
  });
  it('names the field of an unexpected payload', () => {
    const r = describeRead({ ...base, status: 'failed', failure: { kind: 'bad-shape', path: 'comments[3].author_id', message: 'zendesk: comments[3].author_id: Invalid input' } }, now);
    expect(r.text).toContain('comments[3].author_id');
    expect(r.short).toBe('unexpected answer');
  });
  it('says signed out plainly', () => {
    expect(describeRead({ ...base, status: 'failed', failure: { kind: 'signed-out', message: 'jira: issue: the desk answered 401' } }, now).short).toBe('signed out');
  });
  it('shows a read still "reading" past its budget as stalled, with Refresh to try again', () => {
    const started = (secondsAgo: number) => ({ ...base, status: 'reading' as const, at: new Date(now.getTime() - secondsAgo * 1000).toISOString() });
    expect(describeRead(started(30), now)).toMatchObject({ tone: 'busy', short: 'reading…' });
    const stalled = describeRead(started(5 * 60), now);
    expect(stalled).toMatchObject({ tone: 'warn', short: 'read stalled' });
    expect(stalled.text).toMatch(/started 5 min ago and did not finish\. Press Refresh/);
    expect(stalled.text).toMatch(/Showing what was read/);
  });
  it('names a desk that did not answer in time', () => {
    const r = describeRead({ ...base, status: 'failed', failure: { kind: 'network', message: 'zendesk: ticket: the desk did not answer within 20 s' }, retryAt: '2026-02-02T10:01:00.000Z', failures: 1 }, now);
    expect(r.text).toMatch(/did not answer within 20 s\. Keel will try again in 60 s/);
  });
  it('covers the never-read and reading states', () => {
    expect(describeRead(null, now).short).toBe('not read yet');
    expect(describeRead({ ...base, status: 'reading', at: '2026-02-02T09:59:50.000Z' }, now).short).toBe('reading…');
  });
});
