/**
 * What one snapshot may hold, whatever the desk sent: every view of a ticket (side panel, strip,
 * popup) is sent through extension messaging, whose limit is 64 MiB per message in Chrome, and a
 * snapshot is stored and re-read on every visit. Applied by every desk's parser, after the
 * messages are built and before the snapshot is checked:
 *
 * - at most MAX_MESSAGES messages, the newest (the thread is then `partial: messages`);
 * - each message at most MAX_MESSAGE_CHARS (converters already stop there);
 * - all message text together at most MAX_SNAPSHOT_TEXT: counted from the newest message back,
 *   older messages beyond it keep OLD_MESSAGE_CHARS (their start and end).
 *
 * Shortened messages say so (`shortened`), and so does the snapshot. The worst case stays far
 * below the message limit: 5,000 × 2,000 + 4,000,000 characters, about 14 MB of text as UTF-8.
 */
import { partialParts, type CaseSnapshot, type SnapshotMessage } from '../model/snapshot';
import { clampText, MAX_MESSAGE_CHARS } from './text/limits';

export const MAX_MESSAGES = 5_000;
export const MAX_SNAPSHOT_TEXT = 4_000_000;
export const OLD_MESSAGE_CHARS = 2_000;

function shorten(message: SnapshotMessage, max: number): SnapshotMessage {
  const bounded = clampText(message.text, max);
  if (!bounded.shortened) return message;
  return { ...message, text: bounded.text, shortened: true };
}

/** `snapshot` within the limits above; the same object when it already was. */
export function boundSnapshot(snapshot: CaseSnapshot): CaseSnapshot {
  const all = snapshot.messages;
  const cut = all.length > MAX_MESSAGES;
  const kept = cut ? all.slice(all.length - MAX_MESSAGES) : all;
  let budget = MAX_SNAPSHOT_TEXT;
  let changed = cut;
  const out: SnapshotMessage[] = new Array<SnapshotMessage>(kept.length);
  for (let i = kept.length - 1; i >= 0; i--) {
    const original = kept[i]!;
    let message = shorten(original, MAX_MESSAGE_CHARS);
    if (message.text.length > budget) message = shorten(message, OLD_MESSAGE_CHARS);
    budget = Math.max(0, budget - message.text.length);
    if (message !== original) changed = true;
    out[i] = message;
  }
  if (!changed) return snapshot.messages.some((m) => m.shortened) && !snapshot.shortened ? { ...snapshot, shortened: true } : snapshot;
  const partial = new Set(snapshot.partial ?? []);
  return {
    ...snapshot,
    messages: out,
    ...partialParts({ messages: cut || partial.has('messages'), history: partial.has('history') }),
    ...(out.some((m) => m.shortened) ? { shortened: true } : {}),
  };
}
