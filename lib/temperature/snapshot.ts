/** A desk snapshot as engine input. Internal notes stay in (indices match the snapshot's messages)
 * but are marked non-public, so they never count as customer heat or as a reply. */
import type { CaseSnapshot } from '../model/snapshot';
import type { ThreadInput } from './input';

export function threadFromSnapshot(snapshot: CaseSnapshot): ThreadInput {
  return {
    messages: snapshot.messages.map((m) => ({ role: m.authorRole, text: m.text, at: m.at, id: m.id, public: m.public })),
    sla: snapshot.sla,
    reopenCount: snapshot.reopenCount,
    assigneeChanges: snapshot.assigneeChanges,
    priorityChanges: snapshot.priorityChanges,
    createdAt: snapshot.createdAt,
  };
}
