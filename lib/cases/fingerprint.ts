import type { CaseSnapshot } from '../model/snapshot';

/**
 * What the temperature depends on, as a short string: an unchanged re-read gives the same
 * fingerprint, so it adds no new reading. FNV-1a over the thread and the dynamics fields.
 */
export function snapshotFingerprint(s: CaseSnapshot): string {
  let h = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0x1f;
  };
  for (const m of s.messages) {
    add(m.id);
    add(m.authorRole);
    add(m.at);
    add(m.public ? '1' : '0');
    add(m.text);
  }
  for (const t of s.sla) add(`${t.metric}|${t.stage}|${t.dueAt}|${t.breachedAt}`);
  add(String(s.reopenCount));
  add(String(s.assigneeChanges.length));
  for (const p of s.priorityChanges) add(`${p.at}|${p.direction}`);
  add(s.status);
  return `${s.messages.length}:${h.toString(16)}`;
}
