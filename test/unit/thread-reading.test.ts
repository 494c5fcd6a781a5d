/**
 * The thread's words read once and kept with the ticket's record (lib/worker/thread-reading.ts),
 * through the real background entrypoint: a read ticket's thread is read in the background and
 * kept; a worker started again (nothing in memory) answers the prompts from it without reading the
 * thread; a kept reading of other messages or another build is not used; a background reading of
 * messages that changed meanwhile is not kept.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getCaseRecord } from '../../lib/db/repositories/cases';
import { caseKey } from '../../lib/model/case-ref';
import type { CaseRecord } from '../../lib/model/case-record';
import { getDb } from '../../lib/worker/db';
import { forgetThreadsInMemory } from '../../lib/worker/handlers/prompt';
import { keepThreadReading, readThreadNow, threadReadingKey } from '../../lib/worker/thread-reading';
import { askWorker as ask, deskPageSender as page, startBackground } from '../harness/background';

const url = 'https://acme.atlassian.net/browse/SUP-77';
const ref = { desk: 'jira' as const, host: 'acme.atlassian.net', ticketId: 'SUP-77' };
const key = caseKey(ref);
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const thread = [
  { author: 'Ines Ortega', at: hoursAgo(20), text: 'Exports failed again, the same issue as last month. Can you tell us the root cause?' },
  { author: 'Sam', at: hoursAgo(19), text: 'Legal says: do not admit fault in writing to the customer.', internal: true },
  { author: 'Ines Ortega', at: hoursAgo(18), text: 'It is still broken. When will it be fixed?' },
];
const read = (messages: typeof thread) => ({ kind: 'dom', ref, url, fields: { subject: 'Exports failing', status: 'Open', requester: 'Ines Ortega', assignee: 'Sam', messages } });

interface Guidance {
  unanswered: { quote: string }[];
  constraints: { kind: string; quote: string }[];
  prompts: { signal: string }[];
}
async function guidance(): Promise<Guidance> {
  const answer = await ask('getPrompts', { ref });
  expect(answer).toMatchObject({ ok: true });
  return answer.data as Guidance;
}
const record = async (): Promise<CaseRecord> => (await getCaseRecord(await getDb(), key))!;
/** The background reading, once it has been kept for the record's messages as they are. */
const keptForCurrentMessages = () =>
  vi.waitFor(
    async () => {
      const now = await record();
      expect(now.thread?.key).toBe(threadReadingKey(now.snapshot!.messages));
      return now;
    },
    { timeout: 10_000, interval: 100 },
  );

beforeAll(startBackground);

describe("the thread's words, read once and kept with the ticket", () => {
  it('are read in the background after a read is stored, and a worker started again answers the prompts from them without reading the thread', async () => {
    expect(await ask('recordRead', { read: read(thread) }, page(3, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    const stored = await keptForCurrentMessages();
    // What was kept is what reading the thread now gives.
    expect(stored.thread).toEqual(readThreadNow(stored.snapshot!.messages));
    expect(stored.thread!.unanswered.map((u) => u.quote).join(' ')).toContain('root cause');
    expect(stored.thread!.constraints.map((c) => c.kind)).toContain('no-admission');
    expect(stored.thread!.recurring.map((q) => q.text).join(' ')).toContain('failed again');

    // Chrome stopped the worker: nothing is in memory. The prompts take the thread's words from
    // the record: a question planted there, and only there, is in the answer.
    const planted = { ...stored.thread!.unanswered[0]!, quote: 'Planted: only the kept reading says this.' };
    await (await getDb()).put('cases', { ...stored, thread: { ...stored.thread!, unanswered: [planted, ...stored.thread!.unanswered] } });
    forgetThreadsInMemory();
    const g = await guidance();
    expect(g.unanswered.map((u) => u.quote)).toContain(planted.quote);
    expect(g.unanswered.map((u) => u.quote).join(' ')).toContain('root cause');
    expect(g.constraints).toEqual([expect.objectContaining({ kind: 'no-admission', quote: expect.stringContaining('do not admit fault') })]);
    expect(g.prompts.map((p) => p.signal)).toContain('recurrence');
    await (await getDb()).put('cases', stored);
  });

  it('the same answer whether the thread was kept or read afresh, and read afresh it is kept for the next start', async () => {
    forgetThreadsInMemory();
    const fromKept = await guidance();
    await (await getDb()).put('cases', { ...(await record()), thread: null });
    forgetThreadsInMemory();
    expect(await guidance()).toEqual(fromKept);
    await keptForCurrentMessages();
  });

  it('a kept reading of other messages, or by another build of Keel, is not used', async () => {
    const current = await record();
    const [, messages] = current.thread!.key.split('|');
    const planted = { ...current.thread!.unanswered[0]!, quote: 'Planted: only the stale reading says this.' };
    for (const key of [`another-build|${messages}`, threadReadingKey(current.snapshot!.messages.slice(1))]) {
      await (await getDb()).put('cases', { ...current, thread: { ...current.thread!, key, unanswered: [planted] } });
      forgetThreadsInMemory();
      const quotes = (await guidance()).unanswered.map((u) => u.quote);
      expect(quotes).not.toContain(planted.quote);
      expect(quotes.join(' ')).toContain('root cause');
    }
  });

  it('a new read of the ticket is read again; a reading of the messages before it is not kept over it', async () => {
    const before = (await record()).snapshot!.messages;
    const answered = [...thread, { author: 'Sam', at: hoursAgo(1), text: 'Ines, the root cause was an expired certificate on the export service.' }];
    expect(await ask('recordRead', { read: read(answered) }, page(3, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    const now = await keptForCurrentMessages();
    expect(now.thread!.unanswered.map((u) => u.quote).join(' ')).not.toContain('root cause');

    // A reading of the earlier messages, finishing late, leaves the newer one in place.
    expect(await keepThreadReading(key, readThreadNow(before))).toBe(false);
    expect((await record()).thread).toEqual(now.thread);
  });
});
