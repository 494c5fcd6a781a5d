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
    const r = describeRead({ ...base, source: 'dom', failure: { kind: 'server-error', status: 503, message: 'zendesk: comments: the desk answered 503' } }, now, 'zendesk');
    expect(r.tone).toBe('warn');
    expect(r.text).toMatch(/Read from the page .*API was unavailable: Zendesk had a problem answering \(error 503\)/);
    expect(r.text).not.toContain('the desk answered');
  });
  it('shows the retry time when rate-limited, and keeps the last good read', () => {
    const r = describeRead({ ...base, status: 'failed', at: '2026-02-02T10:00:00.000Z', failure: { kind: 'rate-limited', message: 'x', retryAfterSeconds: 90 }, retryAt: '2026-02-02T10:01:30.000Z', failures: 1 }, now);
    expect(r.short).toBe('rate-limited, retry in 90 s');
    expect(r.text).toMatch(/Keel will try again in 90 s/);
    expect(r.text).toMatch(/Showing what was read 2 min ago/);
  });
  it('names the field of an unexpected payload', () => {
    const r = describeRead({ ...base, status: 'failed', failure: { kind: 'bad-shape', path: 'comments[3].author_id', message: 'zendesk: comments[3].author_id: Invalid input' } }, now, 'zendesk');
    // A plain sentence first, then the field for support.
    expect(r.text).toMatch(/^Zendesk answered in a form Keel does not recognise, so this ticket could not be read\. \(For support: comments\[3\]\.author_id/);
    expect(r.short).toBe('unexpected answer');
  });
  it('says signed out plainly, naming the desk and what to do, never the protocol', () => {
    const r = describeRead({ ...base, status: 'failed', failure: { kind: 'signed-out', status: 401, message: 'jira: issue: the desk answered 401' } }, now, 'jira');
    expect(r.short).toBe('signed out');
    expect(r.text).toMatch(/^Signed out of Jira: sign in to Jira in this browser, then press Refresh\./);
    expect(r.text).not.toMatch(/401|answered/);
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
    const r = describeRead({ ...base, status: 'failed', failure: { kind: 'network', timeoutSeconds: 20, message: 'zendesk: ticket: the desk did not answer within 20 s' }, retryAt: '2026-02-02T10:01:00.000Z', failures: 1 }, now, 'zendesk');
    expect(r.text).toMatch(/^Zendesk did not answer within 20 s\. Keel will try again in 60 s/);
  });
  it('covers the never-read and reading states', () => {
    expect(describeRead(null, now).short).toBe('not read yet');
    expect(describeRead({ ...base, status: 'reading', at: '2026-02-02T09:59:50.000Z' }, now).short).toBe('reading…');
  });
});
