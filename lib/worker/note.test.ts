/**
 * Posting a note is idempotent: it is kept (pending) before the desk is asked; a retry after a
 * reported failure first looks for it on the ticket and posts only when it is absent; the desk's
 * answer and the timeline event never come apart.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getDb } from './db';
import { postInternalNote } from './reads';
import { escalate } from '../db/repositories/escalation';
import { listTimeline } from '../db/repositories/timeline';
import { ingestParsed } from '../cases/ingest';
import type { CaseSnapshot } from '../model/snapshot';
import type { Clock } from '../model/clock';

let serial = 0;
let at = Date.parse('2026-03-01T10:00:00.000Z');
const clock: Clock = { now: () => new Date(at), id: () => `n-${++serial}` };

let n = 100;
function newTicket() {
  n++;
  return { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId: String(n), url: `https://acme.zendesk.com/agent/tickets/${n}`, title: 'Exports failing' };
}

function snapshotWith(ticket: ReturnType<typeof newTicket>, note: { text: string; at: string }): CaseSnapshot {
  return {
    ref: { desk: ticket.desk, host: ticket.host, ticketId: ticket.ticketId }, url: ticket.url, subject: 'Exports failing', status: 'open', priority: 'high', type: null, tags: [],
    requester: { name: 'Dana', email: 'dana@example.com', organization: 'Northwind' }, assignee: 'Sam', group: null,
    createdAt: '2026-03-01T08:00:00.000Z', updatedAt: note.at,
    messages: [{ id: '9', authorRole: 'agent', authorName: 'Sam', at: note.at, public: false, text: note.text }],
    sla: [], reopenCount: 0, assigneeChanges: [], priorityChanges: [], source: 'api', readAt: note.at,
  };
}

describe('posting a note', () => {
  let desk: ReturnType<typeof vi.fn<() => Promise<unknown>>>;
  beforeEach(() => {
    fakeBrowser.reset();
    desk = vi.fn<() => Promise<unknown>>();
    // The desk tab's content script: what the desk answered to the post.
    browser.tabs.sendMessage = ((_tab: number, command: { command: string }) => (command.command === 'postNote' ? desk() : Promise.resolve(true))) as never;
  });

  it('a retry after a reported failure does not post again when the note is on the ticket', async () => {
    const db = await getDb();
    const ticket = newTicket();
    const { escalation } = await escalate(db, ticket, clock);
    // The desk stored the note, but its answer was lost (timed out).
    desk.mockResolvedValueOnce({ ok: false, failure: { kind: 'network', message: 'timed out' } });
    expect(await postInternalNote(1, ticket, 'Engineering is on it.', clock)).toMatchObject({ ok: false });
    expect(await db.count('note')).toBe(1);

    // The next read of the ticket shows the note.
    at += 60_000;
    await ingestParsed(db, ticket, { ok: true, snapshot: snapshotWith(ticket, { text: 'Engineering is on it.', at: new Date(at).toISOString() }) }, { now: new Date(at), id: clock.id }, 'api');

    expect(await postInternalNote(1, ticket, 'Engineering is on it.', clock)).toEqual({ ok: true, status: 200, alreadyPosted: true });
    expect(desk).toHaveBeenCalledTimes(1);
    expect(await db.count('note')).toBe(0);
    expect((await listTimeline(db, escalation.id)).filter((e) => e.kind === 'note.posted')).toHaveLength(1);
  });

  it('a retry posts when the note is not on the ticket, once; a definite refusal leaves nothing pending', async () => {
    const db = await getDb();
    const ticket = newTicket();
    const { escalation } = await escalate(db, ticket, clock);
    desk.mockResolvedValueOnce({ ok: false, failure: { kind: 'server-error', message: '502' } }).mockResolvedValueOnce({ ok: true, status: 201 });
    await postInternalNote(1, ticket, 'Fix is rolling out.', clock);
    expect(await postInternalNote(1, ticket, 'Fix is rolling out.', clock)).toEqual({ ok: true, status: 201 });
    expect(desk).toHaveBeenCalledTimes(2);
    expect(await db.count('note')).toBe(0);
    expect((await listTimeline(db, escalation.id)).filter((e) => e.kind === 'note.posted')).toHaveLength(1);

    desk.mockResolvedValueOnce({ ok: false, failure: { kind: 'signed-out', message: '401' } });
    await postInternalNote(1, ticket, 'Another update.', clock);
    expect(await db.count('note')).toBe(0);
  });
});
