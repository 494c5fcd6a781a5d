/** Broken promises: a customer told "by 3pm" who heard nothing by 3pm is hotter for it. */
import type { Reason } from '../../model/temperature';
import { formatDuration, quoteList } from '../explain';
import { timeOf, type ThreadInput } from '../input';

/** Points per broken promise nobody has answered since, and per one answered late; at most `CAP` in all. */
const UNANSWERED = 10;
const ANSWERED_LATE = 5;
const CAP = 20;

export function promiseReasons(input: ThreadInput, now: number): Reason[] {
  const broken = (input.brokenPromises ?? []).filter((p) => timeOf(p.dueAt) !== null && timeOf(p.dueAt)! <= now);
  if (broken.length === 0) return [];
  let points = 0;
  for (const p of broken) points += p.answered ? ANSWERED_LATE : UNANSWERED;
  const latest = broken.reduce((a, b) => (timeOf(b.dueAt)! > timeOf(a.dueAt)! ? b : a));
  const evidence = broken.map((p) => {
    const index = p.messageId ? input.messages.findIndex((m) => m.id === p.messageId) : -1;
    return { messageIndex: index >= 0 ? index : null, messageId: p.messageId ?? null, quote: p.quote };
  });
  const ago = formatDuration(now - timeOf(latest.dueAt)!);
  const text = broken.length === 1 ? `broken promise: ${quoteList(evidence, 1)} fell due ${ago} ago` : `${broken.length} broken promises, latest ${quoteList([evidence[broken.indexOf(latest)]!], 1)} (due ${ago} ago)`;
  return [{ code: 'broken-promise', text, points: Math.min(CAP, points), evidence }];
}
