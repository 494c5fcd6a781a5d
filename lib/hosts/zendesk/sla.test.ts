import { describe, expect, it } from 'vitest';
import type { SlaTarget, SnapshotMessage } from '../../model/snapshot';
import { withReplyTargetLengths } from './sla';

const msg = (authorRole: SnapshotMessage['authorRole'], at: string, isPublic = true): SnapshotMessage => ({ id: at, authorRole, authorName: 'x', at, public: isPublic, text: 'x' });
const target = (metric: string, dueAt: string, stage: SlaTarget['stage'] = 'active'): SlaTarget => ({ metric, stage, dueAt, breachedAt: null, targetMinutes: null });

describe('zendesk: reply target lengths from the thread', () => {
  const thread = {
    createdAt: '2026-03-10T08:00:00.000Z',
    messages: [
      msg('customer', '2026-03-10T08:00:00.000Z'),
      msg('agent', '2026-03-10T09:00:00.000Z'),
      msg('customer', '2026-03-10T10:00:00.000Z'), // the oldest unanswered customer comment
      msg('agent', '2026-03-10T10:30:00.000Z', false), // an internal note is no reply
      msg('customer', '2026-03-10T11:00:00.000Z'),
    ],
  };

  it('a running first reply counts from the creation, a next reply from the oldest unanswered customer comment', () => {
    const out = withReplyTargetLengths([target('first_reply_time', '2026-03-10T16:00:00.000Z'), target('next_reply_time', '2026-03-10T12:00:00.000Z')], thread);
    expect(out.map((t) => t.targetMinutes)).toEqual([480, 120]);
  });

  it('leaves closed and other targets, and starts that do not fit, without a length', () => {
    const out = withReplyTargetLengths(
      [target('first_reply_time', '2026-03-10T09:00:00.000Z', 'achieved'), target('resolution_time', '2026-03-11T08:00:00.000Z'), target('next_reply_time', '2027-03-10T12:00:00.000Z')],
      thread,
    );
    expect(out.map((t) => t.targetMinutes)).toEqual([null, null, null]);
  });
});
