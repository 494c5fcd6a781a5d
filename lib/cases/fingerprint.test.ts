import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../model/snapshot';
import { messagesFingerprint, snapshotFingerprint } from './fingerprint';

const message: CaseSnapshot['messages'][number] = { id: 'm1', authorRole: 'customer', authorName: 'Ines Ortega', at: '2026-11-30T09:00:00.000Z', public: true, text: 'Exports fail.' };

describe("the messages' fingerprint (what a thread's reading is kept under)", () => {
  it.each([
    ['another id', { id: 'm2' }],
    ['another author role', { authorRole: 'agent' as const }],
    ['another author name', { authorName: 'Sam' }],
    ['another time', { at: '2026-11-30T09:01:00.000Z' }],
    ['made internal', { public: false }],
    ['other words', { text: 'Exports fail!' }],
    ['shortened', { shortened: true }],
  ])('changes when a message has %s', (_what, change) => {
    expect(messagesFingerprint([{ ...message, ...change }])).not.toBe(messagesFingerprint([message]));
  });

  it('changes with a message added, and is the same for the same messages', () => {
    expect(messagesFingerprint([message, { ...message, id: 'm2' }])).not.toBe(messagesFingerprint([message]));
    expect(messagesFingerprint([{ ...message }])).toBe(messagesFingerprint([message]));
  });

  it('stays the same when only the ticket around the messages changes, as the temperature fingerprint does not', () => {
    const snapshot = { messages: [message], sla: [], reopenCount: 0, assigneeChanges: [], priorityChanges: [], status: 'open' } as unknown as CaseSnapshot;
    const now = new Date('2026-11-30T10:00:00.000Z');
    const solved = { ...snapshot, status: 'solved', reopenCount: 1 } as CaseSnapshot;
    expect(snapshotFingerprint(solved, now)).not.toBe(snapshotFingerprint(snapshot, now));
    expect(messagesFingerprint(solved.messages)).toBe(messagesFingerprint(snapshot.messages));
  });
});
