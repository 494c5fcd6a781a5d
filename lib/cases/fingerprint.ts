import type { CaseSnapshot } from '../model/snapshot';

/**
 * What the temperature depends on, as a short string: an unchanged re-read gives the same
 * fingerprint, so it adds no new reading. FNV-1a over the thread and the dynamics fields.
 *
 * A running SLA target's due time passing changes the score (the breach, the wait against the
 * reply target) without changing the desk's answer, and a re-read of an unchanged ticket reuses
 * that answer: so each running target also counts as overdue or not at `now`, and crossing a
 * due time scores the ticket again. (A target that is not overdue adds what it always added, so
 * stored fingerprints of unchanged tickets stay valid.)
 */
export function snapshotFingerprint(s: CaseSnapshot, now: Date): string {
  const { add, digest } = fnv();
  for (const m of s.messages) {
    add(m.id);
    add(m.authorRole);
    add(m.at);
    add(m.public ? '1' : '0');
    add(m.text);
  }
  const nowMs = now.getTime();
  for (const t of s.sla) {
    const due = t.dueAt ? Date.parse(t.dueAt) : NaN;
    const overdue = t.stage === 'breached' || (t.stage === 'active' && !Number.isNaN(due) && due <= nowMs);
    add(`${t.metric}|${t.stage}|${t.dueAt}|${t.breachedAt}${overdue ? '|overdue' : ''}${t.closedAt ? `|${t.closedAt}` : ''}`);
  }
  add(String(s.reopenCount));
  add(String(s.assigneeChanges.length));
  for (const p of s.priorityChanges) add(`${p.at}|${p.direction}`);
  add(s.status);
  return `${s.messages.length}:${digest()}`;
}

/**
 * The messages alone, every field of each (who wrote it and under what name, when, public or not,
 * the text and whether it was shortened): what reading the thread's words depends on
 * (lib/worker/thread-reading.ts), unchanged by an SLA clock or a status change.
 */
export function messagesFingerprint(messages: CaseSnapshot['messages']): string {
  const { add, digest } = fnv();
  for (const m of messages) {
    add(m.id);
    add(m.authorRole);
    add(m.authorName);
    add(m.at);
    add(m.public ? '1' : '0');
    add(m.shortened ? '1' : '0');
    add(m.text);
  }
  return `${messages.length}:${digest()}`;
}

/** FNV-1a over the strings added, each followed by a separator. */
function fnv(): { add: (text: string) => void; digest: () => string } {
  let h = 0x811c9dc5;
  return {
    add(text) {
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      h ^= 0x1f;
    },
    digest: () => h.toString(16),
  };
}
