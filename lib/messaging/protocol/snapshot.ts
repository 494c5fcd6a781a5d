/** Snapshot: the ticket as the desk knows it (subject, requester, status, SLA, history), from its last good read. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { CaseSnapshotSchema } from '../../model/snapshot';
import { domain } from './define';

export const snapshot = domain({
  part: 'snapshot',
  messages: {
    /** The last good snapshot of a ticket, or null before its first read. */
    getSnapshot: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.nullable(CaseSnapshotSchema),
    },
  },
});
