/**
 * Who is waiting for whom: customer messages since the last agent reply, repeated requests for an
 * update, time waited against the SLA or a reply target, and days of agent silence. Internal notes
 * are not replies the customer saw.
 */
import type { Evidence, Reason } from '../../model/temperature';
import type { SlaTarget } from '../../model/snapshot';
import { formatDuration, ordinal, round1, withArticle } from '../explain';
import { timeOf, type ThreadInput } from '../input';
import type { ReadMessage } from '../thread';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * `heated`: whether the customer's words show heat; an agent going quiet after a calm exchange
 * (often a solved case) is not a reason.
 */
export function replyReasons(
  input: ThreadInput,
  read: readonly ReadMessage[],
  now: number,
  targetMinutes: number,
  heated: boolean,
): Reason[] {
  const reasons: Reason[] = [];
  const messages = input.messages;
  let lastAgent = -1;
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i]!;
    if (m.role === 'agent' && m.public !== false) {
      lastAgent = i;
      break;
    }
  }
  const waiting: number[] = [];
  for (let i = lastAgent + 1; i < messages.length; i++) {
    const m = messages[i]!;
    if (m.role === 'customer' && m.public !== false) waiting.push(i);
  }

  if (waiting.length >= 2) {
    const n = waiting.length;
    reasons.push({
      code: 'unanswered',
      text: lastAgent < 0 ? `${n} customer messages and no agent reply yet` : `${n} customer messages since the last agent reply`,
      points: Math.min(15, 5 * (n - 1)),
      evidence: waiting.map((i) => at(input, i)),
    });
  }
  const chase = chaseReason(read);
  if (chase) reasons.push(chase);
  const waited = waitingReason(input, waiting[0], now, targetMinutes);
  if (waited) reasons.push(waited);
  else if (heated && lastAgent >= 0 && waiting.length === 0) {
    // The agent spoke last ("we are looking into it") and then went quiet.
    const from = timeOf(messages[lastAgent]!.at);
    const days = from === null ? 0 : Math.floor((now - from) / DAY);
    if (days >= 2) {
      reasons.push({
        code: 'agent-silent',
        text: `no agent update for ${days} days`,
        points: Math.min(12, 3 * days),
        evidence: [at(input, lastAgent)],
      });
    }
  }
  return reasons;
}

/**
 * How long the customer has waited against the reply target. A running reply target with a due
 * time is the desk's own word: the wait counts once that time has passed (a business-hours SLA
 * may allow longer than its length in calendar time, and a target due later is not yet missed).
 * Without one, the wait counts past the target's length: the running target's, else the
 * configured one.
 */
function waitingReason(input: ThreadInput, first: number | undefined, now: number, targetMinutes: number): Reason | null {
  const since = first === undefined ? null : timeOf(input.messages[first]!.at);
  if (first === undefined || since === null || now <= since) return null;
  const waited = now - since;
  const running = replyTargetOf(input.sla);
  const due = running ? timeOf(running.dueAt) : null;
  const length = running?.targetMinutes && running.targetMinutes > 0 ? running.targetMinutes * MINUTE : null;
  let target: number;
  let over: number;
  if (due !== null) {
    if (now <= due) return null;
    target = length ?? (due > since ? due - since : targetMinutes * MINUTE);
    over = now - due;
  } else {
    target = length ?? targetMinutes * MINUTE;
    over = waited - target;
  }
  if (target <= 0 || over <= 0) return null;
  return {
    code: 'waiting-vs-target',
    text: `waited ${formatDuration(waited)} against ${withArticle(formatDuration(target))} target`,
    points: round1(Math.min(20, 6 + 6 * (over / target))),
    evidence: [at(input, first)],
  };
}

function at(input: ThreadInput, i: number): Evidence {
  return { messageIndex: i, messageId: input.messages[i]!.id ?? null, quote: null };
}

/**
 * The SLA's reply target that is still running (active or breached, its cycle not closed), the
 * soonest due when several run. A closed cycle (the first reply sent) says nothing about the
 * wait now, wherever the desk lists it.
 */
function replyTargetOf(sla: readonly SlaTarget[] | undefined): SlaTarget | null {
  let best: SlaTarget | null = null;
  let bestDue = Number.POSITIVE_INFINITY;
  for (const s of sla ?? []) {
    if ((s.stage !== 'active' && s.stage !== 'breached') || s.closedAt || !/repl|respon/i.test(s.metric)) continue;
    const due = timeOf(s.dueAt) ?? Number.POSITIVE_INFINITY;
    if (!best || due < bestDue) {
      best = s;
      bestDue = due;
    }
  }
  return best;
}

/** "3rd 'any update?' in 2 days": the customer keeps asking for news. */
function chaseReason(read: readonly ReadMessage[]): Reason | null {
  const asks: { m: ReadMessage; quote: string; phrase: string }[] = [];
  for (const m of read) {
    const hit = m.reading.hits.find((h) => h.code === 'update-chase');
    if (!hit) continue;
    const quote = m.text.slice(hit.start, hit.end);
    const phrase = quote.toLowerCase() + (m.text.charAt(hit.end) === '?' ? '?' : '');
    asks.push({ m, quote, phrase });
  }
  if (asks.length < 2) return null;
  const n = asks.length;
  const same = asks.every((a) => a.phrase === asks[0]!.phrase);
  const what = same ? `'${asks[0]!.phrase}'` : 'request for an update';
  const first = asks[0]!.m.at;
  const last = asks[n - 1]!.m.at;
  const span = first !== null && last !== null && last > first ? ` in ${formatDuration(last - first)}` : '';
  return {
    code: 'repeated-chase',
    text: `${ordinal(n)} ${what}${span}`,
    points: Math.min(15, 5 * (n - 1)),
    evidence: asks.map((a) => ({ messageIndex: a.m.index, messageId: a.m.id, quote: a.quote })),
  };
}
